package dev.rapport.smoke;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar rapport-smoke.jar --api <base url>} with a customer's token: checks a stack end to
 * end over its HTTP API, prints a pass/fail table, and exits 0 only if every check passed.
 * {@code scripts/smoke.sh} finds the URL and makes the throwaway customer.
 */
public final class Smoke {

    static final int ALL_PASSED = 0;
    static final int SOME_FAILED = 1;
    static final int BAD_OPTIONS = 2;

    private Smoke() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(SmokeOptions.USAGE);
            return ALL_PASSED;
        }
        SmokeOptions options;
        try {
            options = SmokeOptions.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("smoke: " + e.getMessage());
            err.println(SmokeOptions.USAGE);
            return BAD_OPTIONS;
        }
        return run(options, out);
    }

    static int run(SmokeOptions options, PrintStream out) {
        ApiClient api = new ApiClient(options.api(), options.token(), options.requestTimeout());
        List<SmokeCheck> checks = checks(options);
        SmokeReport report = new SmokeReport(out, checks);
        report.header(options.api());
        List<SmokeResult> results = new ArrayList<>();
        for (SmokeCheck check : checks) {
            results.add(report.row(SmokeResult.of(check, api)));
        }
        report.summary(results);
        return results.stream().allMatch(SmokeResult::passed) ? ALL_PASSED : SOME_FAILED;
    }

    /** In this order; erasure last, since it forgets the customer the others used. */
    static List<SmokeCheck> checks(SmokeOptions options) {
        return List.of(
                new ChatTurnCheck(),
                new PhotoQuestionCheck(),
                new MemoryRoundTripCheck(options.memoryDeadline(), options.pollInterval()),
                new ErasureCheck());
    }
}
