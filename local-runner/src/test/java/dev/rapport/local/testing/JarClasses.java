package dev.rapport.local.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.zip.ZipFile;

/** The classes a function jar holds and the class references jdeps reads from their bytecode. */
public final class JarClasses {

    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)");

    private JarClasses() {}

    /** Class names in the jar whose name starts with {@code prefix} ("" for all). */
    public static Set<String> classes(Path jar, String prefix) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Set<String> classes = new HashSet<>();
            zip.stream()
                    .map(e -> e.getName())
                    .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> name.startsWith(prefix))
                    .forEach(classes::add);
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Class to the classes it references; {@code include} (a regex) limits the classes jdeps reads, or null. */
    public static Map<String, Set<String>> references(Path jar, String include) {
        List<String> arguments = new ArrayList<>(List.of("-verbose:class", "-filter:none", "--multi-release", "21"));
        if (include != null) {
            arguments.addAll(List.of("-include", include));
        }
        arguments.add(jar.toString());
        StringWriter out = new StringWriter();
        int status = ToolProvider.findFirst("jdeps")
                .orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(new StringWriter()), arguments.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("jdeps on " + jar + " exited with " + status);
        }
        Map<String, Set<String>> references = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find()) {
                references.computeIfAbsent(edge.group(1), c -> new HashSet<>()).add(edge.group(2));
            }
        }
        return references;
    }
}
