package dev.rapport.privacy;

import dev.rapport.privacy.PiiCorpus.Snippet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long redaction takes on a chat message of about 1 KB (UTF-8) built from corpus snippets:
 * Chinese, English and mixed, each with several pieces of personal data and look-alikes. Printed
 * with the evaluation as a figure, not asserted: timings on shared machines are noisy.
 */
final class RedactionTiming {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 5_000;

    private RedactionTiming() {}

    static String measure(List<Snippet> corpus) {
        PiiRedactor redactor = new PiiRedactor();
        List<String> messages = List.of(message(corpus, "zh"), message(corpus, "en"), message(corpus, null));
        for (int i = 0; i < WARM_UP; i++) {
            redactor.redact(messages.get(i % 3));
        }
        long[] nanos = new long[MEASURED];
        int sink = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            sink += redactor.redact(messages.get(i % 3)).text().length();
            nanos[i] = System.nanoTime() - start;
        }
        double cpuMean = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / MEASURED;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000.0;
        return String.format(
                Locale.ROOT,
                "redaction of a 1 KB message (%d calls after %d warm-up): CPU time mean %.0f µs; "
                        + "wall time mean %.0f µs, p50 %.0f µs, p99 %.0f µs (%d)",
                MEASURED,
                WARM_UP,
                cpuMean,
                mean,
                nanos[MEASURED / 2] / 1000.0,
                nanos[MEASURED * 99 / 100] / 1000.0,
                sink % 10);
    }

    /** Snippets of one language (or alternating, for null) joined until the message reaches 1 KB. */
    private static String message(List<Snippet> corpus, String lang) {
        List<Snippet> pool = new ArrayList<>();
        for (Snippet s : corpus) {
            if (lang == null || lang.equals(s.lang())) {
                pool.add(s);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; out.toString().getBytes(StandardCharsets.UTF_8).length < 1024; i += 7) {
            out.append(pool.get(i % pool.size()).text()).append(' ');
        }
        return out.toString();
    }
}
