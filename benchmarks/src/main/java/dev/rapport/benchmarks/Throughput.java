package dev.rapport.benchmarks;

import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportOptions;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The local stack under load from wrk, a separate process on loopback: {@value #CUSTOMERS}
 * customers, each with its own token, sending chat turns through the whole stack (HTTP, JWT,
 * handler, the DynamoDB engine, the curator on the stream). A figure to catch regressions, not a goal.
 */
final class Throughput {

    static final int CUSTOMERS = 16;
    static final int SECONDS = 20;
    static final int WARM_UP_SECONDS = 5;
    static final Path SCRIPT = Path.of("benchmarks", "target", "wrk-chat.lua");

    /** What wrk reported for the measured run. */
    record Result(double turnsPerSecond, String p50, String p99, long turns, long failures) {}

    private Throughput() {}

    /** Empty when wrk is not installed ({@code apt-get install wrk}). */
    static Optional<Result> measure() throws Exception {
        Optional<Path> wrk = wrk();
        if (wrk.isEmpty()) {
            return Optional.empty();
        }
        // Sixteen customers sending as fast as wrk can would meet their per-customer limit within a second.
        LocalRapportOptions options =
                LocalRapportOptions.ephemeral().withParameterOverrides(Map.of("CustomerTurnsPerMinute", "1000000"));
        try (LocalRapport stack = LocalRapport.start(options)) {
            List<String> tokens = IntStream.range(0, CUSTOMERS)
                    .mapToObj(i -> stack.mintToken("load-customer-" + i, List.of()))
                    .toList();
            Files.writeString(SCRIPT, script(tokens), StandardCharsets.UTF_8);
            String url = stack.baseUri().resolve("/v1/chat").toString();
            run(wrk.get(), url, WARM_UP_SECONDS);
            return Optional.of(parse(run(wrk.get(), url, SECONDS)));
        }
    }

    private static String run(Path wrk, String url, int seconds) throws Exception {
        Process process = new ProcessBuilder(
                        wrk.toString(),
                        "-t2",
                        "-c" + CUSTOMERS,
                        "-d" + seconds + "s",
                        "--latency",
                        "-s",
                        SCRIPT.toString(),
                        url)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return output;
    }

    static Result parse(String output) {
        long turns = Long.parseLong(find(output, "(\\d+) requests in"));
        long failures = find(output, "Non-2xx or 3xx responses: (\\d+)").isEmpty()
                ? 0
                : Long.parseLong(find(output, "Non-2xx or 3xx responses: (\\d+)"));
        return new Result(
                Double.parseDouble(find(output, "Requests/sec:\\s+([\\d.]+)")),
                find(output, "\\s50%\\s+(\\S+)"),
                find(output, "\\s99%\\s+(\\S+)"),
                turns,
                failures);
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Each request takes the next customer's token and the next message, Chinese and English in turn. */
    private static String script(List<String> tokens) {
        return """
            local tokens = {%s}
            local messages = {"我想了解一下配送时间，谢谢", "My order number is 10042, where is it?",
              "我住在杭州，周末能送到吗？", "Do you have this jacket in size M?"}
            local n = 0
            request = function()
              n = n + 1
              local body = '{"message":"' .. messages[(n %% #messages) + 1] .. '"}'
              return wrk.format("POST", nil, {["Authorization"] = "Bearer " .. tokens[(n %% #tokens) + 1],
                ["Content-Type"] = "application/json"}, body)
            end
            """.formatted(tokens.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")));
    }

    private static Optional<Path> wrk() {
        List<String> dirs =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        return dirs.stream()
                .map(d -> Path.of(d, "wrk"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
