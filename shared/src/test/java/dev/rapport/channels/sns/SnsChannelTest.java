package dev.rapport.channels.sns;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/** The SNS channel against a local endpoint speaking SNS's query protocol: what is published, and what is not. */
class SnsChannelTest {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:rapport-reminders";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private SnsClient sns;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(URLDecoder.decode(
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
            byte[] answer = ("<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
                            + "<MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId>"
                            + "</ResponseMetadata></PublishResponse>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        sns = SnsClient.builder()
                .endpointOverride(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterEach
    void stop() {
        sns.close();
        server.stop(0);
    }

    @Test
    void publishesTheTextToTheTopicAddressedByHashedCustomerAndProfile() {
        Owner owner = Owner.of(new Caller("alice@example.com", Set.of()), "kid");

        new SnsChannel(sns, TOPIC).push(owner, "Reminder: call the shop");

        assertThat(requests).singleElement().satisfies(body -> {
            assertThat(body)
                    .contains(
                            "Action=Publish",
                            "TopicArn=" + TOPIC,
                            "Message=Reminder: call the shop",
                            "StringValue=" + owner.customerHash(),
                            "StringValue=kid");
            assertThat(body).doesNotContain("alice@example.com");
        });
    }
}
