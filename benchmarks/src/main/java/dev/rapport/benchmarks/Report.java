package dev.rapport.benchmarks;

import java.util.List;
import java.util.Locale;

/** The figures as the markdown table docs/benchmarks.md keeps. */
final class Report {

    private Report() {}

    static String markdown(Benchmarks.CriticalPath critical, Growth growth, List<String> machine) {
        StringBuilder md = new StringBuilder();
        md.append("# Rapport benchmarks\n\n");
        md.append("Written by `./mvnw -Pbenchmarks` (module `benchmarks/`). The offline engine stands in for the model ");
        md.append("and DynamoDB Local for DynamoDB, both in-process; model and DynamoDB time (the SDK's whole ");
        md.append("execution, as an `ExecutionInterceptor` sees it) are subtracted to leave Rapport's own overhead.\n\n");
        md.append("Machine: ").append(String.join("; ", machine)).append(".\n\n");
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
        md.append("\nCold starts (the Lambda runtime interface client against a local Runtime API) and local-stack ");
        md.append("throughput are not measured yet.\n");
        return md.toString();
    }

    private static String row(String figure, String value, String target) {
        return "| " + figure + " | " + value + " | " + target + " |\n";
    }
}
