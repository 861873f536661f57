package dev.rapport.benchmarks;

import dev.rapport.testing.BedrockConversationFormat;
import dev.rapport.testing.PiiCorpusValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The export's data file read back: lines, lines outside Bedrock's format, corpus PII values found. */
record ExportOutput(long bytes, long lines, long malformed, long leaks, int corpusValues, List<String> leaked) {

    static ExportOutput check(Path data) throws IOException {
        Set<String> pii = PiiCorpusValues.all();
        long lines = 0;
        long malformed = 0;
        long leaks = 0;
        List<String> leaked = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                malformed += BedrockConversationFormat.violations(line).isEmpty() ? 0 : 1;
                for (String value : pii) {
                    if (line.contains(value)) {
                        leaks++;
                        if (leaked.size() < 5) {
                            leaked.add(value);
                        }
                    }
                }
            }
        }
        return new ExportOutput(Files.size(data), lines, malformed, leaks, pii.size(), leaked);
    }
}
