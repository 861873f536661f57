package dev.rapport.model.bedrock;

import dev.rapport.knowledge.KnowledgeRetriever;
import dev.rapport.knowledge.KnowledgeUnavailableException;
import dev.rapport.knowledge.Languages;
import dev.rapport.knowledge.Retrieved;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeClient;
import software.amazon.awssdk.services.bedrockagentruntime.model.FilterAttribute;
import software.amazon.awssdk.services.bedrockagentruntime.model.KnowledgeBaseRetrievalResult;
import software.amazon.awssdk.services.bedrockagentruntime.model.KnowledgeBaseVectorSearchConfiguration;
import software.amazon.awssdk.services.bedrockagentruntime.model.RetrievalFilter;
import software.amazon.awssdk.services.bedrockagentruntime.model.RetrievalResultLocation;
import software.amazon.awssdk.services.bedrockagentruntime.model.RetrieveRequest;

/**
 * Passages from an Amazon Bedrock knowledge base through {@code Retrieve}: the managed path for a
 * corpus too large to hold in every function's memory. Results become the same {@link Retrieved}
 * passages the in-memory index yields, so prompts and citations do not change: the id is the
 * result's metadata {@code passageId} when the business syncs one object per passage (ids such as
 * {@code doc-returns-en#3}, stable across syncs), otherwise its {@code documentId} (metadata, or the
 * source's file name) and a number taken from the passage's text, stable while the text is.
 *
 * <p>Faults as {@link RetrieveCalls} sorts them: what still fails after the SDK's retries is
 * {@link KnowledgeUnavailableException}; a refused request is a configuration fault.
 */
public final class BedrockKnowledgeBaseRetriever implements KnowledgeRetriever {

    /** What a citation marker can carry (the advisor's marker pattern): {@code doc-returns-en#3}. */
    private static final Pattern CITABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,80}(?:#\\d{1,4})?");

    private static final int DOCUMENT_ID_CHARS = 64;
    private static final int MAX_QUERY_CHARS = 1_000;

    private final BedrockAgentRuntimeClient client;
    private final KnowledgeBaseSettings settings;

    public BedrockKnowledgeBaseRetriever(BedrockAgentRuntimeClient client, KnowledgeBaseSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public static BedrockKnowledgeBaseRetriever create(KnowledgeBaseSettings settings) {
        return new BedrockKnowledgeBaseRetriever(
                BedrockAgentClients.agentRuntime(settings, null).build(), settings);
    }

    @Override
    public List<Retrieved> retrieve(String question, int limit) {
        List<KnowledgeBaseRetrievalResult> results =
                RetrieveCalls.retrieve(client, request(question, limit), settings.timeout(), "KNOWLEDGE_BASE_ID");
        Map<String, Retrieved> passages = new LinkedHashMap<>();
        for (KnowledgeBaseRetrievalResult result : results) {
            double score = result.score() == null ? 0 : result.score();
            String text = result.content() == null ? null : result.content().text();
            if (text == null || text.isBlank() || score < settings.minScore()) {
                continue;
            }
            Retrieved passage = passage(result, text.strip(), score);
            passages.putIfAbsent(passage.id(), passage);
            if (passages.size() == limit) {
                break;
            }
        }
        return new ArrayList<>(passages.values());
    }

    /**
     * Builds a real Retrieve request and maps a canned result, so their classes are in the SnapStart
     * snapshot; nothing is sent to Bedrock, and the priming turn gets no passages.
     */
    @Override
    public KnowledgeRetriever priming() {
        return (question, limit) -> {
            request(question, limit);
            passage(
                    KnowledgeBaseRetrievalResult.builder()
                            .content(c -> c.text("priming"))
                            .location(l -> l.s3Location(s3 -> s3.uri("s3://priming/doc-priming.txt")))
                            .score(1.0)
                            .metadata(Map.of("title", Document.fromString("Priming")))
                            .build(),
                    "priming",
                    1.0);
            return List.of();
        };
    }

    RetrieveRequest request(String question, int limit) {
        KnowledgeBaseVectorSearchConfiguration.Builder search =
                KnowledgeBaseVectorSearchConfiguration.builder().numberOfResults(limit);
        settings.kind()
                .ifPresent(kind -> search.filter(RetrievalFilter.fromEqualsValue(FilterAttribute.builder()
                        .key("kind")
                        .value(Document.fromString(kind))
                        .build())));
        String query = question.length() > MAX_QUERY_CHARS ? question.substring(0, MAX_QUERY_CHARS) : question;
        return RetrieveRequest.builder()
                .knowledgeBaseId(settings.knowledgeBaseId())
                .retrievalQuery(q -> q.text(query))
                .retrievalConfiguration(c -> c.vectorSearchConfiguration(search.build()))
                .build();
    }

    private static Retrieved passage(KnowledgeBaseRetrievalResult result, String text, double score) {
        Map<String, String> metadata = strings(result.hasMetadata() ? result.metadata() : Map.of());
        String documentId = Optional.ofNullable(metadata.get("documentId"))
                .or(() -> source(result.location()))
                .map(BedrockKnowledgeBaseRetriever::citable)
                .filter(id -> !id.isEmpty())
                .orElse("kb");
        String id = Optional.ofNullable(metadata.get("passageId"))
                .filter(p -> CITABLE.matcher(p).matches())
                .orElse(documentId + "#" + Math.floorMod(text.hashCode(), 10_000));
        String title = Optional.ofNullable(metadata.get("title")).orElse(documentId);
        String locale = Optional.ofNullable(metadata.get("language"))
                .or(() -> Optional.ofNullable(metadata.get("locale")))
                .orElseGet(() -> Languages.of(text));
        return new Retrieved(id, Retrieved.PASSAGE, title, text, locale, score, 0, score);
    }

    /** The metadata's plain values as text; lists and maps are left out. */
    private static Map<String, String> strings(Map<String, Document> metadata) {
        Map<String, String> values = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            if (value.isString()) {
                values.put(key, value.asString());
            } else if (value.isNumber()) {
                values.put(key, value.asNumber().stringValue());
            } else if (value.isBoolean()) {
                values.put(key, String.valueOf(value.asBoolean()));
            }
        });
        return values;
    }

    /** The name of the object a result came from: {@code s3://shop/kb/doc-returns-en.md} is {@code doc-returns-en}. */
    private static Optional<String> source(RetrievalResultLocation location) {
        if (location == null) {
            return Optional.empty();
        }
        String uri = null;
        if (location.s3Location() != null) {
            uri = location.s3Location().uri();
        } else if (location.customDocumentLocation() != null) {
            return Optional.ofNullable(location.customDocumentLocation().id());
        } else if (location.webLocation() != null) {
            uri = location.webLocation().url();
        }
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        String path = uri;
        try {
            String parsed = URI.create(uri).getPath();
            if (parsed != null && !parsed.isBlank()) {
                path = parsed;
            }
        } catch (IllegalArgumentException e) {
            // Not a URI after all: its last segment will do.
        }
        String name = path.replaceAll("/+$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return Optional.of(dot > 0 ? name.substring(0, dot) : name);
    }

    /** Letters, digits and {@code ._:-} only, starting with a letter or digit, short enough for a marker. */
    private static String citable(String raw) {
        String id = raw.replaceAll("[^A-Za-z0-9._:-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return id.length() > DOCUMENT_ID_CHARS ? id.substring(0, DOCUMENT_ID_CHARS) : id;
    }
}
