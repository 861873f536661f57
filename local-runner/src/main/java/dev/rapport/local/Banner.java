package dev.rapport.local;

import dev.rapport.local.template.Route;
import java.util.TreeSet;

/** What a developer needs to know once the stack is up. */
final class Banner {

    private Banner() {}

    static String of(LocalRapport stack) {
        String base = "http://127.0.0.1:" + stack.httpPort();
        return String.join(
                System.lineSeparator(),
                "",
                "Rapport local stack is up.",
                "  web page      " + base + "/",
                "  HTTP API      " + base + "  ("
                        + String.join(
                                ", ",
                                stack.routes().routes().stream()
                                        .map(Route::routeKey)
                                        .toList()) + ")",
                "  token         curl -s -X POST " + base + "/local/token -d '{\"sub\":\"alice\"}'",
                "  health        " + base + "/local/health",
                "  events        " + base + "/local/events  (what was published to the EventBridge stand-in at "
                        + stack.eventBus().endpoint() + ")",
                "  exports       " + stack.exportDir() + "  (training-data export job's JSONL and manifests)",
                "  DynamoDB      " + stack.dynamoDbEndpoint() + "  (aws dynamodb list-tables --endpoint-url "
                        + stack.dynamoDbEndpoint() + ")",
                "  model         "
                        + (stack.modelProvider().equals("offline")
                                ? "offline engine: no language model, answers from the conversation so far"
                                : stack.modelProvider()),
                "  knowledge     "
                        + stack.knowledgeBase()
                                .map(kb -> "knowledge base stand-in "
                                        + String.join(", ", new TreeSet<>(kb.knowledgeBaseIds()))
                                        + " at " + kb.endpoint()
                                        + " (Retrieve over the demo documents and products); FAQs in memory")
                                .orElse("FAQs, passages and products in memory (KnowledgeBaseId=…, "
                                        + "ProductsKnowledgeBaseId=… for the managed paths)"),
                "Stop with Ctrl+C.",
                "");
    }
}
