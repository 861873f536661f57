package dev.rapport.dynamodb.streams;

import java.util.concurrent.atomic.AtomicLong;

/** Stream sequence numbers, increasing across every table of the engine and across restarts. */
public final class Sequences {

    private final AtomicLong last = new AtomicLong();

    long next() {
        return last.incrementAndGet();
    }

    long peek() {
        return last.get() + 1;
    }

    void atLeast(long value) {
        last.accumulateAndGet(value, Math::max);
    }

    /** DynamoDB Streams' form: a decimal string of 21 digits. */
    public static String text(long sequence) {
        return String.format("%021d", sequence);
    }
}
