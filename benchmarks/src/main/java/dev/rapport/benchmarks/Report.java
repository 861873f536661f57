package dev.rapport.benchmarks;

import java.util.List;
import java.util.Locale;

/** The figures as the markdown table docs/benchmarks.md keeps. */
final class Report {

    private Report() {}

    static String markdown(List<ColdStart.Result> coldStarts, Benchmarks.CriticalPath critical, Growth growth,
                           List<String> machine) {
        StringBuilder md = new StringBuilder();
        md.append("# Rapport benchmarks\n\n");
        md.append("Written by `./mvnw -Pbenchmarks` (module `benchmarks/`). The offline engine stands in for the model ");
        md.append("and DynamoDB Local for DynamoDB, both in-process; model and DynamoDB time (the SDK's whole ");
        md.append("execution, as an `ExecutionInterceptor` sees it) are subtracted to leave Rapport's own overhead.\n\n");
        md.append("Machine: ").append(String.join("; ", machine)).append(".\n\n");
        md.append("## Cold start\n\n");
        md.append("A fresh JVM per run, launched with the Lambda runtime interface client ");
        md.append("(`aws-lambda-java-runtime-interface-client`) against a local Runtime API, `JAVA_TOOL_OPTIONS` as in ");
        md.append("template.yaml, DynamoDB Local and the offline engine; no SnapStart. Init is launch → first poll for ");
        md.append("an event; first answer is launch → the response. Median (min–max) of " + ColdStart.RUNS + " runs.\n\n");
        md.append("| function | jar | init | first answer |\n|---|---|---|---|\n");
        for (ColdStart.Result result : coldStarts) {
            md.append("| ").append(result.subject().name()).append(" | ")
                    .append(result.subject().jarBytes() == 0 ? "–" : String.format(Locale.ROOT, "%.1f MB", result.subject().jarBytes() / 1e6))
                    .append(" | ").append(range(result.init())).append(" | ").append(range(result.firstAnswer())).append(" |\n");
        }
        if (coldStarts.size() == 2) {
            md.append(String.format(Locale.ROOT, "%nChat function ÷ baseline, first answer: **%.2f×** (target ≤ 2.5×); ",
                    coldStarts.get(1).firstAnswer().percentileMillis(50) / coldStarts.get(0).firstAnswer().percentileMillis(50)));
            md.append(String.format(Locale.ROOT, "chat first answer %.0f ms (target ≤ 700 ms).%n%n",
                    coldStarts.get(1).firstAnswer().percentileMillis(50)));
        }
        md.append("## The chat turn's critical path\n\n");
        md.append("| figure | value | target |\n|---|---|---|\n");
        md.append(row("turns measured (after " + Benchmarks.WARM_UP_TURNS + " warm-up)", Integer.toString(critical.turns()), ""));
        md.append(row("DynamoDB round trips per turn, max (mean)",
                critical.maxRoundTrips() + String.format(Locale.ROOT, " (%.2f)", critical.meanRoundTrips()), "≤ 2"));
        md.append(row("model calls per turn, max", Integer.toString(critical.maxModelCalls()), "≤ 1"));
        md.append(row("our overhead per turn, p50", String.format(Locale.ROOT, "%.2f ms", critical.p50()), ""));
        md.append(row("our overhead per turn, p99", String.format(Locale.ROOT, "%.2f ms", critical.p99()), "≤ 10 ms"));
        md.append("\n## Growth over one conversation of ").append(Growth.TURNS).append(" turns\n\n");
        md.append("| figure | value | target |\n|---|---|---|\n");
        growth.promptTokens().forEach((turn, tokens) ->
                md.append(row("prompt tokens at turn " + turn, Integer.toString(tokens), "")));
        md.append(row("turn 100 / turn 10", String.format(Locale.ROOT, "%.2f", growth.ratio100to10()), "≤ 1.25"));
        md.append(row("first turn's fact answered after 100 turns", growth.earlyFactAnswered() ? "yes" : "no", "yes"));
        md.append(row("largest item of the session (" + growth.largestItem() + ")",
                String.format(Locale.ROOT, "%,d bytes", growth.largestItemBytes()), "far below 400 KB"));
        md.append("\nLocal-stack throughput under a load tool is not measured yet.\n");
        return md.toString();
    }

    private static String range(Timings timings) {
        return String.format(Locale.ROOT, "%.0f ms (%.0f–%.0f)", timings.percentileMillis(50), timings.percentileMillis(0),
                timings.percentileMillis(100));
    }

    private static String row(String figure, String value, String target) {
        return "| " + figure + " | " + value + " | " + target + " |\n";
    }
}
