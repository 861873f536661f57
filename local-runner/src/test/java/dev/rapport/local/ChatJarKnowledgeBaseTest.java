package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.rapport.local.testing.Repository;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chat function's shaded jar, alone on a class loader, retrieving passages and searching
 * products (with the filters' request shapes) in a knowledge base, and the photo inquiry's searching
 * products: they
 * ships only the part of the agent runtime SDK module that Retrieve needs (functions/chat/pom.xml,
 * scripts/agent-runtime-classes.py), so this is where a class the filter misses would show — a
 * stub speaking Retrieve's wire format answers, throttles and refuses.
 */
class ChatJarKnowledgeBaseTest {

    private static final Path JAR = Repository.ROOT.resolve("functions/chat/target/chat-function.jar");
    private static final String RESULT = """
            {"retrievalResults":[{"content":{"type":"TEXT","text":"Power banks are shipped by ground, never by air."},
             "location":{"type":"S3","s3Location":{"uri":"s3://shop-kb/passages/doc-shipping-en-1.txt"}},
             "score":0.71,
             "metadata":{"passageId":"doc-shipping-en#1","documentId":"doc-shipping-en","title":"Shipping",
                         "language":"en"}}]}""";

    private static final String PRODUCT_RESULT = """
            {"retrievalResults":[{"content":{"type":"TEXT","text":"Trail windbreaker jacket, navy or red"},
             "location":{"type":"S3","s3Location":{"uri":"s3://shop-kb/products/JK-TRAIL-NAVY.txt"}},
             "score":0.78,
             "metadata":{"sku":"JK-TRAIL-NAVY","kind":"product","category":"jacket","price":599}}]}""";

    private final AtomicInteger status = new AtomicInteger(200);
    private final List<String> productRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final Map<String, String> previous = new HashMap<>();
    private HttpServer stub;
    private URLClassLoader jar;

    @BeforeEach
    void start() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/knowledgebases/KBTEST1234/retrieve", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            int code = status.get();
            byte[] body = (code == 200
                            ? RESULT
                            : "{\"message\":\"" + (code == 429 ? "Rate exceeded" : "not allowed") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (code != 200) {
                exchange.getResponseHeaders()
                        .add("x-amzn-ErrorType", code == 429 ? "ThrottlingException" : "AccessDeniedException");
            }
            exchange.sendResponseHeaders(code, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.createContext("/knowledgebases/KBPROD1234/retrieve", exchange -> {
            productRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int code = status.get();
            byte[] body =
                    (code == 200 ? PRODUCT_RESULT : "{\"message\":\"Rate exceeded\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (code != 200) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", "ThrottlingException");
            }
            exchange.sendResponseHeaders(code, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        property(
                "aws.endpointUrlBedrockAgentRuntime",
                "http://127.0.0.1:" + stub.getAddress().getPort());
        property("aws.region", "us-east-1");
        property("aws.accessKeyId", "test");
        property("aws.secretAccessKey", "test");
        assertThat(JAR)
                .as("the chat function's jar (package the functions first)")
                .isRegularFile();
        jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @AfterEach
    void stop() throws IOException {
        jar.close();
        stub.stop(0);
        previous.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void theManagedAdvisorGroundsOnTheKnowledgeBasesPassageThroughTheShadedJar() throws Exception {
        Object advisor = advisor();

        assertThat(groundingIds(advise(advisor, "Can power banks go by air?"))).containsExactly("doc-shipping-en#1");
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void throttlingAndRefusalsAreMappedAndTheTurnGoesOnWithoutPassages() throws Exception {
        Object advisor = advisor();
        Object retriever = retriever();

        status.set(429);
        assertThat(thrown(retriever)).isEqualTo("dev.rapport.knowledge.KnowledgeUnavailableException");
        assertThat(groundingIds(advise(advisor, "Can power banks go by air?"))).isEmpty();

        status.set(403);
        assertThat(thrown(retriever)).isEqualTo("java.lang.IllegalStateException");
        assertThat(groundingIds(advise(advisor, "Can power banks go by air?"))).isEmpty();
    }

    /** The photo inquiry's answers search the same catalog, so its jar carries the same part of the module. */
    @ParameterizedTest
    @ValueSource(strings = {"chat", "inquiry"})
    void aProductSearchWithCategoryAndPriceFiltersRunsThroughTheShadedJarAndAnOutageIsCatalogUnavailable(
            String function) throws Exception {
        jar.close();
        Path functionJar = Repository.ROOT.resolve("functions/" + function + "/target/" + function + "-function.jar");
        assertThat(functionJar)
                .as("the %s function's jar (package the functions first)", function)
                .isRegularFile();
        jar = new URLClassLoader(new URL[] {functionJar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Object index = productIndex();
        Object query = jar.loadClass("dev.rapport.catalog.ProductQuery")
                .getConstructors()[0]
                .newInstance(
                        "windproof jacket",
                        "jacket",
                        "navy",
                        null,
                        new java.math.BigDecimal("100"),
                        new java.math.BigDecimal("650"));

        assertThat(skus(index, query)).isEqualTo(List.of("JK-TRAIL-NAVY"));
        assertThat(productRequests.getFirst())
                .contains("\"andAll\"")
                .contains("\"greaterThanOrEquals\"")
                .contains("\"lessThanOrEquals\"")
                .contains("\"product\"");

        status.set(429);
        assertThat(skus(index, query)).isEqualTo("dev.rapport.catalog.CatalogUnavailableException");
    }

    @Test
    void theJarLeavesOutTheShapesOfOtherOperationsAndTheSdkWarmUpThatCallsOne() throws IOException {
        try (var zip = new java.util.zip.ZipFile(JAR.toFile())) {
            String model = "software/amazon/awssdk/services/bedrockagentruntime/model/";
            assertThat(zip.getEntry(model + "RetrieveResponse.class")).isNotNull();
            assertThat(zip.getEntry(model + "KnowledgeBaseRetrievalResult.class"))
                    .isNotNull();
            assertThat(zip.getEntry(model + "InvokeAgentRequest.class"))
                    .as("a request class stays: the client names it")
                    .isNotNull();
            assertThat(zip.getEntry(model + "Trace.class"))
                    .as("an agent trace shape")
                    .isNull();
            assertThat(
                            zip.getEntry(
                                    "software/amazon/awssdk/services/bedrockagentruntime/internal/warmup/BedrockAgentRuntimeWarmUpProvider.class"))
                    .isNull();
            String services = new String(
                    zip.getInputStream(zip.getEntry(
                                    "META-INF/services/software.amazon.awssdk.core.warmup.SdkWarmUpProvider"))
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(services).doesNotContain("bedrockagentruntime");
        }
    }

    /** Only the functions that search knowledge bases carry the module: chat and the photo and voice inquiries. */
    @Test
    void noOtherFunctionJarCarriesTheModule() throws IOException {
        for (String module : new java.util.TreeSet<>(Repository.buildTargets().values())) {
            if (Set.of("functions/chat", "functions/inquiry", "functions/voice").contains(module)) {
                continue;
            }
            Path other = Repository.ROOT
                    .resolve(module)
                    .resolve("target")
                    .resolve(Path.of(module).getFileName() + "-function.jar");
            assertThat(other).as("%s jar (package the functions first)", module).isRegularFile();
            try (var zip = new java.util.zip.ZipFile(other.toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
                        .as(module)
                        .noneMatch(name -> name.startsWith("software/amazon/awssdk/services/bedrockagentruntime/"));
            }
        }
    }

    private Object environment() throws Exception {
        return jar.loadClass("dev.rapport.config.Environment")
                .getMethod("of", Map.class)
                .invoke(
                        null,
                        Map.of(
                                "KNOWLEDGE_BASE_ID", "KBTEST1234",
                                "KNOWLEDGE_BASE_MAX_ATTEMPTS", "1",
                                // A fresh class loader loads the whole SDK on the first call: a busy build machine
                                // needs time.
                                "KNOWLEDGE_BASE_TIMEOUT_MS", "30000",
                                "KNOWLEDGE_BASE_ATTEMPT_TIMEOUT_MS", "30000"));
    }

    private Object retriever() throws Exception {
        Class<?> environment = jar.loadClass("dev.rapport.config.Environment");
        Class<?> settings = jar.loadClass("dev.rapport.model.bedrock.KnowledgeBaseSettings");
        Object configured = settings.getMethod("from", environment).invoke(null, environment());
        return jar.loadClass("dev.rapport.model.bedrock.BedrockKnowledgeBaseRetriever")
                .getMethod("create", settings)
                .invoke(null, configured);
    }

    private Object productIndex() throws Exception {
        Class<?> environment = jar.loadClass("dev.rapport.config.Environment");
        Object configured = environment
                .getMethod("of", Map.class)
                .invoke(
                        null,
                        Map.of(
                                "PRODUCTS_KNOWLEDGE_BASE_ID", "KBPROD1234",
                                "KNOWLEDGE_BASE_MAX_ATTEMPTS", "1",
                                "KNOWLEDGE_BASE_TIMEOUT_MS", "30000",
                                "KNOWLEDGE_BASE_ATTEMPT_TIMEOUT_MS", "30000"));
        Class<?> settings = jar.loadClass("dev.rapport.model.bedrock.KnowledgeBaseSettings");
        return jar.loadClass("dev.rapport.model.bedrock.BedrockProductIndex")
                .getMethod("create", settings)
                .invoke(null, settings.getMethod("products", environment).invoke(null, configured));
    }

    /** The SKUs found, or the name of what was thrown. */
    private Object skus(Object index, Object query) throws Exception {
        try {
            return index.getClass()
                    .getMethod("skus", jar.loadClass("dev.rapport.catalog.ProductQuery"), int.class)
                    .invoke(index, query, 5);
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getName();
        }
    }

    /** The managed advisor with no FAQs in memory, as the wiring builds it. */
    private Object advisor() throws Exception {
        Class<?> index = jar.loadClass("dev.rapport.knowledge.KnowledgeIndex");
        Object empty = index.getMethod("empty").invoke(null);
        Supplier<Object> faqs = () -> empty;
        Class<?> settings = jar.loadClass("dev.rapport.knowledge.KnowledgeSettings");
        Object defaults = settings.getField("DEFAULTS").get(null);
        return jar.loadClass("dev.rapport.knowledge.KnowledgeAdvisor")
                .getMethod(
                        "managed", Supplier.class, jar.loadClass("dev.rapport.knowledge.KnowledgeRetriever"), settings)
                .invoke(null, faqs, retriever(), defaults);
    }

    private static Object advise(Object advisor, String question) throws Exception {
        return advisor.getClass().getMethod("advise", String.class).invoke(advisor, question);
    }

    private static List<String> groundingIds(Object advice) throws Exception {
        List<?> grounding = (List<?>) advice.getClass().getMethod("grounding").invoke(advice);
        return grounding.stream()
                .map(r -> {
                    try {
                        Method id = r.getClass().getMethod("id");
                        return (String) id.invoke(r);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String thrown(Object retriever) throws Exception {
        try {
            retriever.getClass().getMethod("retrieve", String.class, int.class).invoke(retriever, "air", 3);
            return "nothing";
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getName();
        }
    }

    private void property(String name, String value) {
        previous.putIfAbsent(name, System.getProperty(name));
        System.setProperty(name, value);
    }
}
