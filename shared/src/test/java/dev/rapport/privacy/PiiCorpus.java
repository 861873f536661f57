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

    /** Labelled for the six types found from digits and '@'; they predate names and messaging ids. */
    static final List<String> FILES =
            List.of("zh-pii", "zh-near-miss", "zh-freeform", "en-pii", "en-near-miss", "en-freeform");

    /** Names and WeChat/QQ ids: the set the rules were tuned on. */
    static final List<String> NAME_TUNING = List.of("names-tuning-zh", "names-tuning-en");

    /** Names and WeChat/QQ ids written with the tuning set, before the rules, and never tuned on. */
    static final List<String> NAME_HELD_OUT = List.of("names-heldout-zh", "names-heldout-en");

    record Expected(String type, int start, int end, String text) {}

    record Snippet(String id, String lang, String text, List<Expected> spans) {

        boolean nearMiss() {
            return spans.isEmpty();
        }
    }

    private PiiCorpus() {}

    static List<Snippet> load() {
        return load(FILES);
    }

    static List<Snippet> load(List<String> files) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Snippet> snippets = new ArrayList<>();
        for (String file : files) {
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
