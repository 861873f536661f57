package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.local.template.FunctionDefinition;
import dev.rapport.local.template.Route;
import dev.rapport.local.template.SamTemplate;
import dev.rapport.local.testing.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * template.yaml proved against the code: a handler, a route or a variable that drifts from the
 * code fails the build here, before a deploy would.
 */
class TemplateContractTest {

    private static final Path ROOT = Repository.ROOT;
    private static final Pattern ENV_READ =
            Pattern.compile("\\.(?:get|getInt|getDouble|getDuration|find)\\(\\s*\"([A-Z][A-Z0-9_]+)\"");
    /** Read by the JVM or by Powertools itself, not by our code. */
    private static final Set<String> RUNTIME_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "POWERTOOLS_LOG_LEVEL");

    private final SamTemplate template =
            SamTemplate.load(ROOT.resolve("template.yaml"), LocalRapport.LOCAL_DEFAULTS, Map.of());

    @Test
    void everyHandlerIsAClassOfTheModuleItsBuildTargetPackages() throws IOException {
        Map<String, String> modules = Repository.buildTargets();

        for (FunctionDefinition function : template.functions()) {
            assertThat(modules)
                    .as("Makefile target build-%s", function.logicalId())
                    .containsKey(function.logicalId());
            String className = function.handler().split("::")[0];
            Path source = ROOT.resolve(modules.get(function.logicalId()))
                    .resolve("src/main/java")
                    .resolve(className.replace('.', '/') + ".java");
            assertThat(source).as("handler of %s", function.logicalId()).isRegularFile();
            assertThat(function.handler()).matches("[\\w.]+(::handleRequest)?");
        }
    }

    /**
     * An HTTP function reads its event as a stream; its handler must name the class alone, because
     * with a method name the Lambda runtime looks the method up by reflection and could pick the
     * typed overload, loading its own event serializer after all.
     */
    @Test
    void httpFunctionsAreStreamHandlersNamedByClass() {
        LocalRapport stack = LocalRapportFixture.shared();

        for (FunctionDefinition function : template.functions()) {
            if (stack.functions().get(function.logicalId()).handler() instanceof HttpApiFunction) {
                assertThat(function.handler()).as(function.logicalId()).doesNotContain("::");
            }
        }
    }

    @Test
    void everyTemplateRouteHasAHandlerAndEveryHandlerRouteIsInTheTemplate() {
        LocalRapport stack = LocalRapportFixture.shared();

        for (FunctionDefinition function : template.functions()) {
            Object handler = stack.functions().get(function.logicalId()).handler();
            Set<String> declared = new TreeSet<>(
                    function.routes().stream().map(Route::routeKey).toList());
            if (handler instanceof HttpApiFunction http) {
                assertThat(new TreeSet<>(http.routeKeys()))
                        .as(function.logicalId())
                        .isEqualTo(declared);
            } else {
                assertThat(declared)
                        .as("%s has routes but is not an HTTP API function", function.logicalId())
                        .isEmpty();
            }
        }
    }

    @Test
    void everyVariableTheCodeReadsIsDeclaredAndEveryDeclaredVariableIsRead() throws IOException {
        Set<String> read = variablesReadByCode();
        Set<String> declared = new TreeSet<>();
        template.functions().forEach(f -> declared.addAll(f.environment().keySet()));

        assertThat(read)
                .as("read by the code but not declared in template.yaml")
                .isSubsetOf(declared);
        Set<String> unused = new TreeSet<>(declared);
        unused.removeAll(read);
        unused.removeAll(RUNTIME_VARIABLES);
        assertThat(unused).as("declared in template.yaml but read by no code").isEmpty();
    }

    @Test
    void theLocalRunnerServesExactlyTheTemplatesRoutes() {
        assertThat(LocalRapportFixture.shared().routes().routes())
                .containsExactlyInAnyOrderElementsOf(template.routes());
    }

    private static Set<String> variablesReadByCode() throws IOException {
        Set<String> names = new HashSet<>();
        List<Path> sources = Stream.concat(Stream.of(ROOT.resolve("shared")), functionModules().stream())
                .map(module -> module.resolve("src/main/java"))
                .toList();
        for (Path root : sources) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = ENV_READ.matcher(Files.readString(file));
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        return names;
    }

    private static List<Path> functionModules() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT.resolve("functions"))) {
            return modules.filter(Files::isDirectory).toList();
        }
    }
}
