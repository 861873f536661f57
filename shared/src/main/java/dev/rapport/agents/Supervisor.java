package dev.rapport.agents;

/** Decides which specialist answers a turn, before any model call. */
public interface Supervisor {

    /** Everything to the advisor: the behaviour before specialists existed. */
    Supervisor ADVISOR_ONLY = input -> Route.to(Specialist.ADVISOR, "single agent");

    Route route(RoutingInput input);
}
