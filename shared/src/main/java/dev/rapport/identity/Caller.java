package dev.rapport.identity;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, taken only from the authorizer's verified JWT claims — never from a body, path
 * or header the client controls.
 */
public record Caller(String subject, Set<String> groups) {

    public static final String MARKETERS = "marketers";
    public static final String SUPPORT_ADMINS = "support-admins";
    /** Nobody's account: SnapStart's priming hooks read for it, find nothing, and never write. */
    public static final String PRIMING_SUBJECT = "rapport-snapstart-priming";

    public Caller {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        groups = Set.copyOf(groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }
}
