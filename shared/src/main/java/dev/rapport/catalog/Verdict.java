package dev.rapport.catalog;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a product breaks of a customer's constraints.
 *
 * @param breached the avoided materials and ingredients it is made of or contains ("wool")
 * @param missing the required materials it lacks, in the customer's words ("cotton")
 */
public record Verdict(Set<String> breached, Set<String> missing) {

    public Verdict {
        breached = Collections.unmodifiableSet(new TreeSet<>(breached));
        missing = Collections.unmodifiableSet(new TreeSet<>(missing));
    }

    public boolean kept() {
        return breached.isEmpty() && missing.isEmpty();
    }
}
