package dev.rapport.snapstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The hooks as Lambda's snapshot calls them; the CRaC-less JVM of the tests cannot checkpoint, so they are called
 * directly.
 */
class PrimingTest {

    @Test
    void aRegisteredActionRunsWhenTheSnapshotIsTaken() {
        AtomicInteger runs = new AtomicInteger();
        Priming.register("counting", runs::incrementAndGet);

        Priming.primeAll();

        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void aFailingActionDoesNotStopTheSnapshot() {
        Priming priming = Priming.register("failing", () -> {
            throw new IllegalStateException("DynamoDB unreachable");
        });

        assertThatCode(() -> priming.beforeCheckpoint(null)).doesNotThrowAnyException();
    }
}
