package dev.rapport.smoke;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;

/** The pass/fail table, a row printed as each check ends: check, PASS or FAIL, milliseconds, one line of detail. */
final class SmokeReport {

    static final int DETAIL_LIMIT = 160;

    private final PrintStream out;
    private final int nameWidth;

    SmokeReport(PrintStream out, List<SmokeCheck> checks) {
        this.out = out;
        this.nameWidth = checks.stream().mapToInt(c -> c.name().length()).reduce("check".length(), Math::max);
    }

    void header(URI api) {
        out.println("Rapport smoke test: " + api);
        out.println(line("check", "result", "ms", "detail"));
    }

    SmokeResult row(SmokeResult result) {
        out.println(line(
                result.check(),
                result.passed() ? "PASS" : "FAIL",
                Long.toString(result.millis()),
                oneLine(result.detail())));
        out.flush();
        return result;
    }

    void summary(List<SmokeResult> results) {
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println(
                failed == 0
                        ? "PASS: all " + results.size() + " checks passed"
                        : "FAIL: " + failed + " of " + results.size() + " checks failed");
        out.flush();
    }

    private String line(String check, String result, String millis, String detail) {
        return String.format("%-" + nameWidth + "s  %-6s %7s  %s", check, result, millis, detail)
                .stripTrailing();
    }

    /** Whatever a detail holds, it is one line of bounded length in the table. */
    static String oneLine(String detail) {
        String flat = detail == null ? "" : detail.replaceAll("\\s+", " ").strip();
        return flat.length() <= DETAIL_LIMIT ? flat : flat.substring(0, DETAIL_LIMIT - 3) + "...";
    }
}
