package dev.rapport.agents;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who answers a turn: the lead specialist, and any others whose work the same answer must also do (a
 * complaint about a late order: care leads, orders helps).
 *
 * @param reason a short, loggable why (the rule or score that decided), never the customer's words
 */
public record Route(Specialist lead, List<Specialist> helpers, String reason) {

    public Route {
        helpers = helpers.stream().filter(s -> s != lead).distinct().toList();
    }

    public static Route to(Specialist lead, String reason) {
        return new Route(lead, List.of(), reason);
    }

    /** The lead first, then the helpers. */
    public List<Specialist> all() {
        return Stream.concat(Stream.of(lead), helpers.stream()).toList();
    }
}
