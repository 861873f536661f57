package dev.rapport.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * A stand-in for the Lambda Runtime API, enough for one cold start: the first
 * {@code /invocation/next} marks the end of init and gets the event; the response (or an error)
 * marks the end of the first invocation. Written on a plain socket because the runtime client's
 * native code reads header names exactly as Lambda spells them, which the JDK's HTTP server
 * would re-case.
 */
final class RuntimeApiStub implements AutoCloseable {

    /** When init ended and when the first answer came, in {@code System.nanoTime()}. */
    record Marks(long initDone, long answered, String response) {}

    private final ServerSocket server;
    private final String event;
    private final CompletableFuture<Long> initDone = new CompletableFuture<>();
    private final CompletableFuture<Marks> answered = new CompletableFuture<>();

    RuntimeApiStub(String event) throws IOException {
        this.event = event;
        this.server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("runtime-api").start(this::serve);
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    CompletableFuture<Marks> answered() {
        return answered;
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofPlatform().daemon().start(() -> connection(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void connection(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            String requestLine;
            while ((requestLine = line(in)) != null) {
                int length = 0;
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring(15).strip());
                    }
                }
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                if (!handle(requestLine, body, out)) {
                    return;
                }
            }
        } catch (IOException ignored) {
            // the process under test was stopped
        }
    }

    /** One CRLF-terminated header line (ASCII), or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                return line.toString().stripTrailing();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    /** Answers one request; false to leave the connection hanging, as a real runtime API does between events. */
    private boolean handle(String requestLine, String body, OutputStream out) throws IOException {
        long now = System.nanoTime();
        if (requestLine.contains("/invocation/next")) {
            if (!initDone.complete(now)) {
                return false;
            }
            write(
                    out,
                    "200 OK",
                    event,
                    "Lambda-Runtime-Aws-Request-Id: cold-start-1\r\n"
                            + "Lambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + 30_000) + "\r\n"
                            + "Lambda-Runtime-Invoked-Function-Arn:"
                            + " arn:aws:lambda:us-east-1:000000000000:function:cold-start\r\n"
                            + "Lambda-Runtime-Trace-Id:"
                            + " Root=1-00000000-000000000000000000000000;Sampled=0\r\n");
        } else if (requestLine.contains("/response")) {
            answered.complete(new Marks(initDone.getNow(now), now, body));
            write(out, "202 Accepted", "{}", "");
        } else {
            answered.completeExceptionally(new IllegalStateException(requestLine + ": " + body));
            write(out, "202 Accepted", "{}", "");
        }
        return true;
    }

    private static void write(OutputStream out, String status, String body, String headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                        + "\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
