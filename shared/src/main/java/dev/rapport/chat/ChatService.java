package dev.rapport.chat;

import dev.rapport.actions.PendingAction;
import dev.rapport.catalog.Region;
import dev.rapport.handoff.Handoff;
import dev.rapport.handoff.HandoffNotice;
import dev.rapport.handoff.HandoffReason;
import dev.rapport.handoff.HandoffTrigger;
import dev.rapport.handoff.UnresolvedAnswer;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.knowledge.Advice;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryRanker;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.Grounding;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.ModelUnavailableException;
import dev.rapport.model.StopReason;
import dev.rapport.model.ToolSpec;
import dev.rapport.model.Usage;
import dev.rapport.privacy.LedgerKey;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.privacy.PlaceholderLedger;
import dev.rapport.privacy.SessionVault;
import dev.rapport.privacy.VaultKey;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.ChatReminders;
import dev.rapport.reminders.Reminder;
import dev.rapport.snapstart.Priming;
import dev.rapport.text.Utterance;
import dev.rapport.tools.ToolContext;
import dev.rapport.tools.ToolRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One chat turn: at most one read and one write to the store and one model call — more calls only
 * when the model asks for a tool, none when the customer answers a proposal (see {@link ToolRunner}).
 * The model is called before the turn is written, so a model fault leaves nothing behind.
 */
public final class ChatService {

    static final String OPERATION = "chat";
    static final Caller PRIMING_CALLER = new Caller(Priming.SUBJECT, Set.of());
    private static final String PRIMING_MESSAGE = "你好, my parcel to priming@example.com is late — can you check? 谢谢";
    private static final int MAX_WRITE_ATTEMPTS = 16;

    private final ConversationStore store;
    private final ConversationModel model;
    private final PiiRedactor redactor;
    private final ChatSettings settings;
    private final Clock clock;
    private final Supplier<String> ids;
    private final KnowledgeAdvisor knowledge;
    private final ChatReminders reminders;
    private final ToolRunner tools;
    private final PromptBuilder prompts = new PromptBuilder();
    private final MemoryRanker ranker = new MemoryRanker(MemoryRanker.DEFAULT_BUDGET_TOKENS);
    private final TurnSignals signals = new TurnSignals();

    public ChatService(ConversationStore store, ConversationModel model, PiiRedactor redactor,
                       ChatSettings settings, Clock clock, Supplier<String> ids) {
        this(store, model, redactor, settings, clock, ids, ToolRunner.NONE, KnowledgeAdvisor.NONE, ChatReminders.OFF);
    }

    /** @param tools the catalog, order and action tools the model may use; {@link ToolRunner#NONE} for none */
    public ChatService(ConversationStore store, ConversationModel model, PiiRedactor redactor,
                       ChatSettings settings, Clock clock, Supplier<String> ids, ToolRunner tools) {
        this(store, model, redactor, settings, clock, ids, tools, KnowledgeAdvisor.NONE, ChatReminders.OFF);
    }

    /** @param knowledge the FAQs and passages turns are answered from; {@link KnowledgeAdvisor#NONE} for none */
    public ChatService(ConversationStore store, ConversationModel model, PiiRedactor redactor,
                       ChatSettings settings, Clock clock, Supplier<String> ids, KnowledgeAdvisor knowledge) {
        this(store, model, redactor, settings, clock, ids, ToolRunner.NONE, knowledge, ChatReminders.OFF);
    }

    private ChatService(ConversationStore store, ConversationModel model, PiiRedactor redactor,
                        ChatSettings settings, Clock clock, Supplier<String> ids, ToolRunner tools,
                        KnowledgeAdvisor knowledge, ChatReminders reminders) {
        this.tools = Objects.requireNonNull(tools);
        this.knowledge = Objects.requireNonNull(knowledge);
        this.reminders = Objects.requireNonNull(reminders);
        this.store = Objects.requireNonNull(store);
        this.model = Objects.requireNonNull(model);
        this.redactor = Objects.requireNonNull(redactor);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
    }

    public ChatService(ConversationStore store, ConversationModel model, ChatSettings settings) {
        this(store, model, settings, KnowledgeAdvisor.NONE);
    }

    public ChatService(ConversationStore store, ConversationModel model, ChatSettings settings,
                       KnowledgeAdvisor knowledge) {
        this(store, model, new PiiRedactor(), settings, Clock.systemUTC(), () -> UUID.randomUUID().toString(),
                knowledge);
    }

    /** This service, also setting the reminders customers ask for in chat (written with the turn). */
    public ChatService withReminders(ChatReminders chatReminders) {
        return new ChatService(store, model, redactor, settings, clock, ids, tools, knowledge, chatReminders);
    }

    /** This service, also answering from the business's knowledge (FAQ fast path, cited passages). */
    public ChatService withKnowledge(KnowledgeAdvisor advisor) {
        return new ChatService(store, model, redactor, settings, clock, ids, tools, advisor, reminders);
    }

    /**
     * Runs one whole turn — the read, redaction, ranking, prompt, reply, the write's request — for
     * SnapStart priming, with nothing written and no model asked: the model adapter only warms up.
     */
    public ChatReply prime() {
        return prime(null);
    }

    /** {@link #prime()} for a turn carrying a photo: the same, with the image in the prompt. */
    public ChatReply prime(Attachment photo) {
        model.prime();
        ConversationModel canned = new ConversationModel() {
            @Override
            public ModelReply converse(ModelRequest request) {
                return new ModelReply(Message.assistant("Let me check that parcel for you."), StopReason.END_TURN,
                        Usage.NONE);
            }

            @Override
            public String name() {
                return "priming";
            }
        };
        return new ChatService(new PrimingStore(store), canned, redactor, settings, clock, ids, tools, knowledge,
                reminders)
                .chat(PRIMING_CALLER, new ChatCommand(PRIMING_MESSAGE, null, null, "en", "priming"), photo);
    }

    public ChatReply chat(Caller caller, ChatCommand command) {
        return chat(caller, command, null);
    }

    /**
     * One turn, optionally with a photo already validated and prepared. The model sees the photo once;
     * the store keeps the redacted question, the photo's reference and note, and the answer.
     */
    public ChatReply chat(Caller caller, ChatCommand command, Attachment photo) {
        Owner owner = Owner.of(caller, command.profileId());
        Idempotency idempotency = Idempotency.of(owner, command, photo == null ? null : photo.reference());
        Instant now = clock.instant();
        RateWindow window = RateWindow.at(now, settings.turnsPerMinute());
        ConversationStore.Snapshot snapshot = store.load(owner, command.sessionId(), idempotency.id(), window);
        var replay = snapshot.idempotency()
                .filter(r -> !r.isExpiredAt(now.getEpochSecond()))
                .map(idempotency::replay);
        if (replay.isPresent()) {
            return replay.get();
        }
        if (window.exhaustedBy(snapshot.turnsInWindow())) {
            throw rateLimited(window, now);
        }
        if (command.sessionId() != null && snapshot.session().isEmpty()) {
            throw ProblemException.notFound("No session '" + command.sessionId() + "' was found.");
        }
        Session session = snapshot.session().orElseGet(() -> Session.start(owner, ids.get(), now));

        // Per conversation, so a value keeps its placeholder from turn to turn; see LedgerKey.derive.
        LedgerKey ledgerKey = LedgerKey.derive(settings.ledgerPepper(), caller.subject(), session.sessionId());
        PiiRedactor.SessionRedaction inbound = redactor.redact(command.message(), session.placeholders(), ledgerKey);
        String redactedMessage = inbound.text();
        // Addresses and phones the customer shared, sealed for a confirmed action; written with the session.
        VaultKey vaultKey = VaultKey.derive(settings.ledgerPepper(), caller.subject(), session.sessionId());
        SessionVault vault = session.vault().with(inbound.values(), vaultKey, now, now.plus(settings.vaultTtl()));
        String modelInput = settings.redactBeforeModel() ? redactedMessage : command.message();
        ProfileContext profile = snapshot.profile();
        List<Memory> recalled = profile.settings().memoryEnabled()
                ? ranker.select(redactedMessage, profile.memories().current()) : List.of();
        String locale = command.locale() != null ? command.locale() : profile.settings().locale();
        Sentiment mood = signals.sentiment(command.message());
        // A reminder asked for in so many words is confirmed without asking the model.
        Optional<ChatReminders.Planned> asked = photo == null
                ? reminders.fromMessage(command.message(), owner, profile.settings()) : Optional.empty();
        Advice advice = asked.isPresent() ? Advice.NOTHING : knowledge.advise(redactedMessage);
        ToolRunner.Turn toolTurn = ToolRunner.Turn.NONE;
        ModelReply modelReply = null;
        KnowledgeAnswer answered;
        if (asked.isPresent()) {
            answered = KnowledgeAnswer.canned(asked.get().confirmation());
        } else if (photo == null && advice.answer().isPresent() && session.pendingActions().isEmpty()
                && !tools.answersLive(command.message())) {
            // A photo always goes to the model: a canned answer cannot have looked at it. So do a
            // pending proposal (the message may be its yes) and a question about an order or a
            // product's figures, which the tools answer from the store as it is now.
            answered = KnowledgeAnswer.faq(advice.answer().get());
        } else {
            ToolContext toolContext = new ToolContext(owner.customerHash(), Region.of(profile.settings()),
                    recalled.stream().map(Memory::statement).toList(), chinese(command.message(), locale), now, ids,
                    placeholder -> vault.open(placeholder, vaultKey, now));
            toolTurn = tools.run(toolContext, command.message(), session.pendingActions(), withReminderTools(
                    prompts.build(session, modelInput, photo, recalled, locale, mood, advice.groundings())),
                    this::callModel);
            modelReply = toolTurn.reply();
            answered = KnowledgeAnswer.model(modelReply, knowledge.cite(modelReply.message().text(), advice));
        }
        Optional<ChatReminders.Planned> reminder = asked.isPresent() || modelReply == null ? asked
                : reminders.fromModel(modelReply.message(), owner, profile.settings(), command.message());
        String answer = asked.isPresent() || reminder.isEmpty() ? answered.text()
                : (answered.text() + "\n\n" + reminder.get().confirmation()).strip();
        HandoffTrigger handoff = handoffTrigger(session, command.message(), mood, photo, answered.text());

        String replyText = handoff == null ? answer : answer + "\n\n"
                + HandoffNotice.text(handoff, command.message(), photo != null && photo.handoff());
        List<ChatReply.MemoryUse> memoriesUsed = recalled.stream()
                .map(m -> new ChatReply.MemoryUse(m.id(), m.statement())).toList();
        Reminder created = reminder.map(ChatReminders.Planned::reminder).orElse(null);
        List<ChatReply.Action> actions = new ArrayList<>(toolTurn.actions());
        if (created != null) {
            actions.add(new ChatReply.Action(created.id(), "reminder", null, reminder.get().confirmation(), "created"));
        }
        ChatReply reply = new ChatReply(session.sessionId(), ids.get(), replyText, answered.citations(), memoriesUsed,
                actions, mood, handoff != null, answered.usage(), answered.source());
        PiiRedactor.SessionRedaction outbound = redactor.redact(replyText, inbound.ledger(), ledgerKey);
        // The window keeps a note of the photo, not the photo: later turns know what was discussed.
        String remembered = photo == null ? redactedMessage : redactedMessage + "\n" + photo.note();
        Draft draft = new Draft(List.of(Message.user(remembered), Message.assistant(outbound.text())),
                redactedMessage, photo == null ? null : photo.reference(), outbound.ledger(), handoff, toolTurn.pending(),
                created, vault);
        return store(session, draft, reply, idempotency, now, window);
    }

    /** What a turn writes, ready before the write: the exchange, the stored question, the photo, the ledger. */
    private record Draft(List<Message> messages, String customerText, PhotoReference photo,
                         PlaceholderLedger placeholders, HandoffTrigger handoff, List<PendingAction> pending,
                         Reminder reminder, SessionVault vault) {}

    /**
     * Whether this turn goes to a person: at most once per session, so a customer already waiting is
     * not queued again (and the reply's {@code handoff} is true on that one turn only). Frustration is
     * read again from the redacted window — the same words, nothing new stored.
     */
    private HandoffTrigger handoffTrigger(Session session, String message, Sentiment mood, Attachment photo,
                                          String answer) {
        if (session.handedOff()) {
            return null;
        }
        // Only the messages frustration looks back on are read again, not the whole window, on every turn.
        List<Exchange> window = session.window();
        List<Sentiment> earlier = window.subList(Math.max(0, window.size() - HandoffTrigger.FRUSTRATION_LOOKBACK),
                window.size()).stream().map(e -> signals.sentiment(e.customerText())).toList();
        HandoffTrigger trigger = HandoffTrigger.of(message, signals.asksForHuman(message), mood, earlier)
                .orElse(photo != null && photo.handoff() ? HandoffTrigger.urgentPhoto() : null);
        // Two answers in a row that admit defeat: a person can help where the assistant cannot.
        boolean stuck = !window.isEmpty() && UnresolvedAnswer.admits(answer)
                && UnresolvedAnswer.admits(window.getLast().replyText());
        return trigger == null && stuck ? new HandoffTrigger(HandoffReason.UNRESOLVED, null) : trigger;
    }

    /** The record a colleague picks the conversation up from, all of it from the redacted session. */
    private Handoff handoffRecord(Session next, HandoffTrigger trigger, Sentiment mood, Instant now) {
        List<Exchange> window = next.window();
        List<Sentiment> trend = new ArrayList<>();
        List<Handoff.Line> transcript = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            Exchange exchange = window.get(i);
            // This turn's mood was read from the customer's own words; earlier ones only exist redacted.
            trend.add(i == window.size() - 1 ? mood : signals.sentiment(exchange.customerText()));
            transcript.add(new Handoff.Line("customer", exchange.customerText()));
            transcript.add(new Handoff.Line("assistant", exchange.replyText()));
        }
        return new Handoff(next.sessionId(), trigger.reason(), now,
                next.summary().notes().stream().map(RollingSummary.Note::text).toList(), trend, transcript);
    }

    private static boolean chinese(String message, String locale) {
        return new Utterance(message).hasCjk() || (locale != null && locale.startsWith("zh")
                && message.chars().noneMatch(Character::isLetter));
    }

    private ModelRequest withReminderTools(ModelRequest request) {
        if (reminders.tools().isEmpty()) {
            return request;
        }
        List<ToolSpec> offered = new ArrayList<>(request.tools());
        offered.addAll(reminders.tools());
        return new ModelRequest(request.instructions(), request.grounding(), request.messages(), offered,
                request.locale());
    }

    private ModelReply callModel(ModelRequest request) {
        try {
            return model.converse(request);
        } catch (ModelUnavailableException e) {
            throw ProblemException.unavailable("The assistant is busy right now; please retry shortly.",
                    e.retryAfter());
        }
    }

    /** Writes the turn; when another turn of the session won the race, reloads and appends after it. */
    private ChatReply store(Session loaded, Draft draft, ChatReply reply, Idempotency idempotency, Instant now,
                            RateWindow window) {
        Session base = loaded;
        for (int attempt = 1; ; attempt++) {
            Exchange exchange = new Exchange(base.nextSeq(), reply.turnId(), now, draft.messages());
            // A turn that won the race may have numbered values of its own: keep both, ours first.
            // Proposals live exactly one turn: this turn's replace whatever the last one left.
            Session next = base.withPlaceholders(draft.placeholders().merge(base.placeholders()))
                    .withPendingActions(draft.pending())
                    .withVault(draft.vault().merge(base.vault()))
                    .append(exchange, settings.context());
            // A turn that won the race may have handed the session off already: then only it is queued.
            boolean handingOff = draft.handoff() != null && !base.handedOff();
            if (handingOff) {
                next = next.handedOffAt(now);
            }
            Turn turn = new Turn(next.sessionId(), exchange.seq(), reply.turnId(), now, draft.customerText(),
                    exchange.replyText(), reply.sentiment(), reply.handoff(), reply.usage(), draft.photo(),
                    reply.source());
            long expiresAt = now.plus(settings.retention()).getEpochSecond();
            try {
                store.commit(new ConversationStore.TurnCommit(next, base.version(), turn,
                        idempotency.record(reply, now.plus(settings.idempotencyTtl()).getEpochSecond()), expiresAt,
                        window, handingOff ? handoffRecord(next, draft.handoff(), reply.sentiment(), now) : null,
                        draft.reminder()));
                return reply;
            } catch (RateLimitedException e) {
                // A parallel request took the window's last turn between our read and our write.
                throw rateLimited(window, now);
            } catch (DuplicateRequestException e) {
                return store.idempotencyRecord(idempotency.id()).map(idempotency::replay).orElseThrow(() -> e);
            } catch (ConcurrentTurnException e) {
                if (attempt >= MAX_WRITE_ATTEMPTS) {
                    throw ProblemException.conflict("session-busy",
                            "Too many messages arrived at once in this session; please resend.");
                }
                // A new session that still isn't there lost a race on something else (the rate window): try again.
                base = store.load(loaded.owner(), loaded.sessionId(), null, null).session()
                        .or(() -> loaded.version() == 0 ? Optional.of(loaded) : Optional.empty())
                        .orElseThrow(() -> e);
                backOff(attempt);
            }
        }
    }

    private static ProblemException rateLimited(RateWindow window, Instant now) {
        return ProblemException.tooManyRequests("Too many messages: the limit is " + window.limit()
                + " per minute. Please wait a moment and send it again.", window.retryAfter(now));
    }

    /** Spreads competing writers apart so each retry has a fair chance. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 5 * Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a turn", e);
        }
    }
}
