package dev.rapport.local.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rapport.json.Json;
import dev.rapport.knowledge.KnowledgeFiles;
import dev.rapport.knowledge.KnowledgeIndex;
import dev.rapport.knowledge.KnowledgeSnapshot;
import dev.rapport.knowledge.Retrieved;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for an Amazon Bedrock knowledge base, started when the template's
 * {@code KnowledgeBaseId} or {@code ProductsKnowledgeBaseId} is set: it speaks {@code Retrieve}'s
 * wire format ({@code POST /knowledgebases/{id}/retrieve}) and answers from the demo store's document
 * passages, ranked by words, with the metadata a business would sync ({@code passageId},
 * {@code documentId}, {@code title}, {@code language}, {@code kind}); asked for {@code kind} =
 * {@code product}, from the demo store's products ({@code sku}, {@code category}, {@code price}),
 * honouring the category and price filters. The chat function reaches it through the real SDK
 * client, pointed here by the SDK's own {@code aws.endpointUrlBedrockAgentRuntime} setting.
 */
public final class LocalKnowledgeBase implements AutoCloseable {

    private static final int DEFAULT_RESULTS = 5;

    private final HttpServer server;
    private final Set<String> knowledgeBaseIds;
    private final KnowledgeIndex passages;
    private final LocalProducts products;
    private final AtomicInteger retrievals = new AtomicInteger();

    private LocalKnowledgeBase(
            HttpServer server, Set<String> knowledgeBaseIds, KnowledgeIndex passages, LocalProducts products) {
        this.server = server;
        this.knowledgeBaseIds = knowledgeBaseIds;
        this.passages = passages;
        this.products = products;
    }

    /** Serves the documents under {@code demoStore} (none when it is missing). */
    public static LocalKnowledgeBase start(String knowledgeBaseId, Path demoStore) {
        return start(Set.of(knowledgeBaseId), demoStore);
    }

    /** Serves the documents and products under {@code demoStore} under each of these ids. */
    public static LocalKnowledgeBase start(Set<String> knowledgeBaseIds, Path demoStore) {
        KnowledgeSnapshot documents =
                Files.isDirectory(demoStore) ? KnowledgeFiles.read(demoStore).snapshot(null) : KnowledgeSnapshot.EMPTY;
        // The passages only: in managed mode the FAQs stay in the chat function's memory.
        KnowledgeIndex index = new KnowledgeIndex(new KnowledgeSnapshot(List.of(), documents.passages()), null, 1.0);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            LocalKnowledgeBase base =
                    new LocalKnowledgeBase(server, Set.copyOf(knowledgeBaseIds), index, LocalProducts.read(demoStore));
            server.setExecutor(Executors.newFixedThreadPool(
                    2, Thread.ofPlatform().daemon().name("local-knowledge-base").factory()));
            server.createContext("/knowledgebases/", base::handle);
            server.start();
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Set<String> knowledgeBaseIds() {
        return knowledgeBaseIds;
    }

    /** How many Retrieve calls it answered. */
    public int retrievals() {
        return retrievals.get();
    }

    /** How many passages it holds. */
    public int size() {
        return passages.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith("/retrieve")) {
                error(exchange, 404, "ResourceNotFoundException", "no such operation");
                return;
            }
            String id = path.substring("/knowledgebases/".length(), path.length() - "/retrieve".length());
            if (!knowledgeBaseIds.contains(id)) {
                error(exchange, 404, "ResourceNotFoundException", "no knowledge base with this id");
                return;
            }
            JsonNode request = Json.MAPPER.readTree(exchange.getRequestBody());
            String query = request.path("retrievalQuery").path("text").asText("");
            if (query.isBlank()) {
                error(exchange, 400, "ValidationException", "retrievalQuery.text is required");
                return;
            }
            JsonNode search = request.path("retrievalConfiguration").path("vectorSearchConfiguration");
            int results = search.path("numberOfResults").asInt(DEFAULT_RESULTS);
            LocalProducts.Filters filters = LocalProducts.Filters.of(search.path("filter"));
            retrievals.incrementAndGet();
            ObjectNode response = Json.MAPPER.createObjectNode();
            ArrayNode found = response.putArray("retrievalResults");
            if ("product".equals(filters.kind())) {
                products.search(query, filters, results).forEach(found::add);
            } else if (filters.kind() == null || "passage".equals(filters.kind())) {
                for (Retrieved passage : passages.search(query, results)) {
                    if (passage.score() > 0) {
                        found.add(result(passage));
                    }
                }
            }
            byte[] body = Json.write(response).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (RuntimeException e) {
            error(exchange, 500, "InternalServerException", "local knowledge base failed");
        }
    }

    private static ObjectNode result(Retrieved passage) {
        String documentId = passage.id().substring(0, passage.id().indexOf('#'));
        String uri = "s3://rapport-local-knowledge-base/" + passage.id().replace('#', '-') + ".txt";
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.putObject("content").put("type", "TEXT").put("text", passage.text());
        result.putObject("location").put("type", "S3").putObject("s3Location").put("uri", uri);
        result.put("score", passage.score());
        result.putObject("metadata")
                .put("passageId", passage.id())
                .put("documentId", documentId)
                .put("title", passage.title())
                .put("language", passage.locale())
                .put("kind", "passage")
                .put("x-amz-bedrock-kb-source-uri", uri);
        return result;
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        byte[] body = Json.write(Json.MAPPER.createObjectNode().put("message", message))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("x-amzn-ErrorType", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
