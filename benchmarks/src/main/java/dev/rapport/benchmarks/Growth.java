package dev.rapport.benchmarks;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.identity.Caller;
import dev.rapport.testing.TestDynamoDb;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One conversation of 100 turns: prompt tokens at turns 1, 10, 50 and 100, whether the first
 * turn's fact is still answered at the end, and the largest item the session left behind.
 */
record Growth(Map<Integer, Integer> promptTokens, boolean earlyFactAnswered, int largestItemBytes, String largestItem) {

    static final int TURNS = 100;
    private static final Set<Integer> SAMPLED = Set.of(1, 10, 50, 100);

    static Growth measure(ChatService chat, TimedCalls calls, TestDynamoDb dynamo, String conversations) {
        Caller caller = new Caller("growth-" + UUID.randomUUID(), Set.of());
        Map<Integer, Integer> tokens = new LinkedHashMap<>();
        String session = null;
        for (int turn = 1; turn <= TURNS; turn++) {
            String message = turn == 1
                    ? "My order number is 88231 and the parcel should go to the Hangzhou office"
                    : "Turn " + turn + ": I am still comparing the grey and the navy jacket, size "
                            + (turn % 2 == 0 ? "M" : "L") + ", and delivery before Friday matters to me";
            ChatReply reply = chat.chat(caller, new ChatCommand(message, session, null, "en", null));
            session = reply.sessionId();
            if (SAMPLED.contains(turn)) {
                tokens.put(turn, calls.lastInputTokens());
            }
        }
        ChatReply last = chat.chat(caller, new ChatCommand("What is my order number?", session, null, "en", null));
        String[] largest = {"", ""};
        int[] size = {0};
        try (DynamoDbClient client = dynamo.client()) {
            client.scanPaginator(b -> b.tableName(conversations)).items().forEach(item -> {
                if (item.get("sessionId") != null && session(item).equals(last.sessionId())) {
                    int bytes = itemBytes(item);
                    if (bytes > size[0]) {
                        size[0] = bytes;
                        largest[0] = item.get("sk").s();
                    }
                }
            });
        }
        return new Growth(tokens, last.reply().contains("88231"), size[0], largest[0]);
    }

    double ratio100to10() {
        return promptTokens.get(100) / (double) promptTokens.get(10);
    }

    private static String session(Map<String, AttributeValue> item) {
        return item.get("sessionId").s();
    }

    /** DynamoDB's item size rule: attribute names plus values (strings as UTF-8, numbers about half their digits). */
    static int itemBytes(Map<String, AttributeValue> item) {
        int bytes = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length;
            AttributeValue v = e.getValue();
            if (v.s() != null) {
                bytes += v.s().getBytes(StandardCharsets.UTF_8).length;
            } else if (v.n() != null) {
                bytes += (v.n().length() + 1) / 2 + 1;
            } else {
                bytes += 1;
            }
        }
        return bytes;
    }
}
