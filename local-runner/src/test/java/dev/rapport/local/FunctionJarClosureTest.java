package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.testing.JarClasses;
import dev.rapport.local.testing.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A function jar may leave out Rapport's packages its handler never reaches (the export does, to stay
 * in its size budget), but never one it does: every Rapport class reachable from a handler, by the
 * class references jdeps reads from the bytecode, is in that function's jar.
 */
class FunctionJarClosureTest {

    @Test
    void everyRapportClassAHandlerReachesIsInItsJar() throws IOException {
        for (String module : new TreeSet<>(Repository.buildTargets().values())) {
            Path jar = jar(module);
            Set<String> inJar = JarClasses.classes(jar, "dev.rapport.");
            Map<String, Set<String>> references = JarClasses.references(jar, "dev\\.rapport\\..*");
            Set<String> missing = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>();
            inJar.stream().filter(c -> c.startsWith("dev.rapport.functions.")).forEach(todo::add);
            Set<String> seen = new HashSet<>(todo);
            while (!todo.isEmpty()) {
                for (String used : references.getOrDefault(todo.pop(), Set.of())) {
                    if (!used.startsWith("dev.rapport.")) {
                        continue; // the JDK and libraries: their shading is checked where it is trimmed
                    }
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
            if (!module.equals("functions/voice")) {
                // shared's patched JAAD class is of use only beside the rest of JAAD, in the voice jar.
                assertThat(JarClasses.classes(jar, "net.sourceforge."))
                        .as("JAAD in %s", module)
                        .isEmpty();
            }
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
