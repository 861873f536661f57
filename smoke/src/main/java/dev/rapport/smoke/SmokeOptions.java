package dev.rapport.smoke;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to check and how long to wait.
 *
 * @param api the HTTP API's base URL (the stack's {@code ApiUrl} output)
 * @param token a customer's bearer token; the last check erases that customer
 * @param memoryDeadline how long the memory round trip waits for the curator
 * @param pollInterval how long it waits between two reads of the memories
 * @param requestTimeout how long any one request may take
 */
record SmokeOptions(URI api, String token, Duration memoryDeadline, Duration pollInterval, Duration requestTimeout) {

    static final String TOKEN_VARIABLE = "RAPPORT_SMOKE_TOKEN";
    static final Duration DEFAULT_MEMORY_DEADLINE = Duration.ofSeconds(60);
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(500);
    /** A little over the functions' 29 s timeout, so a slow answer is told apart from no answer. */
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(35);

    static final String USAGE = """
        usage: java -jar rapport-smoke.jar --api <base url> [--token <jwt>] [--memory-deadline <seconds>]
                                           [--request-timeout <seconds>]
          --api              the HTTP API's base URL (the stack's ApiUrl output)
          --token            a customer's bearer token; or set RAPPORT_SMOKE_TOKEN, which keeps it out of ps
          --memory-deadline  seconds a stated preference may take to be remembered (default 60)
          --request-timeout  seconds any one request may take (default 35)
        The last check erases the token's customer: use a throwaway user.
        Exit status: 0 when every check passed, 1 when one failed, 2 for bad options.\
        """;

    private static final Set<String> NAMES = Set.of("--api", "--token", "--memory-deadline", "--request-timeout");

    /** @throws IllegalArgumentException saying what is wrong with the options */
    static SmokeOptions parse(List<String> args, Map<String, String> env) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            given.put(name, args.get(i + 1));
        }
        String token = given.getOrDefault("--token", env.getOrDefault(TOKEN_VARIABLE, ""))
                .strip();
        if (token.isEmpty()) {
            throw new IllegalArgumentException("a token is needed: --token <jwt> or " + TOKEN_VARIABLE);
        }
        return new SmokeOptions(
                api(given.get("--api")),
                token,
                seconds(given, "--memory-deadline", DEFAULT_MEMORY_DEADLINE),
                DEFAULT_POLL_INTERVAL,
                seconds(given, "--request-timeout", DEFAULT_REQUEST_TIMEOUT));
    }

    private static URI api(String value) {
        if (value == null) {
            throw new IllegalArgumentException("--api <base url> is needed");
        }
        try {
            URI api = new URI(value);
            if (("http".equals(api.getScheme()) || "https".equals(api.getScheme()))
                    && api.getHost() != null
                    && api.getQuery() == null
                    && api.getFragment() == null) {
                return api;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException(
                "--api must be an http(s) URL such as https://abc123.execute-api.eu-west-1.amazonaws.com");
    }

    private static Duration seconds(Map<String, String> given, String name, Duration fallback) {
        String value = given.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("\\d{1,5}") || Integer.parseInt(value) == 0) {
            throw new IllegalArgumentException(name + " takes a whole number of seconds, at least 1");
        }
        return Duration.ofSeconds(Integer.parseInt(value));
    }
}
