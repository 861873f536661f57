package dev.rapport.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the chat function's cold start goes: {@link StartPhases} started as the function is, its
 * marks giving each phase its time (median over the runs); one more run with the JVM's class-load
 * log on the same output as the marks counts the classes each phase loads, by family (that log
 * slows the JVM, so its times are not used). {@code -Dbenchmarks.only=cold-start:breakdown}.
 */
final class StartBreakdown {

    /** The families a loaded class is counted under, by package prefix; the first that matches wins. */
    private static final Map<String, List<String>> FAMILIES = families();

    private StartBreakdown() {}

    private static Map<String, List<String>> families() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("JDK", List.of("java.", "javax.", "jdk.", "sun.", "com.sun."));
        families.put("Lambda runtime client and events", List.of("com.amazonaws.services.lambda."));
        families.put("AWS SDK", List.of("software.amazon.awssdk."));
        families.put("Log4j", List.of("org.apache.logging."));
        families.put(
                "Powertools and EMF", List.of("software.amazon.lambda.powertools.", "software.amazon.cloudwatchlogs."));
        families.put("SLF4J", List.of("org.slf4j."));
        families.put("Jackson", List.of("com.fasterxml."));
        families.put("Rapport", List.of("dev.rapport."));
        return families;
    }

    /** One phase: its durations over the timed runs, the classes the counting run loaded in it, per family. */
    private record Phase(String name, Timings time, Map<String, Integer> byFamily) {

        int classes() {
            return byFamily.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static String measure(ColdStart.Subject chat, int runs) throws Exception {
        List<String> classpath = new ArrayList<>(chat.classpath());
        classpath.add(Path.of("benchmarks", "target", "classes").toString());
        ColdStart.Subject probe = new ColdStart.Subject(
                "chat function, phase by phase",
                classpath,
                StartPhases.class.getName(),
                chat.environment(),
                chat.event(),
                chat.success(),
                chat.jarBytes(),
                chat.javaOptions());
        Map<String, Phase> phases = new LinkedHashMap<>();
        ColdStart.Result timed = ColdStart.empty(probe);
        for (int run = 0; run < runs; run++) {
            ColdStart.Launch launch = ColdStart.once(timed);
            read(Files.readAllLines(ColdStart.LOG), launch, phases, true);
        }
        ColdStart.Result counting = ColdStart.empty(
                probe.withOptions("with its class-load log", probe.javaOptions() + " -Xlog:class+load:stdout:none"));
        ColdStart.Launch counted = ColdStart.once(counting);
        read(Files.readAllLines(ColdStart.LOG), counted, phases, false);
        return table(phases.values(), timed);
    }

    /** Adds one run's phases: the time since the previous mark, or the classes loaded since it. */
    private static void read(List<String> lines, ColdStart.Launch launch, Map<String, Phase> phases, boolean time) {
        long previous = launch.launched();
        Map<String, Integer> loaded = new TreeMap<>();
        for (String line : lines) {
            if (line.startsWith(StartPhases.MARK)) {
                String[] mark = line.substring(StartPhases.MARK.length()).split(" ", 2);
                long at = Long.parseLong(mark[0]);
                add(phases, mark[1], time ? at - previous : -1, loaded);
                previous = at;
                loaded = new TreeMap<>();
            } else if (line.contains(" source: ")) {
                loaded.merge(family(line.substring(0, line.indexOf(' '))), 1, Integer::sum);
            }
        }
        // After the last mark: the runtime client posts the answer (and the JVM is stopped; its exit loads little).
        add(phases, "runtime client: the answer posted", time ? launch.marks().answered() - previous : -1, loaded);
    }

    /** A negative {@code nanos} is the counting run's: classes only. */
    private static void add(Map<String, Phase> phases, String name, long nanos, Map<String, Integer> loaded) {
        Phase phase = phases.computeIfAbsent(name, n -> new Phase(n, new Timings(), new TreeMap<>()));
        if (nanos >= 0) {
            phase.time().add(nanos);
        } else {
            phase.byFamily().putAll(loaded);
        }
    }

    private static String family(String className) {
        return FAMILIES.entrySet().stream()
                .filter(f -> f.getValue().stream().anyMatch(className::startsWith))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("other");
    }

    private static String table(Iterable<Phase> phases, ColdStart.Result total) {
        StringBuilder md = new StringBuilder();
        md.append("| phase | time | classes loaded | of which |\n|---|---:|---:|---|\n");
        int classes = 0;
        for (Phase phase : phases) {
            classes += phase.classes();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f ms | %,d | %s |%n",
                    phase.name(),
                    phase.time().percentileMillis(50),
                    phase.classes(),
                    families(phase.byFamily())));
        }
        md.append(String.format(
                Locale.ROOT,
                "| **init (to the first poll) / first answer** | **%.0f / %.0f ms** | **%,d** | |%n",
                total.init().percentileMillis(50),
                total.firstAnswer().percentileMillis(50),
                classes));
        return md.toString();
    }

    /** The families that loaded at least 10 classes, largest first. */
    private static String families(Map<String, Integer> byFamily) {
        return byFamily.entrySet().stream()
                .filter(e -> e.getValue() >= 10)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
