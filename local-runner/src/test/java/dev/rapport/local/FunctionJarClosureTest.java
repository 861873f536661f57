package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.testing.Repository;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * A function jar may leave out Rapport's packages its handler never reaches (the export does, to stay
 * in its size budget), but never one it does: every Rapport class reachable from a handler, by the
 * class references jdeps reads from the bytecode, is in that function's jar.
 */
class FunctionJarClosureTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(dev\\.rapport\\.\\S+)\\s+->\\s+(dev\\.rapport\\.\\S+)");

    @Test
    void everyRapportClassAHandlerReachesIsInItsJar() throws IOException {
        for (String module : new TreeSet<>(Repository.buildTargets().values())) {
            Path jar = jar(module);
            Set<String> inJar = rapportClasses(jar);
            Map<String, Set<String>> references = references(jar);
            Set<String> missing = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>();
            inJar.stream().filter(c -> c.startsWith("dev.rapport.functions.")).forEach(todo::add);
            Set<String> seen = new HashSet<>(todo);
            while (!todo.isEmpty()) {
                for (String used : references.getOrDefault(todo.pop(), Set.of())) {
                    if (!inJar.contains(used)) {
                        missing.add(used);
                    } else if (seen.add(used)) {
                        todo.add(used);
                    }
                }
            }
            assertThat(seen).as("%s reaches its handler's classes", module).isNotEmpty();
            assertThat(missing)
                    .as("Rapport classes %s reaches but leaves out of its jar", module)
                    .isEmpty();
        }
    }

    private static Map<String, Set<String>> references(Path jar) {
        StringWriter out = new StringWriter();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        int status = jdeps.run(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                "-verbose:class",
                "-filter:none",
                "--multi-release",
                "21",
                "-include",
                "dev\\.rapport\\..*",
                jar.toString());
        assertThat(status).as("jdeps on %s", jar).isZero();
        Map<String, Set<String>> references = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find()) {
                references.computeIfAbsent(edge.group(1), c -> new HashSet<>()).add(edge.group(2));
            }
        }
        return references;
    }

    private static Set<String> rapportClasses(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Set<String> classes = new HashSet<>();
            zip.stream()
                    .map(e -> e.getName())
                    .filter(name -> name.startsWith("dev/rapport/") && name.endsWith(".class"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .forEach(classes::add);
            return classes;
        }
    }

    private static Path jar(String module) {
        try (Stream<Path> files = Files.list(Repository.ROOT.resolve(module).resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-function.jar"))
                    .filter(f -> !f.getFileName().toString().startsWith("original-"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(module + " jar (package the functions first)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
