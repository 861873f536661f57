package dev.rapport.local.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository around this module, as the template checks read it. */
public final class Repository {

    public static final Path ROOT = Path.of("..");

    /** A line of the Makefile's function map: {@code module.<LogicalId> := <module under functions/>}. */
    private static final Pattern MAKE_TARGET = Pattern.compile("(?m)^module\\.(\\w+)\\s*:=\\s*([\\w-]+)\\s*$");

    private Repository() {}

    /** Function logical id → the module whose jar its {@code sam build} Makefile target copies. */
    public static Map<String, String> buildTargets() {
        try {
            Map<String, String> targets = new TreeMap<>();
            Matcher matcher = MAKE_TARGET.matcher(Files.readString(ROOT.resolve("Makefile")));
            while (matcher.find()) {
                targets.put(matcher.group(1), "functions/" + matcher.group(2));
            }
            return targets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
