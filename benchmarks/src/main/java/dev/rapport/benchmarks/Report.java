package dev.rapport.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The figures as the markdown table docs/benchmarks.md keeps. */
final class Report {

    private Report() {}

    static String markdown(
            ColdStarts.Figures coldStarts,
            Benchmarks.CriticalPath critical,
            Growth growth,
            Optional<Throughput.Result> throughput,
            List<String> machine) {
        StringBuilder md = new StringBuilder();
        md.append("# Rapport benchmarks\n\n");
        md.append(
                "Written by `./mvnw -Pbenchmarks` (module `benchmarks/`). The offline engine stands in for the model ");
        md.append("and Rapport's embedded DynamoDB engine (local-dynamodb) for DynamoDB, both in-process; model and"
                + " DynamoDB time (the SDK's whole ");
        md.append(
                "execution, as an `ExecutionInterceptor` sees it) are subtracted to leave Rapport's own overhead.\n\n");
        md.append("Machine: ").append(String.join("; ", machine)).append(".\n\n");
        md.append(coldStarts(coldStarts));
        md.append("## The chat turn's critical path\n\n");
        md.append("| figure | value | target |\n|---|---|---|\n");
        md.append(row(
                "turns measured (after " + Benchmarks.WARM_UP_TURNS + " warm-up)",
                Integer.toString(critical.turns()),
                ""));
        md.append(row(
                "DynamoDB round trips per turn, max (mean)",
                critical.maxRoundTrips() + String.format(Locale.ROOT, " (%.2f)", critical.meanRoundTrips()),
                "≤ 2"));
        md.append(row("model calls per turn, max", Integer.toString(critical.maxModelCalls()), "≤ 1"));
        md.append(row("our overhead per turn, p50", String.format(Locale.ROOT, "%.2f ms", critical.p50()), ""));
        md.append(row("our overhead per turn, p99", String.format(Locale.ROOT, "%.2f ms", critical.p99()), "≤ 10 ms"));
        md.append("\n## Growth over one conversation of ").append(Growth.TURNS).append(" turns\n\n");
        md.append("| figure | value | target |\n|---|---|---|\n");
        growth.promptTokens()
                .forEach((turn, tokens) ->
                        md.append(row("prompt tokens at turn " + turn, Integer.toString(tokens), "")));
        md.append(row("turn 100 / turn 10", String.format(Locale.ROOT, "%.2f", growth.ratio100to10()), "≤ 1.25"));
        md.append(row("first turn's fact answered after 100 turns", growth.earlyFactAnswered() ? "yes" : "no", "yes"));
        md.append(row(
                "largest item of the session (" + growth.largestItem() + ")",
                String.format(Locale.ROOT, "%,d bytes", growth.largestItemBytes()),
                "far below 400 KB"));
        md.append(throughput(throughput));
        return md.toString();
    }

    static String throughput(Optional<Throughput.Result> throughput) {
        StringBuilder md = new StringBuilder("\n## Local stack under load\n\n");
        if (throughput.isEmpty()) {
            return md.append("Not measured: `wrk` is not installed (`apt-get install wrk`).\n")
                    .toString();
        }
        Throughput.Result result = throughput.get();
        md.append("wrk (2 threads, " + Throughput.CUSTOMERS + " connections, " + Throughput.SECONDS + " s after a "
                + Throughput.WARM_UP_SECONDS + " s warm-up) against `./mvnw -Plocal`'s stack in the benchmark's JVM: ");
        md.append(Throughput.CUSTOMERS
                + " customers with their own tokens, each request a new conversation's first turn. ");
        md.append("A figure for regressions, not a goal; wrk and the stack share the machine's cores.\n\n");
        md.append("| figure | value |\n|---|---|\n");
        md.append("| turns/s | " + String.format(Locale.ROOT, "%.0f", result.turnsPerSecond()) + " |\n");
        md.append("| latency p50 | " + result.p50() + " |\n");
        md.append("| latency p99 | " + result.p99() + " |\n");
        md.append("| turns (failed) | " + result.turns() + " (" + result.failures() + ") |\n");
        return md.toString();
    }

    static String coldStarts(ColdStarts.Figures figures) {
        StringBuilder md = new StringBuilder();
        md.append("## Cold start\n\n");
        md.append("A fresh JVM per run, launched with the Lambda runtime interface client ");
        md.append(
                "(`aws-lambda-java-runtime-interface-client`) against a local Runtime API, `JAVA_TOOL_OPTIONS` as in ");
        md.append("template.yaml (`" + ColdStart.JAVA_TOOL_OPTIONS
                + "`), Rapport's embedded DynamoDB engine (local-dynamodb) and the offline engine. ");
        md.append(
                "Init is launch → first poll for an event; first answer is launch → the response; the invocation is ");
        md.append("the difference. Median (min–max) of " + ColdStart.RUNS + " runs.\n\n");
        md.append("| function | jar | init | first answer | invocation |\n|---|---|---|---|---|\n");
        figures.functions().forEach(result -> md.append(coldStartRow(result)));
        double hello = figures.hello().firstAnswer().percentileMillis(50);
        double chat = figures.chat().firstAnswer().percentileMillis(50);
        md.append(String.format(
                Locale.ROOT,
                "%nChat function ÷ baseline, first answer: **%.2f×** (target ≤ 2.5×); "
                        + "chat first answer **%.0f ms** (target ≤ 700 ms).%n%n",
                chat / hello,
                chat));
        md.append("### Start-up levers, one at a time on the chat function\n\n");
        md.append("Each row changes one thing against the deployed configuration above. The SnapStart stand-in runs"
                + " the ");
        md.append("function's priming hooks (`dev.rapport.snapstart.Priming`) at the end of init, as Lambda does"
                + " before ");
        md.append("it snapshots; its *invocation* column is what a restored environment's first request costs on top"
                + " of ");
        md.append("the restore itself, which only Lambda can measure.\n\n");
        md.append("| variant | init | first answer | invocation | invocation ÷ baseline's |\n|---|---|---|---|---|\n");
        md.append(leverRow(figures.chat(), figures.hello()));
        figures.chatLevers().forEach(result -> md.append(leverRow(result, figures.hello())));
        md.append("""

            What each lever is and what was kept:

            - **C1 only** (`-XX:TieredStopAtLevel=1`, template.yaml's `JAVA_TOOL_OPTIONS`): kept; the row without it \
            is slower at init and at the first answer.
            - **SnapStart with priming**: kept. template.yaml publishes versions with SnapStart; the chat and memory \
            functions register `org.crac` hooks that run a whole turn (the real BatchGetItem, redaction, ranking, \
            prompt, reply JSON, and a TransactWriteItems DynamoDB cancels on a version no session has) for an account \
            nobody has, without writing anything or calling the model. What a restored environment still pays is the \
            restore and the *invocation* of that row.
            - **AppCDS archive**: measured, not shipped. The archive is bound to the exact JVM build that wrote it; \
            Lambda's managed `java21` runtime updates its JVM underneath us (a stale archive is ignored with a \
            warning), \
            and SnapStart's snapshot already holds the loaded classes.
            - **Built in, not re-measured here** (each would need a second build of the jar): the URL-connection HTTP \
            client with Apache and Netty excluded from every jar; DynamoDB static table schemas instead of bean \
            introspection; SDK clients and Jackson built once in static init; no dependency-injection framework. \
            The region comes from `AWS_REGION`, the first link of the SDK's chain, and credentials from the default \
            chain, because SnapStart environments receive container credentials only after a restore.
            - **Stream handlers**: kept. The HTTP functions implement `RequestStreamHandler` and read the API \
            Gateway event with Rapport's Jackson (primed, and loaded anyway), so the runtime client never loads its \
            own serializer for the event (a shaded Jackson of about 700 classes). template.yaml names them by class \
            alone, so the runtime cannot pick the typed overload. Measured on 2026-11-30 with this benchmark just \
            before and just after the change (a busy machine, so as ratios): chat first answer ÷ baseline \
            4.77× → 3.53×; the primed chat function's invocation 295 ms → 191 ms (7.3× → 2.6× the baseline's).
            - **Nothing at init that a turn may not use**: kept. Log4j is configured by `log4j2.properties`, not \
            XML, so the JDK's XML parser (about 180 classes) is never loaded; the chat function reads its \
            knowledge index through its own DynamoDB client rather than building a second one; the tables a turn \
            seldom touches (handoffs, reminders, feedback, products, orders, audit) are built on first use, with \
            their static schemas (a class and a getter and setter lambda per attribute); the jars carry a Log4j \
            plugin cache trimmed to the 58 plugins the JSON logs use (Log4j loads every listed plugin's class at \
            start; there were 253). Classes loaded before the chat function's first answer: 7,268 → 6,820 → 6,612 \
            (see the breakdown below).

            """);
        return md.toString();
    }

    /** Hello and chat, interleaved run by run: their rows and the ratio of their first answers. */
    static String chatAgainstHello(List<ColdStart.Result> results) {
        StringBuilder md =
                new StringBuilder("| function | init | first answer | invocation | CPU to first answer | first answer ÷"
                        + " baseline's: median / fastest run | CPU ÷ baseline's |\n|---|---|---|---|---|---|---|\n");
        ColdStart.Result hello = results.get(0);
        for (ColdStart.Result result : results) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %.2f× / %.2f× | %.2f× |%n",
                    result.subject().name(),
                    range(result.init()),
                    range(result.firstAnswer()),
                    range(result.invocation()),
                    range(result.cpu()),
                    result.firstAnswer().percentileMillis(50)
                            / hello.firstAnswer().percentileMillis(50),
                    result.firstAnswer().percentileMillis(0)
                            / hello.firstAnswer().percentileMillis(0),
                    result.cpu().percentileMillis(50) / hello.cpu().percentileMillis(50)));
        }
        return md.append(String.format(
                        Locale.ROOT,
                        "%nMedians of %d runs each, interleaved.%n",
                        hello.cpu().count()))
                .toString();
    }

    private static String coldStartRow(ColdStart.Result result) {
        return "| " + result.subject().name() + " | "
                + (result.subject().jarBytes() == 0
                        ? "–"
                        : String.format(Locale.ROOT, "%.1f MB", result.subject().jarBytes() / 1e6))
                + " | " + range(result.init()) + " | " + range(result.firstAnswer()) + " | "
                + range(result.invocation()) + " |\n";
    }

    private static String leverRow(ColdStart.Result result, ColdStart.Result hello) {
        return "| " + result.subject().name() + " | " + range(result.init()) + " | " + range(result.firstAnswer())
                + " | " + range(result.invocation()) + " | "
                + String.format(
                        Locale.ROOT,
                        "%.1f×",
                        result.invocation().percentileMillis(50)
                                / hello.invocation().percentileMillis(50))
                + " |\n";
    }

    private static String range(Timings timings) {
        return String.format(
                Locale.ROOT,
                "%.0f ms (%.0f–%.0f)",
                timings.percentileMillis(50),
                timings.percentileMillis(0),
                timings.percentileMillis(100));
    }

    private static String row(String figure, String value, String target) {
        return "| " + figure + " | " + value + " | " + target + " |\n";
    }
}
