package dev.rapport.chat;

import dev.rapport.actions.ActionView;
import dev.rapport.catalog.Region;
import dev.rapport.knowledge.Advice;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.memory.Memory;
import dev.rapport.memory.RuledOut;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.ModelRetiredException;
import dev.rapport.model.ModelUnavailableException;
import dev.rapport.model.ToolSpec;
import dev.rapport.model.Usage;
import dev.rapport.mood.Mood;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.ChatReminders;
import dev.rapport.reminders.Reminder;
import dev.rapport.tools.ToolContext;
import dev.rapport.tools.ToolRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what answers a turn, cheapest first: a reminder asked for in so many words (no model), a
 * curated FAQ answer (no model), else the model with its tools — the turn's one model call.
 */
final class Answerer {

    private static final Logger LOG = LoggerFactory.getLogger(Answerer.class);

    private final ConversationModel model;
    private final KnowledgeAdvisor knowledge;
    private final ChatReminders reminders;
    private final ToolRunner tools;
    private final Supplier<String> ids;
    private final PromptBuilder prompts = new PromptBuilder();

    Answerer(
            ConversationModel model,
            KnowledgeAdvisor knowledge,
            ChatReminders reminders,
            ToolRunner tools,
            Supplier<String> ids) {
        this.model = model;
        this.knowledge = knowledge;
        this.reminders = reminders;
        this.tools = tools;
        this.ids = ids;
    }

    /**
     * The answer of a turn.
     *
     * @param answer what answered, with its citations and usage
     * @param tools what the tools proposed or did; {@link ToolRunner.Turn#NONE} without the model
     * @param reminder a reminder set on this turn, by the customer's words or the model's tool
     * @param text the answer as the customer reads it, a reminder's confirmation included
     */
    record Answered(
            KnowledgeAnswer answer, ToolRunner.Turn tools, Optional<ChatReminders.Planned> reminder, String text) {

        /** An answer Rapport gives in its own words, with no model call and no tools. */
        static Answered canned(String text) {
            return new Answered(KnowledgeAnswer.canned(text), ToolRunner.Turn.NONE, Optional.empty(), text);
        }

        /** The mood to report: the model's judgment when it gave a valid one, else the rules' reading. */
        Mood mood(Mood read) {
            return tools.reply() == null
                    ? read
                    : Mood.judged(tools.reply().judgment()).orElse(read);
        }

        Reminder created() {
            return reminder.map(ChatReminders.Planned::reminder).orElse(null);
        }

        List<ActionView> actions() {
            List<ActionView> actions = new ArrayList<>(tools.actions());
            // A time that has passed is planned without a reminder: said so, nothing created.
            Reminder created = created();
            if (created != null) {
                actions.add(new ActionView(
                        created.id(), "reminder", null, reminder.get().confirmation(), "created"));
            }
            return actions;
        }
    }

    Answered answer(PreparedTurn turn) {
        VoiceNote voice = turn.voice();
        boolean unsure = voice != null && voice.tentative();
        if (UnsureVoice.holds(turn)) {
            // A misheard "yes" must not cancel an order or grant consent: it stays open for a sure answer.
            return UnsureVoice.askBack(voice, turn.redacted(), turn.session().pendingActions(), Usage.NONE);
        }
        // A reminder asked for in so many words is confirmed without asking the model.
        Optional<ChatReminders.Planned> asked = turn.photo() == null
                ? reminders.fromMessage(
                        turn.message(), turn.owner(), turn.profile().settings())
                : Optional.empty();
        if (asked.isPresent()) {
            String confirmation = asked.get().confirmation();
            return new Answered(KnowledgeAnswer.canned(confirmation), ToolRunner.Turn.NONE, asked, confirmation);
        }
        Advice advice = knowledge.advise(turn.redacted());
        if (turn.photo() == null
                && advice.answer().isPresent()
                && turn.session().pendingActions().isEmpty()
                && !tools.answersLive(turn.message())) {
            // A photo always goes to the model: a canned answer cannot have looked at it. So do a
            // pending proposal (the message may be its yes) and a question about an order or a
            // product's figures, which the tools answer from the store as it is now.
            KnowledgeAnswer faq = KnowledgeAnswer.faq(advice.answer().get());
            return new Answered(faq, ToolRunner.Turn.NONE, Optional.empty(), faq.text());
        }
        ToolRunner.Turn toolTurn = tools.run(
                toolContext(turn),
                turn.message(),
                turn.session().pendingActions(),
                withReminderTools(TurnRouter.briefed(
                        prompts.build(
                                turn.session(),
                                turn.modelInput(),
                                turn.photo(),
                                turn.recalled(),
                                turn.locale(),
                                turn.mood(),
                                advice.groundings()),
                        turn.route(),
                        turn.chinese())),
                this::callModel,
                TurnRouter.scope(turn.route()));
        ModelReply reply = toolTurn.reply();
        if (unsure && !toolTurn.pending().isEmpty()) {
            // The model would propose an order change from words we may have misheard: ask first.
            return UnsureVoice.askBack(voice, turn.redacted(), List.of(), reply.usage());
        }
        KnowledgeAnswer answered =
                KnowledgeAnswer.model(reply, knowledge.cite(reply.message().text(), advice.citing(toolTurn.sources())));
        Optional<ChatReminders.Planned> set = reminders.fromModel(
                reply.message(), turn.owner(), turn.profile().settings(), turn.message());
        String text = set.isEmpty()
                ? answered.text()
                : (answered.text() + "\n\n" + set.get().confirmation()).strip();
        return new Answered(answered, toolTurn, set, text);
    }

    private ToolContext toolContext(PreparedTurn turn) {
        return new ToolContext(
                turn.owner().customerHash(),
                Region.of(turn.profile().settings()),
                turn.recalled().stream().map(Memory::statement).toList(),
                RuledOut.constraints(turn.recalled()),
                turn.chinese(),
                turn.now(),
                ids,
                turn.vault(),
                turn.owner().profileId());
    }

    private ModelRequest withReminderTools(ModelRequest request) {
        if (reminders.tools().isEmpty()) {
            return request;
        }
        List<ToolSpec> offered = new ArrayList<>(request.tools());
        offered.addAll(reminders.tools());
        return new ModelRequest(
                request.instructions(), request.grounding(), request.messages(), offered, request.locale());
    }

    private ModelReply callModel(ModelRequest request) {
        try {
            return model.converse(request);
        } catch (ModelUnavailableException e) {
            throw ProblemException.unavailable(
                    "The assistant is busy right now; please retry shortly.", e.retryAfter());
        } catch (ModelRetiredException e) {
            LOG.error(e.getMessage());
            throw ProblemException.unavailable(
                    "model-retired",
                    "The assistant's model has been retired by its provider, so no question can be answered until the"
                            + " service is updated; its operators have been alerted.",
                    null);
        }
    }
}
