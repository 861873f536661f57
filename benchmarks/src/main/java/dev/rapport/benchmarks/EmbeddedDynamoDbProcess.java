package dev.rapport.benchmarks;

import dev.rapport.dynamodb.EmbeddedDynamoDb;
import dev.rapport.testing.TestDynamoDb;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Rapport's embedded DynamoDB engine (local-dynamodb) in a JVM of its own (this class's
 * {@link #main}, in memory, on a free port), so that what the benchmark JVM measures of its heap
 * is the code under test and not the database serving it.
 */
final class EmbeddedDynamoDbProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final TestDynamoDb server;

    private EmbeddedDynamoDbProcess(Process process, TestDynamoDb server) {
        this.process = process;
        this.server = server;
    }

    static EmbeddedDynamoDbProcess start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDynamoDbProcess.class.getName(),
                        Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "rapport-dynamodb-benchmark.log")
                        .toFile())
                .start();
        TestDynamoDb server = TestDynamoDb.at(URI.create("http://127.0.0.1:" + port));
        awaitReady(process, server);
        return new EmbeddedDynamoDbProcess(process, server);
    }

    /** Ready when it answers ListTables; until then the connection is refused. */
    private static void awaitReady(Process process, TestDynamoDb server) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (DynamoDbClient client = server.client()) {
            while (true) {
                try {
                    client.listTables();
                    return;
                } catch (RuntimeException notYet) {
                    if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                        process.destroyForcibly();
                        throw new IllegalStateException("the DynamoDB engine process did not start", notYet);
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    TestDynamoDb server() {
        return server;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /**
     * The other JVM: the engine in memory on the port given, until this process is stopped or the
     * benchmark JVM goes away (its end of standard input closes).
     */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        try (EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().port(port).build()) {
            System.out.println("DynamoDB engine on " + engine.endpoint());
            while (System.in.read() != -1) {
                // Nothing is sent; end of input means the benchmark JVM is gone.
            }
        }
    }
}
