package dev.rapport.privacy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled bilingual snippets in {@code pii-corpus/*.jsonl}: text and the expected spans. */
final class PiiCorpus {

    static final List<String> FILES = List.of("zh-pii", "zh-near-miss", "zh-freeform", "en-pii", "en-near-miss", "en-freeform");

    record Expected(String type, int start, int end, String text) {}

    record Snippet(String id, String lang, String text, List<Expected> spans) {

        boolean nearMiss() {
            return spans.isEmpty();
        }
    }

    private PiiCorpus() {}

    static List<Snippet> load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Snippet> snippets = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = PiiCorpus.class.getResourceAsStream("/pii-corpus/" + file + ".jsonl");
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank()) {
                        snippets.add(checked(json.readValue(line, Snippet.class)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return snippets;
    }

    /** A label whose offsets do not point at its text is a corpus bug, not a miss. */
    private static Snippet checked(Snippet s) {
        for (Expected e : s.spans()) {
            if (!s.text().substring(e.start(), e.end()).equals(e.text())) {
                throw new IllegalStateException(s.id() + ": span " + e + " does not match the text");
            }
        }
        return s;
    }
}
