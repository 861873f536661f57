package dev.rapport.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md as parts that each run rewrites on its own: a part sits between two HTML
 * comments naming it, and a run replaces only the parts it measured (appending a new one at the
 * end). Everything outside the markers — figures of runs too long for the full suite, notes written
 * by hand — stays as it is.
 */
final class BenchmarksDoc {

    static final Path PATH = Path.of("docs", "benchmarks.md");

    private BenchmarksDoc() {}

    static void write(Path doc, String part, String markdown) throws IOException {
        Files.createDirectories(doc.toAbsolutePath().getParent());
        String text = Files.exists(doc) ? Files.readString(doc) : "";
        Files.writeString(doc, replace(text, part, markdown));
    }

    static String replace(String text, String part, String markdown) {
        String begin = "<!-- benchmark part: " + part + " -->\n";
        String end = "<!-- end of part: " + part + " -->\n";
        String block = begin + markdown + (markdown.endsWith("\n") ? "" : "\n") + end;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            return text.substring(0, from) + block + text.substring(to + end.length());
        }
        return text.isEmpty()
                ? block
                : text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + block;
    }
}
