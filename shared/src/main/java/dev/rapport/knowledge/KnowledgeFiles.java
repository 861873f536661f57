package dev.rapport.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The knowledge a directory ships: {@code faqs.jsonl} (one {@code {"kind":"faq",…}} per line) and
 * {@code documents/<id>-<zh|en>.md}, whose first line is {@code # Title}. The demo store is one.
 */
public record KnowledgeFiles(List<FaqEntry> faqs, List<KnowledgeDocument> documents) {

    public static KnowledgeFiles read(Path directory) {
        try {
            List<FaqEntry> faqs = new ArrayList<>();
            Path faqFile = directory.resolve("faqs.jsonl");
            if (Files.exists(faqFile)) {
                for (String line : Files.readAllLines(faqFile, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        faqs.add(faq(Json.MAPPER.readTree(line)));
                    }
                }
            }
            List<KnowledgeDocument> documents = new ArrayList<>();
            Path docs = directory.resolve("documents");
            if (Files.isDirectory(docs)) {
                try (Stream<Path> files = Files.list(docs)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".md"))
                            .sorted()
                            .toList()) {
                        documents.add(markdown(file));
                    }
                }
            }
            return new KnowledgeFiles(faqs, documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSONL line of kind {@code faq}. */
    public static FaqEntry faq(JsonNode node) {
        return new FaqEntry(
                node.path("id").asText(),
                node.path("question").asText(),
                strings(node.path("alternatives")),
                node.path("answer").asText(),
                node.path("locale").asText(),
                strings(node.path("tags")));
    }

    private static KnowledgeDocument markdown(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] titleAndBody = text.split("\n", 2);
        String title = titleAndBody[0].replaceFirst("^#\\s*", "").strip();
        String locale = name.endsWith("-zh") ? "zh" : "en";
        return new KnowledgeDocument(
                name, title, locale, titleAndBody.length > 1 ? titleAndBody[1].strip() : "", List.of());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The snapshot an index is built from, embedded with the embedder when there is one. */
    public KnowledgeSnapshot snapshot(Embedder embedder) {
        Chunker chunker = new Chunker(Chunker.DEFAULT_MAX_CHARS);
        List<Embedded<FaqEntry>> embeddedFaqs = faqs.stream()
                .map(f -> embedder == null
                        ? Embedded.plain(f)
                        : new Embedded<>(f, embedder.name(), embedder.embed(f.embeddingText())))
                .toList();
        List<Embedded<Passage>> passages = documents.stream()
                .flatMap(d -> chunker.chunk(d).stream())
                .map(p -> embedder == null
                        ? Embedded.plain(p)
                        : new Embedded<>(p, embedder.name(), embedder.embed(p.embeddingText())))
                .toList();
        return new KnowledgeSnapshot(embeddedFaqs, passages);
    }
}
