package dev.rapport.local.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.local.testing.Repository;
import dev.rapport.testing.TestContext;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every function's shaded jar, in a JVM of its own, writes Powertools' Lambda JSON log lines: the
 * jar carries a trimmed Log4j plugin cache (LogPluginCacheTest), so a plugin the layout needs and
 * the cache lost would show here as a changed line or a Log4j error on stderr.
 */
class FunctionLogLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTEXT_FIELDS = List.of(
            "level",
            "message",
            "cold_start",
            "function_arn",
            "function_memory_size",
            "function_name",
            "function_request_id",
            "function_version",
            "service",
            "timestamp",
            "sessionId");

    @Test
    void everyFunctionJarWritesTheLambdaJsonLinesWithTheContextAndTheError() throws Exception {
        for (String module : new TreeSet<>(Repository.buildTargets().values())) {
            Path jar = jar(module);
            assertThat(jar).as("%s jar (package the functions first)", module).isRegularFile();
            Run run = probe(jar);
            List<JsonNode> lines = logLines(run.stdout());

            assertThat(run.stderr()).as(module).doesNotContain("StatusLogger").doesNotContain("ERROR");
            assertThat(lines).as(module).hasSizeGreaterThanOrEqualTo(2);
            JsonNode info = lines.get(0);
            assertThat(fields(info)).as(module).containsExactlyElementsOf(CONTEXT_FIELDS);
            assertThat(info.path("message").asText()).isEqualTo("turn answered in 12 ms");
            assertThat(info.path("function_request_id").asText()).isEqualTo("req-probe-1");
            assertThat(info.path("function_memory_size").asInt()).isEqualTo(1024);
            assertThat(info.path("service").asText()).isEqualTo("rapport-probe-service");
            assertThat(info.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            JsonNode error = lines.get(1);
            assertThat(error.path("level").asText()).isEqualTo("ERROR");
            assertThat(fields(error.path("error"))).containsExactly("message", "name", "stack");
            assertThat(error.path("error").path("name").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(error.path("error").path("stack").asText()).contains("LogLineProbe");
        }
    }

    @Test
    void theChatJarCarriesOnlyTheTrimmedPluginCache() throws IOException {
        try (ZipFile zip = new ZipFile(jar("functions/chat").toFile())) {
            String cache = new String(
                    zip.getInputStream(zip.getEntry(
                                    "META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat"))
                            .readAllBytes(),
                    StandardCharsets.ISO_8859_1);
            assertThat(cache).contains("JsonTemplateLayout").contains("PowertoolsResolverFactory");
            assertThat(cache).doesNotContain("RollingFileAppender").doesNotContain("JndiLookup");
        }
    }

    private static Path jar(String module) {
        return Repository.ROOT
                .resolve(module)
                .resolve("target")
                .resolve(Path.of(module).getFileName() + "-function.jar");
    }

    private static Run probe(Path jar) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The jar first, then the probe and its test context: nothing else on the class path.
        String classPath = String.join(
                File.pathSeparator, jar.toString(), location(LogLineProbe.class), location(TestContext.class));
        Path stderr = Files.createTempFile("probe", ".err");
        ProcessBuilder builder =
                new ProcessBuilder(java, "-cp", classPath, LogLineProbe.class.getName()).redirectError(stderr.toFile());
        builder.environment().put("POWERTOOLS_SERVICE_NAME", "rapport-probe-service");
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String errors = Files.readString(stderr);
        Files.delete(stderr);
        assertThat(exit).as("probe exit on %s: %s", jar, errors).isZero();
        return new Run(stdout, errors);
    }

    private static String location(Class<?> type) {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString();
    }

    private static List<JsonNode> logLines(String stdout) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.startsWith("{\"level\"")) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private record Run(String stdout, String stderr) {}
}
