package dev.rapport.local.integrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.config.Environment;
import dev.rapport.integrations.BusinessEvents;
import dev.rapport.json.Json;
import dev.rapport.wiring.IntegrationApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A first sync: each JSONL line is one business event — an EventBridge envelope, or just its
 * {@code detail-type} and {@code detail} — applied by the same use case as the bus's, straight to the
 * tables named by {@code ORDERS_TABLE} and {@code MEMORY_TABLE} (the local engine, or AWS with its usual
 * credentials and {@code AWS_ENDPOINT_URL_DYNAMODB}). A line without {@code id} gets {@code import-<line>};
 * without {@code time}, now. Safe to run again: nothing is applied twice or over a newer version.
 *
 * <pre>java … dev.rapport.local.integrations.BusinessImport FILE.jsonl</pre>
 */
public final class BusinessImport {

    /** One line's outcome. */
    public record Outcome(int line, String result, String reason) {}

    private final BusinessEvents events;
    private final Clock clock;

    public BusinessImport(BusinessEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BusinessImport FILE.jsonl");
            System.exit(2);
        }
        BusinessEvents events =
                IntegrationApplication.fromEnvironment(Environment.system()).events();
        List<Outcome> outcomes = new BusinessImport(events, Clock.systemUTC()).run(Path.of(args[0]));
        outcomes.forEach(
                o -> System.out.println(o.line() + "\t" + o.result() + (o.reason() == null ? "" : "\t" + o.reason())));
        long refused = outcomes.stream().filter(o -> o.reason() != null).count();
        System.out.println(outcomes.size() - refused + " applied or already current, " + refused + " refused");
        System.exit(refused == 0 ? 0 : 1);
    }

    public List<Outcome> run(Path file) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    BusinessEvents.Outcome outcome = events.apply(envelope(line, number));
                    outcomes.add(new Outcome(number, outcome.result(), outcome.reason()));
                }
            }
        }
        return outcomes;
    }

    private String envelope(String line, int number) {
        try {
            JsonNode node = Json.MAPPER.readTree(line);
            if (node instanceof ObjectNode envelope) {
                if (!envelope.hasNonNull("id")) {
                    envelope.put("id", "import-" + number);
                }
                if (!envelope.hasNonNull("time")) {
                    envelope.put("time", clock.instant().toString());
                }
                return envelope.toString();
            }
        } catch (JsonProcessingException e) {
            // handed on as it is: the use case refuses it with its reason
        }
        return line;
    }
}
