package dev.rapport.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import dev.rapport.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * A graph as JSONL, one node or edge a line: {@code {"type":"node","id":…,"kind":…,"nameZh":…}} or
 * {@code {"type":"edge","from":…,"kind":…,"to":…}}, each checked as the admin routes check it.
 */
public record GraphFile(List<GraphNode> nodes, List<GraphEdge> edges) {

    public GraphFile {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** @throws ProblemException naming the first faulty line */
    public static GraphFile parse(List<String> lines) {
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode line = Json.MAPPER.readTree(lines.get(i));
                switch (line.path("type").asText()) {
                    case "node" -> nodes.add(GraphInput.node(line.path("id").asText(null), line));
                    case "edge" ->
                        edges.add(GraphInput.edge(
                                line.path("from").asText(null),
                                line.path("kind").asText(""),
                                line.path("to").asText(null),
                                line));
                    default -> throw ProblemException.badRequest("invalid-field", "'type' must be node or edge.");
                }
            } catch (JsonProcessingException e) {
                throw ProblemException.badRequest("invalid-json", "Line " + (i + 1) + " is not JSON.");
            } catch (ProblemException e) {
                throw ProblemException.badRequest(
                        "invalid-line", "Line " + (i + 1) + ": " + e.problem().detail());
            }
        }
        return new GraphFile(nodes, edges);
    }
}
