package dev.rapport.local;

import dev.rapport.config.Environment;
import dev.rapport.local.template.ParameterOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * How to start the local stack. Ports 0 pick free ports (tests); {@code dataDir} null keeps
 * DynamoDB in memory.
 *
 * @param parameterOverrides template parameters, applied after the local defaults
 *     ({@code Stage=local}, {@code ModelProvider=offline})
 * @param clock the time schedules put in their events; tests move it instead of waiting
 */
public record LocalRapportOptions(
        int httpPort,
        int dynamoDbPort,
        Path dataDir,
        Path templatePath,
        Map<String, String> parameterOverrides,
        Clock clock) {

    public LocalRapportOptions {
        parameterOverrides = Map.copyOf(parameterOverrides);
        Objects.requireNonNull(clock, "clock");
    }

    public LocalRapportOptions(
            int httpPort, int dynamoDbPort, Path dataDir, Path templatePath, Map<String, String> parameterOverrides) {
        this(httpPort, dynamoDbPort, dataDir, templatePath, parameterOverrides, Clock.systemUTC());
    }

    public static LocalRapportOptions fromEnvironment(Environment env) {
        return new LocalRapportOptions(
                env.getInt("RAPPORT_HTTP_PORT", 3000),
                env.getInt("RAPPORT_DYNAMODB_PORT", 8000),
                env.find("RAPPORT_DATA_DIR").map(Path::of).orElse(null),
                env.find("RAPPORT_TEMPLATE").map(Path::of).orElseGet(LocalRapportOptions::findTemplate),
                ParameterOverrides.parse(env.get("RAPPORT_PARAMETER_OVERRIDES", "")));
    }

    /** Free ports, in memory, the repository's template: what tests want. */
    public static LocalRapportOptions ephemeral() {
        return new LocalRapportOptions(0, 0, null, findTemplate(), Map.of());
    }

    public LocalRapportOptions withTemplate(Path template) {
        return new LocalRapportOptions(httpPort, dynamoDbPort, dataDir, template, parameterOverrides, clock);
    }

    public LocalRapportOptions withParameterOverrides(Map<String, String> overrides) {
        return new LocalRapportOptions(httpPort, dynamoDbPort, dataDir, templatePath, overrides, clock);
    }

    public LocalRapportOptions withClock(Clock schedulesClock) {
        return new LocalRapportOptions(
                httpPort, dynamoDbPort, dataDir, templatePath, parameterOverrides, schedulesClock);
    }

    /** The repository root when run from it, the module folder when a build runs from there. */
    static Path findTemplate() {
        for (Path candidate : new Path[] {Path.of("template.yaml"), Path.of("..", "template.yaml")}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return Path.of("template.yaml");
    }
}
