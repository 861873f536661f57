package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.template.CloudFormationYaml;
import dev.rapport.local.testing.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Per function: the jar Lambda loads and the IAM actions it is granted, printed so growth is
 * visible in every build, and held to the limits the project set itself.
 *
 * <p>{@code ./mvnw -q verify -pl local-runner -am -Dtest=FunctionFootprintTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmaven.test.redirectTestOutputToFile=false}
 */
class FunctionFootprintTest {

    private static final Path ROOT = Repository.ROOT;
    private static final long MAX_JAR_BYTES = 20L * 1024 * 1024;
    /**
     * The voice function alone carries Transcribe streaming, whose event stream needs an async HTTP/2
     * client: Netty's adds about 4 MB (the CRT client's aws-crt jar alone is 23.6 MB), so it has a budget of its own.
     */
    private static final Map<String, Long> OWN_BUDGETS = Map.of("VoiceInquiryFunction", 25L * 1024 * 1024);
    /** Actions with no resource-level permissions, granted on "*" because nothing narrower exists. */
    private static final Set<String> UNSCOPABLE = Set.of("transcribe:StartStreamTranscription");

    @Test
    void everyFunctionStaysSmallAndLeastPrivileged() throws IOException {
        Map<String, Object> resources = section(CloudFormationYaml.read(ROOT.resolve("template.yaml")), "Resources");
        Map<String, String> modules = Repository.buildTargets();
        Map<String, String> rows = new TreeMap<>();
        resources.forEach((id, resource) -> {
            Map<String, Object> definition = section(Map.of("r", resource), "r");
            if (!"AWS::Serverless::Function".equals(definition.get("Type"))) {
                return;
            }
            List<Map<String, Object>> statements =
                    statements(section(definition, "Properties").get("Policies"));
            long actions = statements.stream()
                    .mapToLong(s -> list(s.get("Action")).size())
                    .sum();
            assertThat(statements)
                    .as("%s grants nothing on every resource", id)
                    .noneMatch(s ->
                            list(s.get("Resource")).contains("*") && !UNSCOPABLE.containsAll(list(s.get("Action"))));
            Path jar = jar(modules.get(id));
            assertThat(jar).as("%s jar (package the functions first)", id).isRegularFile();
            long bytes = size(jar);
            assertThat(bytes).as("%s jar size", id).isLessThanOrEqualTo(OWN_BUDGETS.getOrDefault(id, MAX_JAR_BYTES));
            rows.put(id, String.format("%-24s %8.1f MB %6d IAM actions", id, bytes / 1048576.0, actions));
        });
        assertThat(rows).isNotEmpty();
        System.out.println("function                     jar        IAM");
        rows.values().forEach(System.out::println);
    }

    private static Path jar(String module) {
        try (Stream<Path> files = Files.list(ROOT.resolve(module).resolve("target"))) {
            // The shaded jar, not a stale original-*.jar the shade plugin may have left beside it.
            return files.map(Path::getFileName)
                    .map(Path::toString)
                    .filter(name -> name.endsWith("-function.jar") && !name.startsWith("original-"))
                    .map(name -> ROOT.resolve(module).resolve("target").resolve(name))
                    .findFirst()
                    .orElse(ROOT.resolve(module).resolve("target/missing-function.jar"));
        } catch (IOException e) {
            return ROOT.resolve(module).resolve("target/missing-function.jar");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Statements of inline policies; {@code !If} branches count both ways, as either may deploy. */
    private static List<Map<String, Object>> statements(Object policies) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : list(policies)) {
            for (Object statement : list(section(Map.of("p", policy), "p").get("Statement"))) {
                collect(statement, statements);
            }
        }
        return statements;
    }

    private static void collect(Object statement, List<Map<String, Object>> into) {
        Map<String, Object> map = section(Map.of("s", statement), "s");
        if (map.containsKey("Fn::If")) {
            List<Object> branches = list(map.get("Fn::If"));
            branches.subList(1, branches.size()).forEach(branch -> collect(branch, into));
        } else if (map.containsKey("Effect")) {
            into.add(map);
        }
    }

    private static List<Object> list(Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return value == null ? List.of() : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String name) {
        Object value = parent.get(name);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
