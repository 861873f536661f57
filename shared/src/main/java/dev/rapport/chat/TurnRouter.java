package dev.rapport.chat;

import dev.rapport.actions.Confirmation;
import dev.rapport.agents.Route;
import dev.rapport.agents.RoutingInput;
import dev.rapport.agents.Specialist;
import dev.rapport.agents.Specialists;
import dev.rapport.agents.Supervisor;
import dev.rapport.model.ModelRequest;
import dev.rapport.tools.ToolScope;
import java.util.Optional;

/**
 * Asks the supervisor, once per turn and before any model call, which specialists answer. Everything it
 * needs comes from the session the turn already read: no extra round trip. Two things are not left to the
 * supervisor: a yes or no to a proposal goes to the specialist whose tool proposed it, and a photo to the
 * advisor.
 */
final class TurnRouter {

    private final Supervisor supervisor;

    /** @param supervisor null for the single agent of before specialists: no route, every tool */
    TurnRouter(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    Route route(Session session, String redacted, String message, Attachment photo, boolean chinese) {
        if (supervisor == null) {
            return null;
        }
        boolean pending = !session.pendingActions().isEmpty();
        Route route =
                supervisor.route(new RoutingInput(redacted, session.agent(), pending, chinese ? "zh-CN" : "en-US"));
        Optional<Specialist> proposer = pending && Confirmation.of(message) != Confirmation.OTHER
                ? Specialists.holding(session.pendingActions().getFirst().type())
                : Optional.empty();
        if (proposer.isPresent() && !route.all().contains(proposer.get())) {
            return new Route(proposer.get(), route.all(), route.reason() + "; awaiting confirmation");
        }
        if (photo != null && !route.all().contains(Specialist.ADVISOR)) {
            return new Route(Specialist.ADVISOR, route.all(), route.reason() + "; photo");
        }
        return route;
    }

    /** The tools the route's specialists may use; every tool but care's without a route. */
    static ToolScope scope(Route route) {
        return route == null ? ToolScope.UNROUTED : ToolScope.of(route.tools());
    }

    /** The request with the route's instructions after the base ones. */
    static ModelRequest briefed(ModelRequest request, Route route, boolean chinese) {
        if (route == null) {
            return request;
        }
        return new ModelRequest(
                request.instructions() + route.instructions(chinese),
                request.grounding(),
                request.messages(),
                request.tools(),
                request.locale());
    }
}
