package dev.rapport.local;

import dev.rapport.local.testing.ShiftableClock;

/**
 * One local stack with the repository's template per test JVM, on free ports, in memory. The
 * real handlers build their clients once per JVM (as in a Lambda execution environment), so
 * every test class shares this stack rather than starting its own.
 */
public final class LocalRapportFixture {

    private static LocalRapport stack;

    /** The time the stack's schedules fire at: the system's, until a test moves it. */
    public static final ShiftableClock CLOCK = new ShiftableClock();

    private LocalRapportFixture() {}

    public static synchronized LocalRapport shared() {
        if (stack == null) {
            stack = LocalRapport.start(LocalRapportOptions.ephemeral().withClock(CLOCK));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        }
        return stack;
    }
}
