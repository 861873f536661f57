package dev.rapport.storage.dynamodb;

import dev.rapport.actions.PendingAction;
import dev.rapport.agents.Specialist;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.Heard;
import dev.rapport.chat.IdempotencyRecord;
import dev.rapport.chat.PhotoReference;
import dev.rapport.chat.Session;
import dev.rapport.chat.Turn;
import dev.rapport.handoff.Handoff;
import dev.rapport.handoff.HandoffClosure;
import dev.rapport.handoff.HandoffId;
import dev.rapport.handoff.HandoffReason;
import dev.rapport.handoff.HandoffStatus;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.memory.ConsentAnswer;
import dev.rapport.memory.ConsentQuestion;
import dev.rapport.model.Usage;
import dev.rapport.mood.Emotion;
import dev.rapport.mood.Sentiment;
import dev.rapport.privacy.PlaceholderLedger;
import dev.rapport.privacy.SessionVault;
import dev.rapport.voice.audio.AudioClip;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Between domain records and the mapper's items. */
final class ItemMapping {

    /** Fixed width, so the queue index's string order is time order (Instant.toString drops zero fractions). */
    private static final DateTimeFormatter QUEUE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ItemMapping() {}

    /** A session's partition: its session item, turns and handoff record live there. */
    static String sessionPartition(Owner owner, String sessionId) {
        return owner.key() + "#S#" + sessionId;
    }

    static SessionItem sessionItem(String pk, Session session, long expiresAt) {
        SessionItem item = new SessionItem();
        item.pk(pk);
        item.sk(SessionItem.SORT_KEY);
        item.sessionId(session.sessionId());
        item.customer(session.owner().customerHash());
        item.version(session.version());
        item.turnCount(session.turnCount());
        item.summary(WindowCodec.writeSummary(session.summary()));
        item.window(WindowCodec.writeWindow(session.window()));
        item.createdAt(session.createdAt().toString());
        item.startDay(LocalDate.ofInstant(session.createdAt(), ZoneOffset.UTC).toString());
        item.updatedAt(session.updatedAt().toString());
        item.expiresAt(expiresAt);
        item.placeholders(
                session.placeholders().size() == 0
                        ? null
                        : Json.write(session.placeholders().placeholders()));
        item.vault(session.vault().isEmpty() ? null : Json.write(session.vault().entries()));
        item.handedOffAt(session.handedOff() ? session.handedOffAt().toString() : null);
        item.pendingActions(session.pendingActions().isEmpty() ? null : Json.write(session.pendingActions()));
        item.pendingConsent(session.pendingConsent() == null ? null : Json.write(session.pendingConsent()));
        item.agent(session.agent() == null ? null : session.agent().wireName());
        return item;
    }

    static Session session(Owner owner, SessionItem item) {
        return new Session(
                owner,
                item.sessionId(),
                item.version(),
                item.turnCount(),
                WindowCodec.readSummary(item.summary()),
                WindowCodec.readWindow(item.window()),
                Instant.parse(item.createdAt()),
                Instant.parse(item.updatedAt()),
                placeholders(item.placeholders()),
                item.handedOffAt() == null ? null : Instant.parse(item.handedOffAt()),
                item.pendingActions() == null
                        ? List.of()
                        : List.of(Json.read(item.pendingActions(), PendingAction[].class)),
                vault(item.vault()),
                item.pendingConsent() == null ? null : Json.read(item.pendingConsent(), ConsentQuestion.class),
                Specialist.fromWireName(item.agent()));
    }

    @SuppressWarnings("unchecked")
    private static SessionVault vault(String json) {
        return json == null ? SessionVault.empty() : new SessionVault(Json.read(json, Map.class));
    }

    @SuppressWarnings("unchecked")
    private static PlaceholderLedger placeholders(String json) {
        return json == null ? PlaceholderLedger.empty() : new PlaceholderLedger(Json.read(json, Map.class));
    }

    static TurnItem turnItem(String pk, String customer, Turn turn, long expiresAt) {
        TurnItem item = new TurnItem();
        item.pk(pk);
        item.customer(customer);
        item.sk(TurnItem.sortKey(turn.seq()));
        item.sessionId(turn.sessionId());
        item.seq(turn.seq());
        item.turnId(turn.turnId());
        item.at(turn.at().toString());
        item.message(turn.message());
        item.reply(turn.reply());
        item.sentiment(turn.sentiment().wire());
        item.handoff(turn.handoff());
        item.inputTokens(turn.usage().inputTokens());
        item.outputTokens(turn.usage().outputTokens());
        item.photo(turn.photo() == null ? null : Json.write(turn.photo()));
        item.source(turn.source());
        item.emotion(turn.emotion() == null ? null : turn.emotion().wire());
        item.consentAnswer(turn.consentAnswer() == null ? null : Json.write(turn.consentAnswer()));
        item.agent(turn.agent() == null ? null : turn.agent().wireName());
        item.audio(turn.audio() == null ? null : Json.write(turn.audio()));
        item.expiresAt(expiresAt);
        return item;
    }

    static Turn turn(TurnItem item) {
        return new Turn(
                item.sessionId(),
                item.seq(),
                item.turnId(),
                Instant.parse(item.at()),
                item.message(),
                item.reply(),
                Sentiment.valueOf(item.sentiment().toUpperCase(Locale.ROOT)),
                Boolean.TRUE.equals(item.handoff()),
                new Usage(item.inputTokens(), item.outputTokens()),
                item.photo() == null ? null : Json.read(item.photo(), PhotoReference.class),
                item.source() == null ? ChatReply.FROM_MODEL : item.source(),
                item.emotion() == null ? null : Emotion.fromWire(item.emotion()).orElse(null),
                item.consentAnswer() == null ? null : Json.read(item.consentAnswer(), ConsentAnswer.class),
                Specialist.fromWireName(item.agent()),
                item.audio() == null ? null : Json.read(item.audio(), AudioClip.AudioReference.class));
    }

    static HandoffItem handoffItem(String pk, String customer, Handoff handoff, long expiresAt) {
        HandoffItem item = new HandoffItem();
        item.pk(pk);
        item.sk(HandoffItem.SORT_KEY);
        item.sessionId(handoff.sessionId());
        item.reason(handoff.reason().wire());
        item.createdAt(queueTime(handoff.createdAt()));
        item.summary(Json.write(handoff.summary()));
        item.sentimentTrend(Json.write(handoff.sentimentTrend()));
        item.transcript(Json.write(handoff.transcript()));
        item.emotionTrend(Json.write(handoff.emotionTrend()));
        item.customer(customer);
        item.handoffQueue(HandoffStatus.OPEN.name());
        item.expiresAt(expiresAt);
        return item;
    }

    static Handoff handoff(HandoffItem item) {
        Instant createdAt = Instant.parse(item.createdAt());
        HandoffClosure closure = item.closedAt() == null
                ? null
                : new HandoffClosure(Instant.parse(item.closedAt()), item.closedBy(), item.resolution());
        return new Handoff(
                HandoffId.of(item.pk(), createdAt),
                item.sessionId(),
                HandoffReason.fromWire(item.reason()),
                createdAt,
                List.of(Json.read(item.summary(), String[].class)),
                List.of(Json.read(item.sentimentTrend(), Sentiment[].class)),
                List.of(Json.read(item.transcript(), Handoff.Line[].class)),
                item.emotionTrend() == null ? List.of() : List.of(Json.read(item.emotionTrend(), Emotion[].class)),
                closure);
    }

    static String queueTime(Instant at) {
        return QUEUE_TIME.format(at);
    }

    static IdempotencyItem idempotencyItem(IdempotencyRecord record, String customer) {
        IdempotencyItem item = new IdempotencyItem();
        item.id(record.id());
        item.customer(customer);
        item.status(IdempotencyItem.COMPLETED);
        item.expiration(record.expiration());
        item.validation(record.payloadHash());
        item.data(Json.write(record.reply()));
        item.heard(record.heard() == null ? null : Json.write(record.heard()));
        return item;
    }

    static IdempotencyRecord idempotency(IdempotencyItem item) {
        return new IdempotencyRecord(
                item.id(),
                item.validation(),
                Json.read(item.data(), ChatReply.class),
                item.expiration(),
                item.heard() == null ? null : Json.read(item.heard(), Heard.class));
    }
}
