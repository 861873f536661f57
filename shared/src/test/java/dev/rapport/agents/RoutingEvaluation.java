package dev.rapport.agents;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a routing set through a supervisor: lead accuracy, lead and helpers exactly, and the confusion
 * between specialists, overall and per language. Shared by the tests and the benchmarks module.
 */
public final class RoutingEvaluation {

    public static final String HELD_OUT = "/routing/held-out.jsonl";
    public static final String TUNING = "/routing/tuning.jsonl";

    private RoutingEvaluation() {}

    public static RoutingReport run(String resource, Supervisor supervisor) {
        RoutingReport report = new RoutingReport();
        for (RoutingCase c : load(resource)) {
            Route route = supervisor.route(c.input());
            boolean exact = route.lead() == c.expectedLead()
                    && Set.copyOf(route.helpers()).equals(c.expectedHelpers());
            report.add(c, route, exact);
        }
        return report;
    }

    /** The set's turns as the supervisor sees them, without labels: for timing the rules. */
    public static List<RoutingInput> inputs(String resource) {
        return load(resource).stream().map(RoutingCase::input).toList();
    }

    public static List<RoutingCase> load(String resource) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (var in = Objects.requireNonNull(RoutingEvaluation.class.getResourceAsStream(resource), resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        try {
                            return json.readValue(line, RoutingCase.class);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
