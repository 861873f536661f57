package dev.rapport.storage.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

    @Test
    void nothingIsBuiltUntilFirstAskedForAndThenOnlyOnce() {
        AtomicInteger builds = new AtomicInteger();
        OnFirstUse<String> table = new OnFirstUse<>(() -> "table " + builds.incrementAndGet());

        assertThat(builds).hasValue(0);
        assertThat(table.get()).isEqualTo("table 1");
        assertThat(table.get()).isEqualTo("table 1");
        assertThat(builds).hasValue(1);
    }

    @Test
    void threadsAskingAtOnceShareOneBuild() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        OnFirstUse<Object> table = new OnFirstUse<>(() -> {
            builds.incrementAndGet();
            return new Object();
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Object> seen = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(table.get());
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(builds).hasValue(1);
        assertThat(seen).hasSize(8).allSatisfy(built -> assertThat(built).isSameAs(seen.get(0)));
    }
}
