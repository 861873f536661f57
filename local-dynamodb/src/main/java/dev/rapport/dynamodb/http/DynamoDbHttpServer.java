package dev.rapport.dynamodb.http;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.engine.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * DynamoDB's wire protocol: {@code POST /} with {@code X-Amz-Target} and a JSON body in
 * {@code application/x-amz-json-1.0}; any SigV4 signature is accepted. Answers carry
 * {@code x-amz-crc32}, which the SDKs check; errors are DynamoDB's {@code __type} and message.
 */
public final class DynamoDbHttpServer implements AutoCloseable {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Operations operations;

    private DynamoDbHttpServer(HttpServer server, ExecutorService executor, Operations operations) {
        this.server = server;
        this.executor = executor;
        this.operations = operations;
    }

    public static DynamoDbHttpServer start(int port, Operations operations) throws IOException {
        // The JDK server delays small responses (Nagle) unless told otherwise: ~40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        DynamoDbHttpServer wire = new DynamoDbHttpServer(server, executor, operations);
        server.createContext("/", wire::handle);
        server.setExecutor(executor);
        server.start();
        return wire;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                byte[] body = "healthy: dynamodb.ddblocal.rapport".getBytes(StandardCharsets.UTF_8);
                send(exchange, 200, "text/plain", body);
                return;
            }
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readAllBytes();
            }
            int status = 200;
            ObjectNode response;
            try {
                response = answer(exchange.getRequestHeaders().getFirst("X-Amz-Target"), request);
            } catch (DynamoDbException e) {
                status = e.status();
                response = e.extra().deepCopy();
                response.put("__type", e.type());
                response.put("message", e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                status = 500;
                response = STRICT.createObjectNode();
                response.put("__type", "com.amazonaws.dynamodb.v20120810#InternalServerError");
                response.put("message", "The engine failed on this request: " + e);
                e.printStackTrace();
            }
            send(exchange, status, "application/x-amz-json-1.0", STRICT.writeValueAsBytes(response));
        }
    }

    private ObjectNode answer(String target, byte[] request) {
        Function<JsonNode, ObjectNode> operation = operations.forTarget(target);
        if (operation == null) {
            throw DynamoDbException.unknownOperation("Unknown operation: " + target);
        }
        JsonNode body;
        try {
            body = request.length == 0 ? STRICT.createObjectNode() : STRICT.readTree(request);
        } catch (IOException e) {
            throw DynamoDbException.serialization(
                    "Start of structure or map found where not expected, or the body is not JSON");
        }
        if (body == null || !body.isObject()) {
            throw DynamoDbException.serialization("The request body must be a JSON object");
        }
        return operation.apply(body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(body);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc.getValue()));
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
