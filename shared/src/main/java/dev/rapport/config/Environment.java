package dev.rapport.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads configuration the way Lambda hands it over: environment variables declared in
 * template.yaml. System properties of the same name are the fallback, so the local runner can
 * configure in-process handlers without a child process.
 */
public final class Environment {

    private final Function<String, String> source;

    private Environment(Function<String, String> source) {
        this.source = source;
    }

    public static Environment system() {
        return new Environment(name -> {
            String value = System.getenv(name);
            return value != null ? value : System.getProperty(name);
        });
    }

    public static Environment of(Map<String, String> values) {
        return new Environment(values::get);
    }

    public Optional<String> find(String name) {
        return Optional.ofNullable(source.apply(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String get(String name, String defaultValue) {
        return find(name).orElse(defaultValue);
    }

    public int getInt(String name, int defaultValue) {
        return find(name).map(v -> parse(name, v, Integer::parseInt)).orElse(defaultValue);
    }

    public double getDouble(String name, double defaultValue) {
        return find(name).map(v -> parse(name, v, Double::parseDouble)).orElse(defaultValue);
    }

    public Duration getDuration(String name, Duration defaultValue) {
        return find(name).map(v -> parse(name, v, Duration::parse)).orElse(defaultValue);
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalStateException("environment variable " + name + " has an invalid value", e);
        }
    }
}
