package dev.rapport.testing;

import dev.rapport.agents.Route;
import dev.rapport.agents.RoutingInput;
import dev.rapport.agents.Specialist;
import dev.rapport.agents.Supervisor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A supervisor for tests of the turn, not of routing: it answers what the test tells it to and records what
 * it was asked, so a test can see it was called once per turn with the session's state.
 */
public final class StandInSupervisor implements Supervisor {

    private final Function<RoutingInput, Route> decide;
    private final List<RoutingInput> asked = new CopyOnWriteArrayList<>();

    private StandInSupervisor(Function<RoutingInput, Route> decide) {
        this.decide = decide;
    }

    /** Every turn to {@code lead}, helped by {@code helpers}. */
    public static StandInSupervisor always(Specialist lead, Specialist... helpers) {
        return new StandInSupervisor(input -> new Route(lead, List.of(helpers), "stand-in"));
    }

    public static StandInSupervisor deciding(Function<RoutingInput, Route> decide) {
        return new StandInSupervisor(decide);
    }

    @Override
    public Route route(RoutingInput input) {
        asked.add(input);
        return decide.apply(input);
    }

    public List<RoutingInput> asked() {
        return List.copyOf(asked);
    }
}
