package dev.rapport.agents;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The tools of the lead and its helpers, and no others: all the turn may call. */
    public Set<String> tools() {
        return all().stream()
                .flatMap(s -> Specialists.of(s).tools().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The lead's instructions, then each helper's, so one answer does the work of all of them. */
    public String instructions(boolean chinese) {
        if (helpers.isEmpty()) {
            return Specialists.of(lead).instructions(chinese);
        }
        String together = chinese
                ? " 这一轮由你牵头，同时完成以下几位专员的工作，只给顾客一个完整的回答："
                : " You lead this turn and also do the work of the specialists below, in one answer to the customer:";
        return all().stream()
                .map(s -> Specialists.of(s).instructions(chinese))
                .collect(Collectors.joining("", together, ""));
    }
}
