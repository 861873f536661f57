package dev.rapport.local;

/**
 * One local stack with the repository's template per test JVM, on free ports, in memory. The
 * real handlers build their clients once per JVM (as in a Lambda execution environment), so
 * every test class shares this stack rather than starting its own.
 */
public final class LocalStackFixture {

    private static LocalStack stack;

    private LocalStackFixture() {}

    public static synchronized LocalStack shared() {
        if (stack == null) {
            stack = LocalStack.start(LocalStackOptions.ephemeral());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        }
        return stack;
    }
}
