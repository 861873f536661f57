package dev.rapport.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold starts as Lambda runs them: a fresh JVM per run, launched with the real runtime interface
 * client against {@link RuntimeApiStub}; init is launch → first poll for an event, first
 * invocation is launch → first answer. The same harness with {@link HelloHandler} gives the
 * baseline, so the ratio survives a noisy machine.
 */
final class ColdStart {

    static final int RUNS = 10;
    /** The last run's output, for when a function fails to start. */
    static final Path LOG = Path.of("benchmarks", "target", "cold-start.log");

    static final String RUNTIME_CLIENT = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** As template.yaml's Globals give every function. */
    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    /**
     * One function to start: what to put on the classpath, which handler, what environment, and
     * what its answer must contain to count as a success.
     */
    record Subject(
            String name,
            List<String> classpath,
            String handler,
            Map<String, String> environment,
            String event,
            String success,
            long jarBytes,
            String javaOptions) {

        Subject withOptions(String label, String options) {
            return new Subject(name + " " + label, classpath, handler, environment, event, success, jarBytes, options);
        }
    }

    /**
     * Medians and ranges over the runs, in milliseconds; {@code invocation} is first answer minus init;
     * {@code cpu} is the CPU time the process had used (all its threads) when the first answer came,
     * which a busy machine stretches far less than the wall clock.
     */
    record Result(Subject subject, Timings init, Timings firstAnswer, Timings invocation, Timings cpu) {}

    private ColdStart() {}

    static Result measure(Subject subject) throws Exception {
        return measure(subject, RUNS);
    }

    static Result measure(Subject subject, int runs) throws Exception {
        Result result = empty(subject);
        for (int run = 0; run < runs; run++) {
            once(result);
        }
        return result;
    }

    /**
     * Several subjects run by run in turn (A, B, A, B…), so a burst of load from elsewhere on the
     * machine falls on all of them alike and their ratio holds.
     */
    static List<Result> interleaved(List<Subject> subjects, int runs) throws Exception {
        List<Result> results = subjects.stream().map(ColdStart::empty).toList();
        for (int run = 0; run < runs; run++) {
            for (Result result : results) {
                once(result);
            }
        }
        return results;
    }

    /** When a run's JVM was launched, in {@code System.nanoTime()}, and what the Runtime API saw. */
    record Launch(long launched, RuntimeApiStub.Marks marks) {}

    static Result empty(Subject subject) {
        return new Result(subject, new Timings(), new Timings(), new Timings(), new Timings());
    }

    /** One cold start of the result's subject, added to its timings; its output is left in {@link #LOG}. */
    static Launch once(Result result) throws Exception {
        Subject subject = result.subject();
        try (RuntimeApiStub api = new RuntimeApiStub(subject.event())) {
            ProcessBuilder builder = new ProcessBuilder(
                            javaExecutable(),
                            "-cp",
                            String.join(File.pathSeparator, subject.classpath()),
                            RUNTIME_CLIENT,
                            subject.handler())
                    .redirectErrorStream(true)
                    .redirectOutput(LOG.toFile());
            Map<String, String> env = builder.environment();
            env.putAll(subject.environment());
            env.put("AWS_LAMBDA_RUNTIME_API", api.address());
            env.put("JAVA_TOOL_OPTIONS", subject.javaOptions());
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                RuntimeApiStub.Marks marks = api.answered().get(30, TimeUnit.SECONDS);
                process.info().totalCpuDuration().ifPresent(cpu -> result.cpu().add(cpu.toNanos()));
                if (!marks.response().contains(subject.success())) {
                    throw new IllegalStateException(subject.name() + " answered " + marks.response());
                }
                result.init().add(marks.initDone() - start);
                result.firstAnswer().add(marks.answered() - start);
                result.invocation().add(marks.answered() - marks.initDone());
                return new Launch(start, marks);
            } finally {
                // A plain SIGTERM lets the JVM exit normally, which a training run needs to write its CDS archive.
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The runtime client and its own dependencies, from this JVM's classpath. */
    static List<String> runtimeClientClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("aws-lambda-java-runtime-interface-client")
                    || name.startsWith("aws-lambda-java-core")
                    || name.startsWith("aws-lambda-java-serialization")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** A sample event of events/ without its Idempotency-Key, so every run is a fresh turn rather than a replay. */
    static String freshEvent(String file) throws Exception {
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("events", file)));
        ((ObjectNode) event.path("headers")).remove("idempotency-key");
        return event.toString();
    }

    static Map<String, String> awsEnvironment(String dynamoDbEndpoint, String functionName) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint);
        env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "cold-start");
        // As Lambda sets it for a cold start without SnapStart; Powertools reads it for cold_start.
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        return env;
    }
}
