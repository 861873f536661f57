package dev.rapport.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.logging.log4j.core.config.plugins.processor.PluginCache;
import org.apache.logging.log4j.core.config.plugins.processor.PluginProcessor;
import org.junit.jupiter.api.Test;

/**
 * Rapport's Log4j plugin cache, the only one the shaded function jars carry (the root pom drops
 * Log4j's and Powertools' own): Log4j loads the class of every plugin its caches list when it
 * starts, about 250 of them, while {@code log4j2.properties} and Powertools' Lambda JSON template
 * use a handful. This holds the trimmed cache to the plugins of the Log4j version on the
 * classpath; after a Log4j or Powertools upgrade, {@code -Dlog4j.plugin.cache.rewrite=true}
 * rewrites it.
 */
class LogPluginCacheTest {

    private static final Path TRIMMED = Path.of("src/main/resources").resolve(PluginProcessor.PLUGIN_CACHE_FILE);

    /** Plugin keys kept per category; "*" keeps a whole category. */
    private static final Map<String, Set<String>> KEPT = Map.of(
            // log4j2.properties is the only configuration a function reads.
            "configurationfactory",
            Set.of("propertiesconfigurationfactory"),
            // The nodes log4j2.properties declares: one console appender, its layout, loggers.
            "core",
            Set.of(
                    "appenders",
                    "appenderref",
                    "appender-ref",
                    "console",
                    "jsontemplatelayout",
                    "eventtemplateadditionalfield",
                    "loggers",
                    "logger",
                    "root",
                    "properties",
                    "property",
                    "filters"),
            // The resolvers LambdaJsonLayout.json names, and Powertools' own.
            "jsontemplateresolverfactory",
            Set.of(
                    "levelresolverfactory",
                    "messageresolverfactory",
                    "exceptionresolverfactory",
                    "timestampresolverfactory",
                    "powertoolsresolverfactory"),
            "jsontemplateresolverinterceptor",
            Set.of("*"),
            // Attribute conversion for any plugin's builder.
            "typeconverter",
            Set.of("*"),
            // ${...} lookups that need no network, JNDI, JMX or resource bundles.
            "lookup",
            Set.of("env", "sys", "ctx", "date", "java", "lower", "upper", "main", "map", "marker", "event"));

    @Test
    void theTrimmedCacheHoldsThePluginsTheLambdaLayoutUsesOfTheLog4jOnTheClasspath() throws IOException {
        PluginCache expected = trimmed(dependencyCaches());
        if (Boolean.getBoolean("log4j.plugin.cache.rewrite")) {
            try (OutputStream out = Files.newOutputStream(TRIMMED)) {
                expected.writeCache(out);
            }
        }
        PluginCache committed = new PluginCache();
        committed.loadCacheFiles(Collections.enumeration(List.of(TRIMMED.toUri().toURL())));

        assertThat(entries(committed)).isEqualTo(entries(expected));
    }

    @Test
    void everyKeptPluginExistsAndNoFileNetworkOrScriptPluginIsKept() throws IOException {
        Set<String> kept = entries(trimmed(dependencyCaches())).keySet();

        for (Map.Entry<String, Set<String>> category : KEPT.entrySet()) {
            category.getValue().stream()
                    .filter(key -> !key.equals("*"))
                    .forEach(key -> assertThat(kept).contains(category.getKey() + "/" + key));
        }
        assertThat(kept)
                .hasSizeLessThan(80)
                .noneMatch(key -> key.matches("core/(file|rollingfile|http|socket|jdbc|routing|script.*|smtp)"))
                .noneMatch(key -> key.startsWith("lookup/jndi"));
    }

    /** Every plugin cache on the classpath but Rapport's own (which is on the file system). */
    private static PluginCache dependencyCaches() throws IOException {
        List<URL> jars = new ArrayList<>();
        Collections.list(LogPluginCacheTest.class.getClassLoader().getResources(PluginProcessor.PLUGIN_CACHE_FILE))
                .stream()
                .filter(url -> url.getProtocol().equals("jar"))
                .forEach(jars::add);
        assertThat(jars).as("Log4j's and Powertools' plugin caches").hasSizeGreaterThanOrEqualTo(3);
        PluginCache all = new PluginCache();
        all.loadCacheFiles(Collections.enumeration(jars));
        return all;
    }

    private static PluginCache trimmed(PluginCache all) {
        PluginCache trimmed = new PluginCache();
        all.getAllCategories().forEach((category, plugins) -> {
            Set<String> keep = KEPT.getOrDefault(category, Set.of());
            plugins.forEach((key, entry) -> {
                if (keep.contains("*") || keep.contains(key)) {
                    trimmed.getCategory(category).put(key, entry);
                }
            });
        });
        return trimmed;
    }

    /** category/key → class name, comparable across caches. */
    private static Map<String, String> entries(PluginCache cache) {
        Map<String, String> entries = new TreeMap<>();
        cache.getAllCategories()
                .forEach((category, plugins) ->
                        plugins.forEach((key, entry) -> entries.put(category + "/" + key, entry.getClassName())));
        return entries;
    }
}
