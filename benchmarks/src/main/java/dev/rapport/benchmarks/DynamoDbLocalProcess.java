package dev.rapport.benchmarks;

import dev.rapport.testing.DynamoDbLocalServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local in a JVM of its own (ServerRunner, in memory, on a free port), so that what the
 * benchmark JVM measures of its heap is the code under test and not the database serving it.
 */
final class DynamoDbLocalProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final DynamoDbLocalServer server;

    private DynamoDbLocalProcess(Process process, DynamoDbLocalServer server) {
        this.process = process;
        this.server = server;
    }

    static DynamoDbLocalProcess start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "com.amazonaws.services.dynamodbv2.local.main.ServerRunner",
                "-inMemory", "-port", Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "dynamodb-local-benchmark.log").toFile())
                .start();
        DynamoDbLocalServer server = DynamoDbLocalServer.at(URI.create("http://127.0.0.1:" + port));
        awaitReady(process, server);
        return new DynamoDbLocalProcess(process, server);
    }

    /** Ready when it answers ListTables; until then the connection is refused. */
    private static void awaitReady(Process process, DynamoDbLocalServer server) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (DynamoDbClient client = server.client()) {
            while (true) {
                try {
                    client.listTables();
                    return;
                } catch (RuntimeException notYet) {
                    if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                        process.destroyForcibly();
                        throw new IllegalStateException("DynamoDB Local did not start", notYet);
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    DynamoDbLocalServer server() {
        return server;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
