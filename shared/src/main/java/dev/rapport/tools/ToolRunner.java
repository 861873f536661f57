package dev.rapport.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.actions.ActionDesk;
import dev.rapport.actions.ActionView;
import dev.rapport.actions.Confirmation;
import dev.rapport.actions.PendingAction;
import dev.rapport.json.Json;
import dev.rapport.knowledge.Retrieved;
import dev.rapport.model.Content;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.Role;
import dev.rapport.model.StopReason;
import dev.rapport.model.ToolSpec;
import dev.rapport.model.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tool side of a chat turn. A customer's yes or no to last turn's proposal is settled here with
 * no model call; otherwise the model may call tools for up to {@link #MAX_TOOL_ROUNDS} rounds. A turn
 * makes one model call unless the model asks for a tool; each round adds one call (and, for order
 * look-ups, one DynamoDB read; a catalog held in memory costs none, a managed one a Retrieve and a
 * BatchGetItem per search).
 */
public final class ToolRunner {

    public static final int MAX_TOOL_ROUNDS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ToolRunner.class);

    /**
     * What the turn answers, the actions it reports, the proposals the session keeps for the next
     * turn, the facts the tools returned that the reply may cite, and whether a tool said the turn
     * should go to a person.
     */
    public record Turn(
            ModelReply reply,
            List<ActionView> actions,
            List<PendingAction> pending,
            List<Retrieved> sources,
            boolean handOver) {

        /** A turn the tools took no part in: no reply of theirs, nothing proposed. */
        public static final Turn NONE = new Turn(null, List.of(), List.of(), List.of(), false);

        public Turn {
            sources = List.copyOf(sources);
        }
    }

    /** A runner that offers no tools: every turn is one plain model call. */
    public static final ToolRunner NONE = new ToolRunner(null, null);

    private final Toolbox toolbox;
    private final ActionDesk desk;

    public ToolRunner(Toolbox toolbox, ActionDesk desk) {
        this.toolbox = toolbox;
        this.desk = desk;
    }

    /** Whether this runner's tools, not a canned answer, should answer the message. */
    public boolean answersLive(String message) {
        return toolbox != null && (LiveDataQuestion.asks(message) || toolbox.answers(message));
    }

    /** {@link #run(ToolContext, String, List, ModelRequest, Function, ToolScope)} for the single agent. */
    public Turn run(
            ToolContext context,
            String message,
            List<PendingAction> pending,
            ModelRequest request,
            Function<ModelRequest, ModelReply> model) {
        return run(context, message, pending, request, model, ToolScope.UNROUTED);
    }

    /**
     * @param pending proposals of the previous turn: a yes executes them, a no drops them, anything
     *     else leaves them unexecuted and they lapse
     * @param model the model call (with the caller's fault handling)
     * @param scope the tools this turn's specialists may use: the only ones offered, and the only ones run
     */
    public Turn run(
            ToolContext context,
            String message,
            List<PendingAction> pending,
            ModelRequest request,
            Function<ModelRequest, ModelReply> model,
            ToolScope scope) {
        if (toolbox == null) {
            return new Turn(model.apply(request), List.of(), List.of(), List.of(), false);
        }
        // A proposal is settled only by a turn whose specialists hold the tool that proposed it.
        List<PendingAction> settled =
                pending.stream().filter(p -> scope.allows(p.type())).toList();
        if (!settled.isEmpty()) {
            Confirmation answer = Confirmation.of(message);
            if (answer != Confirmation.OTHER) {
                ActionDesk.Outcome outcome = answer == Confirmation.YES
                        ? desk.confirm(context.owner(), settled, context.now(), context.chinese(), context.vault())
                        : desk.decline(settled, context.chinese());
                return new Turn(
                        new ModelReply(Message.assistant(outcome.reply()), StopReason.END_TURN, Usage.NONE),
                        outcome.actions(),
                        List.of(),
                        List.of(),
                        false);
            }
        }
        return converse(context, withTools(request, scope), model, scope);
    }

    private Turn converse(
            ToolContext context, ModelRequest request, Function<ModelRequest, ModelReply> model, ToolScope scope) {
        List<Message> messages = new ArrayList<>(request.messages());
        List<PendingAction> proposed = new ArrayList<>();
        List<Retrieved> sources = new ArrayList<>();
        boolean handOver = false;
        int inputTokens = 0;
        int outputTokens = 0;
        for (int round = 0; ; round++) {
            ModelReply reply = model.apply(new ModelRequest(
                    request.instructions(), request.grounding(), messages, request.tools(), request.locale()));
            inputTokens += reply.usage().inputTokens();
            outputTokens += reply.usage().outputTokens();
            boolean wantsTools = reply.stopReason() == StopReason.TOOL_USE && asksToolbox(reply.message());
            if (!wantsTools || round == MAX_TOOL_ROUNDS) {
                // A tool call the toolbox does not serve (a reminder) stays in the message for the caller.
                Message answer = !wantsTools
                        ? reply.message()
                        : reply.message().text().isBlank()
                                ? Message.assistant(
                                        context.chinese()
                                                ? "抱歉，这个问题我需要转给同事处理。"
                                                : "Sorry, I couldn't finish looking that up; I can pass you to a"
                                                        + " colleague.")
                                : Message.assistant(reply.message().text());
                return new Turn(
                        new ModelReply(
                                answer, reply.stopReason(), new Usage(inputTokens, outputTokens), reply.judgment()),
                        proposed.stream().map(ToolRunner::pendingView).toList(),
                        proposed,
                        sources,
                        handOver);
            }
            messages.add(reply.message());
            List<Content> results = new ArrayList<>();
            for (Content content : reply.message().content()) {
                if (content instanceof Content.ToolUse use) {
                    ToolOutput output = run(context, use, scope);
                    if (output.proposed() != null) {
                        proposed.add(output.proposed());
                    }
                    sources.addAll(output.sources());
                    handOver |= output.handOver();
                    results.add(new Content.ToolResult(use.toolUseId(), output.json(), output.error()));
                }
            }
            messages.add(new Message(Role.USER, results));
        }
    }

    private ToolOutput run(ToolContext context, Content.ToolUse use, ToolScope scope) {
        if (toolbox.tool(use.name()).isPresent() && !scope.allows(use.name())) {
            // The model named a tool it was not offered (an injected text, or a confused model): refused, not run.
            LOG.warn("refused tool {}: not among this turn's specialists' tools", use.name());
            return ToolOutput.invalid("the tool " + use.name() + " is not available in this conversation");
        }
        JsonNode input;
        try {
            input = Json.MAPPER.readTree(use.inputJson());
        } catch (JsonProcessingException e) {
            return ToolOutput.invalid("the tool input is not valid JSON");
        }
        return toolbox.tool(use.name())
                .map(t -> t.run(context, input))
                .orElseGet(() -> ToolOutput.invalid("there is no tool named " + use.name()));
    }

    private boolean asksToolbox(Message message) {
        return message.content().stream()
                .anyMatch(c -> c instanceof Content.ToolUse use
                        && toolbox.tool(use.name()).isPresent());
    }

    /** Adds the toolbox's tools the scope allows to those the request already offers. */
    private ModelRequest withTools(ModelRequest request, ToolScope scope) {
        List<ToolSpec> offered = new ArrayList<>(request.tools());
        offered.addAll(toolbox.specs(scope));
        return new ModelRequest(
                request.instructions(), request.grounding(), request.messages(), offered, request.locale());
    }

    private static ActionView pendingView(PendingAction action) {
        return new ActionView(action.id(), action.type(), action.orderId(), action.summary(), PendingAction.PENDING);
    }
}
