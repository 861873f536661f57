package dev.rapport.agents;

import java.util.List;
import java.util.Set;

/** One labelled turn of a routing set (see resources/routing/README.md). */
public record RoutingCase(
        String id,
        String message,
        String previous,
        boolean pendingConfirmation,
        String lang,
        String lead,
        List<String> helpers) {

    public RoutingInput input() {
        return new RoutingInput(
                message, Specialist.fromWireName(previous), pendingConfirmation, lang.equals("zh") ? "zh-CN" : "en-US");
    }

    public Specialist expectedLead() {
        return Specialist.fromWireName(lead);
    }

    Set<Specialist> expectedHelpers() {
        return Set.copyOf(helpers.stream().map(Specialist::fromWireName).toList());
    }
}
