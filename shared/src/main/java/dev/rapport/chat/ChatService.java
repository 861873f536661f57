package dev.rapport.chat;

import dev.rapport.actions.ActionView;
import dev.rapport.agents.Route;
import dev.rapport.agents.Supervisor;
import dev.rapport.handoff.HandoffNotice;
import dev.rapport.handoff.HandoffTrigger;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.memory.ConsentAnswer;
import dev.rapport.memory.ConsentQuestion;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryRanker;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.Message;
import dev.rapport.model.Usage;
import dev.rapport.mood.Mood;
import dev.rapport.privacy.LedgerKey;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.privacy.SessionVault;
import dev.rapport.privacy.VaultKey;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.ChatReminders;
import dev.rapport.settings.Profiles;
import dev.rapport.tools.ToolRunner;
import dev.rapport.voice.audio.AudioClip;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One chat turn: at most one read and one write to the store and one model call — more calls only
 * when the model asks for a tool, none when the customer answers a proposal (see {@link ToolRunner}).
 * The model is called before the turn is written, so a model fault leaves nothing behind. The steps
 * are: load, replay or rate-limit, redact, prepare ({@link PreparedTurn}), answer ({@link Answerer}),
 * decide the handoff ({@link HandoffDecider}), write ({@link TurnWriter}).
 */
public final class ChatService {

    static final String OPERATION = "chat";
    static final Caller PRIMING_CALLER = new Caller(Caller.PRIMING_SUBJECT, Set.of());
    private static final String PRIMING_MESSAGE = "你好, my parcel to priming@example.com is late — can you check? 谢谢";

    private final ConversationStore store;
    private final ConversationModel model;
    private final PiiRedactor redactor;
    private final ChatSettings settings;
    private final Clock clock;
    private final Supplier<String> ids;
    private final KnowledgeAdvisor knowledge;
    private final ChatReminders reminders;
    private final ToolRunner tools;
    private final Supervisor supervisor;
    private final TurnRouter router;
    private final MemoryRanker ranker = new MemoryRanker(MemoryRanker.DEFAULT_BUDGET_TOKENS);
    private final TurnSignals signals = new TurnSignals();
    private final HandoffDecider handoffs = new HandoffDecider();
    private final ConsentDesk consents = new ConsentDesk();
    private final Answerer answerer;
    private final TurnWriter writer;

    private ChatService(Builder parts) {
        this.store = parts.store;
        this.model = parts.model;
        this.settings = parts.settings;
        this.redactor = parts.redactor != null ? parts.redactor : new PiiRedactor();
        this.clock = parts.clock;
        this.ids = parts.ids;
        this.tools = parts.tools;
        this.knowledge = parts.knowledge;
        this.reminders = parts.reminders;
        this.supervisor = parts.supervisor;
        this.router = new TurnRouter(supervisor);
        this.answerer = new Answerer(model, knowledge, reminders, tools, ids);
        this.writer = new TurnWriter(store, settings, handoffs);
    }

    /** The one way to build the service: store, model and settings are required, the rest has defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this service's parts, for a copy that differs in one or two. */
    private Builder parts() {
        return builder()
                .store(store)
                .model(model)
                .settings(settings)
                .redactor(redactor)
                .clock(clock)
                .ids(ids)
                .tools(tools)
                .knowledge(knowledge)
                .reminders(reminders)
                .supervisor(supervisor);
    }

    /**
     * Runs one whole turn — the read, redaction, ranking, prompt, reply, the write's request — for
     * SnapStart priming, with nothing written and no model asked: the model adapter only warms up.
     */
    public ChatReply prime() {
        return prime((Attachment) null);
    }

    /** {@link #prime()} for a turn carrying a photo: the same, with the image in the prompt. */
    public ChatReply prime(Attachment photo) {
        primeParts();
        return primed().chat(PRIMING_CALLER, primingCommand(), photo);
    }

    /** {@link #prime()} for a voice turn: opened before its (canned) transcript, as a real one is. */
    public ChatReply prime(VoiceNote voice) {
        primeParts();
        ChatService primed = primed();
        OpenedTurn opened = primed.openVoiceTurn(PRIMING_CALLER, primingCommand(), voice.reference());
        return primed.chatByVoice(opened, primingCommand(), voice);
    }

    /**
     * What the priming turn's question does not reach: the model client, and the stance model a statement
     * wakes in the consent desk (some 50 ms to load on a first statement, otherwise paid by a customer).
     */
    private void primeParts() {
        model.prime();
        RuleBasedExtractor.prime();
    }

    /** This service on the real store made unable to write, with a model that answers without being asked. */
    private ChatService primed() {
        return parts().store(new PrimingStore(store))
                .model(PrimingModel.CANNED)
                .knowledge(knowledge.forPriming())
                .build();
    }

    private static ChatCommand primingCommand() {
        return new ChatCommand(PRIMING_MESSAGE, null, null, "en", "priming");
    }

    public ChatReply chat(Caller caller, ChatCommand command) {
        return chat(caller, command, null);
    }

    /**
     * One turn, optionally with a photo already validated and prepared. The model sees the photo once;
     * the store keeps the redacted question, the photo's reference and note, and the answer.
     */
    public ChatReply chat(Caller caller, ChatCommand command, Attachment photo) {
        return turn(caller, command, photo);
    }

    /**
     * The first half of a voice turn, made before its note is transcribed: the turn's one read, which
     * finds a retry's first answer and refuses another's session, a profile that is not the caller's or a
     * full rate window — so none of them pays for a transcription, and the turn still reads once.
     *
     * @param request the request's own fields (its message is not known yet, its locale is the one sent)
     * @param recording the checked recording; with the request's key it identifies a retry
     */
    public OpenedTurn openVoiceTurn(Caller caller, ChatCommand request, AudioClip.AudioReference recording) {
        Owner owner = Owner.of(caller, request.profileId());
        return open(
                caller,
                owner,
                request.sessionId(),
                Idempotency.of(owner, request, null, Objects.requireNonNull(recording, "recording")));
    }

    /**
     * The rest of a voice turn opened by {@link #openVoiceTurn}, on its transcript: the store keeps the
     * recording's reference, never its audio; a tentative transcript changes no order (see {@link VoiceNote}).
     */
    public ChatReply chatByVoice(OpenedTurn opened, ChatCommand command, VoiceNote voice) {
        return finish(opened, command, null, Objects.requireNonNull(voice, "voice"));
    }

    private ChatReply turn(Caller caller, ChatCommand command, Attachment photo) {
        Owner owner = Owner.of(caller, command.profileId());
        Idempotency idempotency = Idempotency.of(owner, command, photo == null ? null : photo.reference());
        return finish(open(caller, owner, command.sessionId(), idempotency), command, photo, null);
    }

    /** A retry's first answer, or the turn answered. */
    private ChatReply finish(OpenedTurn opened, ChatCommand command, Attachment photo, VoiceNote voice) {
        return opened.replay().map(IdempotencyRecord::reply).orElseGet(() -> answer(opened, command, photo, voice));
    }

    /** The turn's one read, and everything it settles before the message is looked at. */
    private OpenedTurn open(Caller caller, Owner owner, String sessionId, Idempotency idempotency) {
        Instant now = clock.instant();
        RateWindow window = RateWindow.at(now, settings.turnsPerMinute());
        ConversationStore.Snapshot snapshot = store.load(owner, sessionId, idempotency.id(), window);
        var replay = snapshot.idempotency()
                .filter(r -> !r.isExpiredAt(now.getEpochSecond()))
                .map(idempotency::checked);
        if (replay.isPresent()) {
            return OpenedTurn.replaying(replay.get());
        }
        // The settings come with the session read: checking the profile costs no round trip.
        Profiles.check(snapshot.profile().settings(), owner);
        if (window.exhaustedBy(snapshot.turnsInWindow())) {
            throw TurnWriter.rateLimited(window, now);
        }
        if (sessionId != null && snapshot.session().isEmpty()) {
            throw ProblemException.notFound("No session '" + sessionId + "' was found.");
        }
        Session session = snapshot.session().orElseGet(() -> Session.start(owner, ids.get(), now));
        return OpenedTurn.answering(
                new OpenedTurn.Answering(caller, owner, idempotency, now, window, session, snapshot.profile()));
    }

    private ChatReply answer(OpenedTurn opened, ChatCommand command, Attachment photo, VoiceNote voice) {
        OpenedTurn.Answering read = opened.answering();
        Caller caller = read.caller();
        Owner owner = read.owner();
        Idempotency idempotency = read.idempotency();
        Instant now = read.now();
        RateWindow window = read.window();
        Session session = read.session();
        // Per conversation, so a value keeps its placeholder from turn to turn; see LedgerKey.derive.
        LedgerKey ledgerKey = LedgerKey.derive(settings.ledgerPepper(), caller.subject(), session.sessionId());
        PiiRedactor.SessionRedaction inbound = redactor.redact(command.message(), session.placeholders(), ledgerKey);
        // Addresses and phones the customer shared, sealed for a confirmed action; written with the session.
        VaultKey vaultKey = VaultKey.derive(settings.ledgerPepper(), caller.subject(), session.sessionId());
        SessionVault vault = session.vault().with(inbound.values(), vaultKey, now, now.plus(settings.vaultTtl()));
        if (session.handedOff()) {
            try {
                return heldForPerson(session, command, photo, voice, inbound, vault, idempotency, now, window);
            } catch (TurnWriter.HandoffEnded closed) {
                // Read again: the conversation is the assistant's now. The request is the same one.
                return finish(open(caller, owner, command.sessionId(), idempotency), command, photo, voice);
            }
        }
        PreparedTurn turn = prepare(
                owner,
                session,
                read.profile(),
                command,
                photo,
                voice,
                inbound.text(),
                now,
                placeholder -> vault.open(placeholder, vaultKey, now));

        // A yes or no to last turn's consent question is acknowledged by Rapport: no model call.
        Optional<ConsentAnswer> consentAnswer = consents.answer(turn);
        Answerer.Answered answered = consentAnswer
                .map(a -> Answerer.Answered.canned(a.question().acknowledge(a.granted(), ConsentDesk.chinese(turn))))
                .orElseGet(() -> answerer.answer(turn));
        Mood reported = answered.mood(turn.mood());
        HandoffTrigger handoff = handoffs.decide(
                turn, answered.answer().text(), reported, answered.tools().handOver());
        String turnId = ids.get();
        // Asked only when the conversation stays with the assistant and nothing else awaits a yes.
        Optional<ConsentQuestion> asked = handoff != null
                        || consentAnswer.isPresent()
                        || photo != null
                        || !answered.tools().pending().isEmpty()
                ? Optional.empty()
                : consents.question(turn, turnId);
        String answerText = asked.map(q -> (answered.text() + "\n\n" + q.ask(ConsentDesk.chinese(turn))).strip())
                .orElse(answered.text());
        String replyText = HandoffDecider.reply(answerText, handoff, turn);
        List<ChatReply.MemoryUse> memoriesUsed = turn.recalled().stream()
                .map(m -> new ChatReply.MemoryUse(m.id(), m.statement()))
                .toList();
        ChatReply reply = new ChatReply(
                session.sessionId(),
                turnId,
                replyText,
                answered.answer().citations(),
                memoriesUsed,
                answered.actions(),
                reported.sentiment(),
                handoff != null,
                answered.answer().usage(),
                answered.answer().source(),
                reported.emotion(),
                turn.agent() == null ? null : turn.agent().wireName());
        if (reply.actions().stream().anyMatch(ActionView::erasedEverything)) {
            // Everything of the customer is gone, this conversation included: writing the turn back would recreate
            // it (and the erasure guard refuses it), so the reply is all that is left of this turn.
            return reply;
        }
        PiiRedactor.SessionRedaction outbound = redactor.redact(replyText, inbound.ledger(), ledgerKey);
        // The window keeps a note of the photo, not the photo: later turns know what was discussed.
        String remembered = photo == null ? turn.redacted() : turn.redacted() + "\n" + photo.note();
        TurnDraft draft = new TurnDraft(
                List.of(Message.user(remembered), Message.assistant(outbound.text())),
                turn.redacted(),
                photo == null ? null : photo.reference(),
                outbound.ledger(),
                handoff,
                answered.tools().pending(),
                answered.created(),
                vault,
                asked.orElse(null),
                consentAnswer.orElse(null),
                turn.agent(),
                voice);
        return writer.write(session, draft, reply, idempotency, now, window);
    }

    /**
     * A message sent while a person has the conversation: the assistant does not answer for them
     * (no model call), the message is stored as a turn so they see it, and the customer is told it
     * reached them. The open handoff is known from the session already read: no extra round trip.
     */
    private ChatReply heldForPerson(
            Session session,
            ChatCommand command,
            Attachment photo,
            VoiceNote voice,
            PiiRedactor.SessionRedaction inbound,
            SessionVault vault,
            Idempotency idempotency,
            Instant now,
            RateWindow window) {
        Mood mood = signals.mood(command.message());
        String acknowledgement = HandoffNotice.waiting(command.message(), command.locale());
        ChatReply reply = new ChatReply(
                session.sessionId(),
                ids.get(),
                acknowledgement,
                List.of(),
                List.of(),
                List.of(),
                mood.sentiment(),
                true,
                Usage.NONE,
                ChatReply.FROM_HANDOFF,
                mood.emotion(),
                null);
        String remembered = photo == null ? inbound.text() : inbound.text() + "\n" + photo.note();
        TurnDraft draft = new TurnDraft(
                List.of(Message.user(remembered), Message.assistant(acknowledgement)),
                inbound.text(),
                photo == null ? null : photo.reference(),
                inbound.ledger(),
                null,
                List.of(),
                null,
                vault,
                null,
                null,
                null,
                voice);
        return writer.write(session, draft, reply, idempotency, now, window);
    }

    /** The turn as the answer is decided from: what is recalled, in which language, in which mood. */
    private PreparedTurn prepare(
            Owner owner,
            Session session,
            ProfileContext profile,
            ChatCommand command,
            Attachment photo,
            VoiceNote voice,
            String redacted,
            Instant now,
            Function<String, Optional<String>> vault) {
        String modelInput = settings.redactBeforeModel() ? redacted : command.message();
        // Sensitive memories are recalled only with consent, even if a withdrawal has not reached the book yet:
        // the global switch, or the customer's yes to that one memory.
        List<Memory> usable = profile.memories().current().stream()
                .filter(m -> profile.settings().sensitiveMemoryAllowed() || !m.sensitive() || m.consentedAlone())
                .toList();
        List<Memory> recalled = profile.settings().memoryEnabled() ? ranker.select(redacted, usable) : List.of();
        String locale =
                command.locale() != null ? command.locale() : profile.settings().locale();
        // Routed once, before any model call, from the session already read.
        Route route = router.route(
                session, redacted, command.message(), photo, PreparedTurn.chinese(command.message(), locale));
        return new PreparedTurn(
                owner,
                session,
                profile,
                command.message(),
                photo,
                voice,
                redacted,
                modelInput,
                recalled,
                locale,
                signals.mood(command.message()),
                now,
                vault,
                route);
    }

    /**
     * Parts of a {@link ChatService}. Required: {@link #store}, {@link #model}, {@link #settings}, checked
     * by {@link #build()}. Optional, with their defaults: a {@link PiiRedactor}, the UTC system clock,
     * random UUIDs as ids, no tools ({@link ToolRunner#NONE}), no knowledge ({@link KnowledgeAdvisor#NONE})
     * and no reminders from chat ({@link ChatReminders#OFF}).
     */
    public static final class Builder {

        private ConversationStore store;
        private ConversationModel model;
        private ChatSettings settings;
        /** Null until set: the default redactor is built only when none is given. */
        private PiiRedactor redactor;

        private Clock clock = Clock.systemUTC();
        private Supplier<String> ids = () -> UUID.randomUUID().toString();
        private ToolRunner tools = ToolRunner.NONE;
        private KnowledgeAdvisor knowledge = KnowledgeAdvisor.NONE;
        private ChatReminders reminders = ChatReminders.OFF;
        /** Null until set: without a supervisor one agent answers every turn with every tool. */
        private Supervisor supervisor;

        private Builder() {}

        /** Where sessions, turns and idempotency records are read and written. Required. */
        public Builder store(ConversationStore store) {
            this.store = store;
            return this;
        }

        /** The model that answers. Required. */
        public Builder model(ConversationModel model) {
            this.model = model;
            return this;
        }

        /** Context, retention, rate limit and redaction settings. Required. */
        public Builder settings(ChatSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder redactor(PiiRedactor redactor) {
            this.redactor = Objects.requireNonNull(redactor, "redactor");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Session and turn ids. */
        public Builder ids(Supplier<String> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /** The catalog, order and action tools the model may use. */
        public Builder tools(ToolRunner tools) {
            this.tools = Objects.requireNonNull(tools, "tools");
            return this;
        }

        /** The FAQs and passages turns are answered from (FAQ fast path, cited passages). */
        public Builder knowledge(KnowledgeAdvisor knowledge) {
            this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
            return this;
        }

        /** The reminders customers ask for in chat, written with the turn. */
        public Builder reminders(ChatReminders reminders) {
            this.reminders = Objects.requireNonNull(reminders, "reminders");
            return this;
        }

        /**
         * Who answers each turn: the supervisor routes it to specialists, each offered only its own tools, and the
         * reply and the stored turn say which led.
         */
        public Builder supervisor(Supervisor supervisor) {
            this.supervisor = supervisor;
            return this;
        }

        /** @throws NullPointerException naming the first required part that was not given */
        public ChatService build() {
            Objects.requireNonNull(store, "ChatService needs a store");
            Objects.requireNonNull(model, "ChatService needs a model");
            Objects.requireNonNull(settings, "ChatService needs settings");
            return new ChatService(this);
        }
    }
}
