package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.rapport.testing.StubRequests;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeClient;

/**
 * A local stand-in for Bedrock's agent runtime speaking the Retrieve wire format (REST-JSON,
 * {@code POST /knowledgebases/{id}/retrieve}, {@code retrievalResults[]} with {@code content.text},
 * {@code location}, {@code score} and {@code metadata}), and the real SDK client pointed at it.
 */
final class KnowledgeBaseStub {

    static final String KB = "KBTEST1234";
    static final String PATH = "/knowledgebases/" + KB + "/retrieve";
    static final KnowledgeBaseSettings SETTINGS =
            new KnowledgeBaseSettings(KB, 0.4, Optional.empty(), 2, Duration.ofSeconds(20), Duration.ofSeconds(10));

    /** A passage synced one object per passage, with Rapport's ids in its metadata. */
    static final String SHIPPING_RESULT = """
            {"content":{"type":"TEXT","text":"Power banks are shipped by ground, never by air."},
             "location":{"type":"S3","s3Location":{"uri":"s3://shop-kb/passages/doc-shipping-en-1.txt"}},
             "score":0.71,
             "metadata":{"passageId":"doc-shipping-en#1","documentId":"doc-shipping-en","title":"Shipping",
                         "language":"en","x-amz-bedrock-kb-source-uri":"s3://shop-kb/passages/doc-shipping-en-1.txt"}}""";

    /** Products from the same knowledge base, as a business sharing one would configure them. */
    static final KnowledgeBaseSettings PRODUCT_SETTINGS = new KnowledgeBaseSettings(
            KB, 0.3, Optional.of("product"), 2, Duration.ofSeconds(20), Duration.ofSeconds(10));

    private KnowledgeBaseStub() {}

    /** A product document as synced: its text (with the price as it was then) and its metadata. */
    static String productResult(String sku, String text, String category, String price, double score) {
        return """
                {"content":{"type":"TEXT","text":"%s"},
                 "location":{"type":"S3","s3Location":{"uri":"s3://shop-kb/products/%s.txt"}},
                 "score":%s,
                 "metadata":{"sku":"%s","kind":"product","category":"%s","price":%s}}""".formatted(text, sku, score, sku, category, price);
    }

    static BedrockProductIndex productIndex(WireMockServer stub, KnowledgeBaseSettings settings) {
        return new BedrockProductIndex(client(stub, settings), settings);
    }

    static BedrockKnowledgeBaseRetriever retriever(WireMockServer stub, KnowledgeBaseSettings settings) {
        return new BedrockKnowledgeBaseRetriever(client(stub, settings), settings);
    }

    private static BedrockAgentRuntimeClient client(WireMockServer stub, KnowledgeBaseSettings settings) {
        return BedrockAgentClients.agentRuntime(settings, BackoffStrategy.retryImmediately())
                .endpointOverride(URI.create(stub.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    static void answer(WireMockServer stub, String... results) {
        stub.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson("{\"retrievalResults\":[" + String.join(",", results) + "]}")));
    }

    static void fail(WireMockServer stub, int status, String errorType) {
        ResponseDefinitionBuilder response = aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", errorType)
                .withBody("{\"message\":\"" + errorType + "\"}");
        stub.stubFor(post(urlPathEqualTo(PATH)).willReturn(response));
    }

    static List<JsonNode> requests(WireMockServer stub) {
        return StubRequests.bodies(stub.getAllServeEvents());
    }

    static int calls(WireMockServer stub) {
        return stub.countRequestsMatching(postRequestedFor(urlPathEqualTo(PATH)).build())
                .getCount();
    }
}
