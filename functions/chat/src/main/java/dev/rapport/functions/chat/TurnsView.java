package dev.rapport.functions.chat;

import dev.rapport.chat.PhotoReference;
import dev.rapport.chat.SessionHistory;
import dev.rapport.chat.Turn;
import dev.rapport.handoff.PersonMessage;
import dev.rapport.model.Usage;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import dev.rapport.voice.audio.AudioClip;
import java.util.ArrayList;
import java.util.List;

/**
 * Response body of {@code GET /v1/sessions/{id}/turns}: the turns, and in time order among them the
 * messages a person wrote after a handoff. Every entry says who replied ({@code from}); a person's
 * entry carries its text as {@code reply} and no {@code turnId}, so a client that only knows turns
 * still shows it.
 */
record TurnsView(String sessionId, List<Entry> turns) {

    static final String FROM_ASSISTANT = "assistant";

    static TurnsView of(String sessionId, SessionHistory.Conversation conversation) {
        List<Entry> entries = new ArrayList<>();
        List<PersonMessage> people = conversation.fromPeople();
        int next = 0;
        int seq = 0;
        for (Turn turn : conversation.turns()) {
            while (next < people.size() && people.get(next).at().isBefore(turn.at())) {
                entries.add(Entry.of(people.get(next++), seq));
            }
            entries.add(Entry.of(turn));
            seq = turn.seq();
        }
        while (next < people.size()) {
            entries.add(Entry.of(people.get(next++), seq));
        }
        return new TurnsView(sessionId, entries);
    }

    /**
     * @param seq a turn's number; on a person's message, the number of the turn before it
     * @param photo the photo sent with the message, by reference (hash, size, format, dimensions); null if none
     * @param audio the voice note the message was transcribed from, by reference (hash, duration, format); null if none
     * @param emotion as reported on the turn; absent on turns stored before emotions were read
     * @param from who wrote {@code reply}: {@code assistant}, or {@code person} for a colleague who took over
     * @param messageId a person's message's id; absent on turns
     * @param agent the specialist that led the turn; absent on a person's message and on older turns
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
            PhotoReference photo,
            AudioClip.AudioReference audio,
            String from,
            String messageId,
            String agent) {

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
                    turn.photo(),
                    turn.audio(),
                    FROM_ASSISTANT,
                    null,
                    turn.agent() == null ? null : turn.agent().wireName());
        }

        static Entry of(PersonMessage message, int seqBefore) {
            return new Entry(
                    null,
                    seqBefore,
                    message.at().toString(),
                    null,
                    message.text(),
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    PersonMessage.FROM,
                    message.id(),
                    null);
        }
    }
}
