package dev.rapport.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every labelled personal value of the PII corpus (its spans' text): what an output scan looks for. */
public final class PiiCorpusValues {

    private static final List<String> FILES = List.of("zh-pii", "zh-freeform", "en-pii", "en-freeform");

    private PiiCorpusValues() {}

    public static Set<String> all() {
        Set<String> values = new LinkedHashSet<>();
        snippetsWithPii().forEach(s -> values.addAll(s.values()));
        return values;
    }

    /** @param values the personal values inside {@code text} */
    public record Snippet(String text, List<String> values) {}

    public static List<Snippet> snippetsWithPii() {
        List<Snippet> snippets = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = PiiCorpusValues.class.getResourceAsStream("/pii-corpus/" + file + ".jsonl");
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode snippet = Json.MAPPER.readTree(line);
                    List<String> values = new ArrayList<>();
                    snippet.path("spans")
                            .forEach(span -> values.add(span.path("text").asText()));
                    if (!values.isEmpty()) {
                        snippets.add(new Snippet(snippet.path("text").asText(), values));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return snippets;
    }
}
