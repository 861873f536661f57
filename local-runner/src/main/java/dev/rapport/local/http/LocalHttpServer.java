package dev.rapport.local.http;

import com.sun.net.httpserver.HttpServer;
import dev.rapport.local.auth.LocalJwtIssuer;
import dev.rapport.local.events.LocalEventBus;
import dev.rapport.local.lambda.LocalFunction;
import dev.rapport.local.schedules.LocalSchedules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** The HTTP side of the local stack on 127.0.0.1: the API, the local endpoints and the web page. */
public final class LocalHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private LocalHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * The JDK's server drops a request with more than 200 header lines without an answer, and reads
     * these settings once per JVM, at its first server (the DynamoDB engine's): raise its limit so
     * {@link ApiHandler} can refuse such a request as API Gateway does, with a problem.
     */
    public static void configureJdkServer() {
        System.setProperty("sun.net.httpserver.maxReqHeaders", Integer.toString(ApiHandler.MAX_HEADERS * 10));
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static LocalHttpServer start(
            int port,
            RouteTable routes,
            Map<String, LocalFunction> functions,
            LocalJwtIssuer jwt,
            Supplier<Map<String, Object>> health,
            LocalSchedules schedules,
            LocalEventBus events) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (BindException e) {
            throw new IllegalStateException("port " + port + " is in use; set RAPPORT_HTTP_PORT to another port", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Lambda runs concurrent requests in separate environments; a pool lets them overlap here too.
        ExecutorService executor = Executors.newFixedThreadPool(32);
        server.setExecutor(executor);
        server.createContext(
                "/", new ApiHandler(routes, functions, jwt, new LocalEndpoints(jwt, health, schedules, events)));
        server.start();
        return new LocalHttpServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
