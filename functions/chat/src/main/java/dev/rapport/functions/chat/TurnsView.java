package dev.rapport.functions.chat;

import dev.rapport.chat.PhotoReference;
import dev.rapport.chat.Turn;
import dev.rapport.model.Usage;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import java.util.List;

/** Response body of {@code GET /v1/sessions/{id}/turns}. */
record TurnsView(String sessionId, List<Entry> turns) {

    /**
     * @param photo the photo sent with the message, by reference (hash, size, format, dimensions); null if none
     * @param emotion as reported on the turn; absent on turns stored before emotions were read
     */
    record Entry(
            String turnId,
            int seq,
            String at,
            String message,
            String reply,
            Sentiment sentiment,
            Emotion emotion,
            boolean handoff,
            Usage usage,
            PhotoReference photo) {

        static Entry of(Turn turn) {
            return new Entry(
                    turn.turnId(),
                    turn.seq(),
                    turn.at().toString(),
                    turn.message(),
                    turn.reply(),
                    turn.sentiment(),
                    turn.emotion(),
                    turn.handoff(),
                    turn.usage(),
                    turn.photo());
        }
    }
}
