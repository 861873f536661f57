package dev.rapport.local.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk import with one command: each JSONL line goes to the admin API with a support admin's token,
 * so the same file loads the local stack or a deployed stage. Lines are {@code {"kind":"faq",…}}
 * ({@code PUT /v1/kb/faq/{id}}), {@code {"kind":"document",…}} ({@code POST /v1/kb/documents}) and
 * {@code {"kind":"product",…}} ({@code PUT /v1/kb/products/{sku}}); the knowledge graph's lines
 * {@code {"type":"node",…}} ({@code PUT /v1/kb/graph/nodes/{id}}) and {@code {"type":"edge",…}}
 * ({@code PUT /v1/kb/graph/edges/{from}/{kind}/{to}}), nodes before the edges that name them.
 *
 * <pre>java … dev.rapport.local.knowledge.KnowledgeImport FILE.jsonl API_BASE_URL TOKEN</pre>
 */
public final class KnowledgeImport {

    /** One line's outcome: its number, what it was, and the API's status (0 when it was not sent). */
    public record Outcome(int line, String what, int status, String detail) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String token;

    public KnowledgeImport(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: KnowledgeImport FILE.jsonl API_BASE_URL TOKEN");
            System.exit(2);
        }
        List<Outcome> outcomes = new KnowledgeImport(URI.create(args[1]), args[2]).run(Path.of(args[0]));
        outcomes.forEach(o ->
                System.out.println(o.line() + "\t" + o.status() + "\t" + o.what() + (o.ok() ? "" : "\t" + o.detail())));
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        System.out.println(outcomes.size() - failed + " imported, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    public List<Outcome> run(Path file) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                outcomes.add(send(i + 1, lines.get(i)));
            }
        }
        return outcomes;
    }

    private Outcome send(int number, String line) {
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return new Outcome(number, "?", 0, "not JSON");
        }
        if (!(parsed instanceof ObjectNode node)) {
            return new Outcome(number, "?", 0, "not a JSON object");
        }
        String type = node.path("type").asText();
        if (type.equals("node") || type.equals("edge")) {
            return send(number, type, graphLine(type, node));
        }
        String kind = node.path("kind").asText();
        node.remove("kind");
        HttpRequest.Builder request = switch (kind) {
            case "faq" -> put("/v1/kb/faq/" + segment(node.remove("id")), node);
            case "product" -> put("/v1/kb/products/" + segment(node.path("sku")), node);
            case "document" ->
                HttpRequest.newBuilder(base.resolve("/v1/kb/documents"))
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(node)));
            default -> null;
        };
        if (request == null) {
            return new Outcome(number, kind, 0, "kind must be faq, document or product");
        }
        return send(number, kind, request);
    }

    /** A graph node is put under its id; an edge under its three-part path, with its notes and attributes. */
    private HttpRequest.Builder graphLine(String type, ObjectNode node) {
        node.remove("type");
        if (type.equals("node")) {
            return put("/v1/kb/graph/nodes/" + segment(node.remove("id")), node);
        }
        String path = "/v1/kb/graph/edges/" + segment(node.remove("from")) + "/" + segment(node.remove("kind")) + "/"
                + segment(node.remove("to"));
        return put(path, node);
    }

    private Outcome send(int number, String kind, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.header("content-type", "application/json")
                            .header("authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Outcome(number, kind, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Outcome(number, kind, 0, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(number, kind, 0, "interrupted");
        }
    }

    private HttpRequest.Builder put(String path, JsonNode body) {
        return HttpRequest.newBuilder(base.resolve(path)).PUT(HttpRequest.BodyPublishers.ofString(Json.write(body)));
    }

    private static String segment(JsonNode id) {
        return URLEncoder.encode(id == null ? "" : id.asText(), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
