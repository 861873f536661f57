package dev.rapport.smoke;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One run of the smoke main as a shell would see it: the exit status and what it printed. */
record SmokeRun(int exit, String out, String err) {

    static SmokeRun of(List<String> args, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Smoke.run(
                args,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new SmokeRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static SmokeRun of(SmokeOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Smoke.run(options, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new SmokeRun(exit, out.toString(StandardCharsets.UTF_8), "");
    }

    /** The table row of {@code check}. */
    String row(String check) {
        return out.lines()
                .filter(line -> line.startsWith(check + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + check + " in\n" + out));
    }
}
