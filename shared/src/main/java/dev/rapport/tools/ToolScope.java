package dev.rapport.tools;

import java.util.Set;

/**
 * Which of the toolbox's tools a turn may use: the tools offered to the model, and the only ones the runner
 * will run whatever the model names. Least privilege is held here, in code, not only in the prompt.
 *
 * @param names the tools allowed, by name; null for the single agent that answered before specialists
 */
public record ToolScope(Set<String> names) {

    /**
     * The single agent of before specialists: every tool except {@code handoff}, since then a handoff was
     * decided by rules alone (and still is; the tool only lets care ask for one).
     */
    public static final ToolScope UNROUTED = new ToolScope(null);

    public ToolScope {
        names = names == null ? null : Set.copyOf(names);
    }

    public static ToolScope of(Set<String> names) {
        return new ToolScope(names);
    }

    public boolean allows(String name) {
        return names == null ? !HandOff.NAME.equals(name) : names.contains(name);
    }
}
