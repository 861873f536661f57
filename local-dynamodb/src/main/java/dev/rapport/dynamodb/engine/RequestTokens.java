package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.DynamoDbException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code ClientRequestToken}s of successful transactions, for 10 minutes, as DynamoDB keeps them. */
final class RequestTokens {

    private static final Duration VALID = Duration.ofMinutes(10);

    private record Done(String request, Instant until) {}

    private final Map<String, Done> done = new ConcurrentHashMap<>();
    private final Clock clock;

    RequestTokens(Clock clock) {
        this.clock = clock;
    }

    /** True when this token already committed this very request; a different request under it is refused. */
    boolean alreadyDone(String token, JsonNode body) {
        if (token == null) {
            return false;
        }
        Instant now = clock.instant();
        done.values().removeIf(d -> d.until().isBefore(now));
        Done previous = done.get(token);
        if (previous == null) {
            return false;
        }
        if (!previous.request().equals(fingerprint(body))) {
            throw DynamoDbException.client(
                    "IdempotentParameterMismatchException",
                    "The request uses the same client token as a previous, but non-identical request.");
        }
        return true;
    }

    void remember(String token, JsonNode body) {
        if (token != null) {
            done.put(token, new Done(fingerprint(body), clock.instant().plus(VALID)));
        }
    }

    private static String fingerprint(JsonNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove("ClientRequestToken");
        copy.remove("ReturnConsumedCapacity");
        copy.remove("ReturnItemCollectionMetrics");
        return copy.toString();
    }
}
