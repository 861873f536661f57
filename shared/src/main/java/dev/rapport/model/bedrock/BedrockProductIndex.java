package dev.rapport.model.bedrock;

import dev.rapport.catalog.CatalogUnavailableException;
import dev.rapport.catalog.ProductIndex;
import dev.rapport.catalog.ProductInput;
import dev.rapport.catalog.ProductQuery;
import dev.rapport.knowledge.KnowledgeUnavailableException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeClient;
import software.amazon.awssdk.services.bedrockagentruntime.model.FilterAttribute;
import software.amazon.awssdk.services.bedrockagentruntime.model.KnowledgeBaseRetrievalResult;
import software.amazon.awssdk.services.bedrockagentruntime.model.KnowledgeBaseVectorSearchConfiguration;
import software.amazon.awssdk.services.bedrockagentruntime.model.RetrievalFilter;
import software.amazon.awssdk.services.bedrockagentruntime.model.RetrieveRequest;

/**
 * Product search through an Amazon Bedrock knowledge base's {@code Retrieve}: one document per
 * product whose metadata carries {@code sku}, {@code kind} ({@code product}), {@code category} and
 * {@code price} (a number). The query's category and price bounds become metadata filters, so the
 * index does the narrowing; the results' SKUs, deduplicated in rank order, are all this returns.
 * Every fault, transient or a refusal, is {@link CatalogUnavailableException}: the tool says search
 * is unavailable and the turn answers.
 */
public final class BedrockProductIndex implements ProductIndex {

    private static final int MAX_QUERY_CHARS = 1_000;

    private final BedrockAgentRuntimeClient client;
    private final KnowledgeBaseSettings settings;

    public BedrockProductIndex(BedrockAgentRuntimeClient client, KnowledgeBaseSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static BedrockProductIndex create(KnowledgeBaseSettings settings) {
        return new BedrockProductIndex(
                BedrockAgentClients.agentRuntime(settings, null).build(), settings);
    }

    @Override
    public List<String> skus(ProductQuery query, int limit) {
        List<KnowledgeBaseRetrievalResult> results;
        try {
            results = RetrieveCalls.retrieve(
                    client, request(query, limit), settings.timeout(), "PRODUCTS_KNOWLEDGE_BASE_ID");
        } catch (KnowledgeUnavailableException | IllegalStateException e) {
            throw new CatalogUnavailableException(e.getMessage(), e);
        }
        LinkedHashSet<String> skus = new LinkedHashSet<>();
        for (KnowledgeBaseRetrievalResult result : results) {
            double score = result.score() == null ? 0 : result.score();
            Document sku = result.hasMetadata() ? result.metadata().get("sku") : null;
            if (score < settings.minScore() || sku == null || !sku.isString()) {
                continue;
            }
            if (ProductInput.SKU.matcher(sku.asString()).matches()) {
                skus.add(sku.asString());
            }
            if (skus.size() == limit) {
                break;
            }
        }
        return new ArrayList<>(skus);
    }

    RetrieveRequest request(ProductQuery query, int limit) {
        KnowledgeBaseVectorSearchConfiguration.Builder search =
                KnowledgeBaseVectorSearchConfiguration.builder().numberOfResults(limit);
        List<RetrievalFilter> filters = filters(query);
        if (filters.size() == 1) {
            search.filter(filters.getFirst());
        } else if (filters.size() > 1) {
            search.filter(RetrievalFilter.fromAndAll(filters));
        }
        String text = text(query);
        String bounded = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
        return RetrieveRequest.builder()
                .knowledgeBaseId(settings.knowledgeBaseId())
                .retrievalQuery(q -> q.text(bounded))
                .retrievalConfiguration(c -> c.vectorSearchConfiguration(search.build()))
                .build();
    }

    private List<RetrievalFilter> filters(ProductQuery query) {
        List<RetrievalFilter> filters = new ArrayList<>();
        settings.kind()
                .filter(kind -> !kind.isBlank())
                .ifPresent(kind -> filters.add(RetrievalFilter.fromEqualsValue(attribute("kind", kind))));
        if (query.category() != null && !query.category().isBlank()) {
            filters.add(RetrievalFilter.fromEqualsValue(
                    attribute("category", query.category().toLowerCase(Locale.ROOT))));
        }
        bound(query.minPrice(), RetrievalFilter::fromGreaterThanOrEquals, filters);
        bound(query.maxPrice(), RetrievalFilter::fromLessThanOrEquals, filters);
        return filters;
    }

    private static void bound(
            BigDecimal price, Function<FilterAttribute, RetrievalFilter> filter, List<RetrievalFilter> filters) {
        if (price != null) {
            filters.add(filter.apply(FilterAttribute.builder()
                    .key("price")
                    .value(Document.fromNumber(price))
                    .build()));
        }
    }

    private static FilterAttribute attribute(String key, String value) {
        return FilterAttribute.builder()
                .key(key)
                .value(Document.fromString(value))
                .build();
    }

    /**
     * The words to search by: the customer's own, else what the filters name (the model may search
     * "black phones" with no words at all, and Retrieve needs some text).
     */
    private static String text(ProductQuery query) {
        if (query.text() != null && !query.text().isBlank()) {
            return query.text().strip();
        }
        String named = Stream.of(query.colour(), query.size(), query.category())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return named.isEmpty() ? "product" : named;
    }
}
