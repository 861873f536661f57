package dev.rapport.local.queues;

import dev.rapport.local.lambda.LocalFunction;
import dev.rapport.local.template.QueueDefinition;
import dev.rapport.local.template.QueueTrigger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The template's SQS queues in ElasticMQ on 127.0.0.1 (a real SQS endpoint: the functions' SDK
 * clients talk to it unchanged), with its redrive policies, and the queue triggers driven the way
 * Lambda's event source mapping drives them; {@link #drain()} delivers everything visible now, so
 * tests wait for a fact instead of a clock.
 */
public final class LocalQueues implements AutoCloseable {

    static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final SQSRestServer server;
    private final SqsClient client;
    private final URI endpoint;
    private final List<QueuePoller> pollers;
    private final Thread thread;
    private volatile boolean running = true;

    private LocalQueues(SQSRestServer server, SqsClient client, URI endpoint, List<QueuePoller> pollers) {
        this.server = server;
        this.client = client;
        this.endpoint = endpoint;
        this.pollers = pollers;
        this.thread = Thread.ofPlatform().daemon().name("local-queue-pollers").unstarted(this::pollForever);
    }

    /** Starts ElasticMQ and creates the queues; pollers start with {@link #startPolling}, once the functions exist. */
    public static LocalQueues start(List<QueueDefinition> queues) {
        int port = freePort();
        SQSRestServer server =
                SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port).start();
        server.waitUntilStarted();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        SqsClient client = SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        Map<String, String> arns = new HashMap<>();
        for (QueueDefinition queue : queues) {
            Map<QueueAttributeName, String> attributes = new HashMap<>();
            attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(queue.visibilityTimeoutSeconds()));
            if (queue.deadLetterQueue() != null) {
                attributes.put(
                        QueueAttributeName.REDRIVE_POLICY,
                        "{\"deadLetterTargetArn\":\"" + arns.get(queue.deadLetterQueue()) + "\",\"maxReceiveCount\":\""
                                + queue.maxReceiveCount() + "\"}");
            }
            String url = client.createQueue(b -> b.queueName(queue.queueName()).attributes(attributes))
                    .queueUrl();
            arns.put(
                    queue.queueName(),
                    client.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                            .attributes()
                            .get(QueueAttributeName.QUEUE_ARN));
        }
        return new LocalQueues(server, client, endpoint, new ArrayList<>());
    }

    public void startPolling(List<QueueTrigger> triggers, Map<String, LocalFunction> functions) {
        for (QueueTrigger trigger : triggers) {
            String url =
                    client.getQueueUrl(b -> b.queueName(trigger.queueName())).queueUrl();
            pollers.add(new QueuePoller(trigger, functions.get(trigger.function()), client, url));
        }
        if (!pollers.isEmpty()) {
            thread.start();
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Delivers every visible message to its function; returns how many messages were handled successfully. */
    public synchronized int drain() {
        int handled = 0;
        for (QueuePoller poller : pollers) {
            handled += poller.drain();
        }
        return handled;
    }

    /** Messages in a queue right now, visible or in flight (for tests and the banner). */
    public int depth(String queueName) {
        String url = client.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
        Map<QueueAttributeName, String> attributes = client.getQueueAttributes(b -> b.queueUrl(url)
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private void pollForever() {
        while (running) {
            try {
                drain();
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    System.err.println("local stack: queue polling failed: " + e);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        running = false;
        synchronized (this) {
            thread.interrupt();
        }
        client.close();
        server.stopAndWait();
    }
}
