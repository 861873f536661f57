package dev.rapport.functions.knowledge;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.config.Environment;
import dev.rapport.graph.GraphAdmin;
import dev.rapport.graph.GraphInput;
import dev.rapport.http.apigateway.ApiRequest;
import dev.rapport.http.apigateway.ApiResponses;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JsonBody;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.knowledge.FaqEntry;
import dev.rapport.knowledge.KnowledgeAdmin;
import dev.rapport.knowledge.KnowledgeDocument;
import dev.rapport.problem.ProblemException;
import dev.rapport.wiring.KnowledgeApplication;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Support admins' upkeep of the knowledge base: {@code GET /v1/kb/faq} (every FAQ), {@code PUT
 * /v1/kb/faq/{id}} (create or replace an FAQ), {@code DELETE /v1/kb/faq/{id}}, {@code POST
 * /v1/kb/documents} (add a policy or manual, cut into cited passages) and the knowledge graph's
 * nodes and edges under {@code /v1/kb/graph/}.
 */
public final class KnowledgeFunction extends HttpApiFunction {

    static final int FAQ_BODY_BYTES = 32 * 1024;
    /** The document limit in characters, Chinese ones taking three bytes, plus room for JSON. */
    static final int DOCUMENT_BODY_BYTES = KnowledgeAdmin.MAX_DOCUMENT_CHARS * 3 + 16 * 1024;

    private static final Set<String> FAQ_FIELDS = Set.of("question", "alternatives", "answer", "locale", "tags");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("id", "title", "locale", "text", "tags");
    static final int GRAPH_BODY_BYTES = 16 * 1024;
    private static final Set<String> NODE_FIELDS =
            Set.of("id", "kind", "nameZh", "nameEn", "descriptionZh", "descriptionEn", "attributes");
    private static final Set<String> EDGE_FIELDS = Set.of("noteZh", "noteEn", "attributes");

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final Environment ENV = Environment.system();
        static final KnowledgeApplication APP = KnowledgeApplication.fromEnvironment(ENV);
        static final JwtClaims CLAIMS = new JwtClaims(ENV.get("GROUPS_CLAIM", "cognito:groups"));
    }

    private final KnowledgeAdmin admin;
    private final GraphAdmin graph;
    private final Map<String, Route> routes = Map.of(
            "GET /v1/kb/faq", this::listFaqs,
            "PUT /v1/kb/faq/{id}", this::putFaq,
            "DELETE /v1/kb/faq/{id}", this::deleteFaq,
            "POST /v1/kb/documents", this::addDocument,
            "GET /v1/kb/graph/nodes/{id}", this::getNode,
            "PUT /v1/kb/graph/nodes/{id}", this::putNode,
            "DELETE /v1/kb/graph/nodes/{id}", this::deleteNode,
            "PUT /v1/kb/graph/edges/{from}/{kind}/{to}", this::putEdge,
            "DELETE /v1/kb/graph/edges/{from}/{kind}/{to}", this::deleteEdge);

    public KnowledgeFunction() {
        this(Default.APP.admin(), Default.APP.graph(), Default.CLAIMS);
    }

    public KnowledgeFunction(KnowledgeAdmin admin, GraphAdmin graph, JwtClaims claims) {
        super(claims);
        this.admin = admin;
        this.graph = graph;
    }

    @Override
    protected Map<String, Route> routes() {
        return routes;
    }

    private APIGatewayV2HTTPResponse putFaq(ApiRequest request) {
        requireAdmin(request);
        JsonBody body = request.jsonBody(FAQ_BODY_BYTES).onlyFields(FAQ_FIELDS);
        FaqEntry faq = new FaqEntry(
                request.pathParameter("id").orElse(""),
                body.requiredString("question"),
                strings(body, "alternatives"),
                body.requiredString("answer"),
                body.requiredString("locale"),
                strings(body, "tags"));
        return ApiResponses.json(200, admin.putFaq(request.caller(), faq));
    }

    private APIGatewayV2HTTPResponse listFaqs(ApiRequest request) {
        return ApiResponses.json(200, Map.of("faqs", admin.faqs(request.caller())));
    }

    private APIGatewayV2HTTPResponse deleteFaq(ApiRequest request) {
        admin.deleteFaq(request.caller(), request.pathParameter("id").orElse(""));
        return ApiResponses.json(200, Map.of("deleted", true));
    }

    private APIGatewayV2HTTPResponse addDocument(ApiRequest request) {
        requireAdmin(request);
        JsonBody body = request.jsonBody(DOCUMENT_BODY_BYTES).onlyFields(DOCUMENT_FIELDS);
        KnowledgeDocument document = new KnowledgeDocument(
                body.requiredString("id"),
                body.requiredString("title"),
                body.requiredString("locale"),
                body.requiredString("text"),
                strings(body, "tags"));
        List<String> passages = admin.addDocument(request.caller(), document);
        return ApiResponses.json(201, Map.of("id", document.id(), "passages", passages));
    }

    private APIGatewayV2HTTPResponse getNode(ApiRequest request) {
        requireAdmin(request);
        return ApiResponses.json(200, graph.node(request.caller(), path(request, "id")));
    }

    private APIGatewayV2HTTPResponse putNode(ApiRequest request) {
        requireAdmin(request);
        JsonBody body = request.jsonBody(GRAPH_BODY_BYTES).onlyFields(NODE_FIELDS);
        String id = path(request, "id");
        String named = body.optionalString("id");
        if (named != null && !named.equals(id)) {
            throw ProblemException.badRequest("id-mismatch", "The body's 'id' differs from the path's.");
        }
        return ApiResponses.json(200, graph.putNode(request.caller(), GraphInput.node(id, body.tree())));
    }

    private APIGatewayV2HTTPResponse deleteNode(ApiRequest request) {
        requireAdmin(request);
        graph.deleteNode(request.caller(), path(request, "id"));
        return ApiResponses.json(200, Map.of("deleted", true));
    }

    private APIGatewayV2HTTPResponse putEdge(ApiRequest request) {
        requireAdmin(request);
        JsonBody body = request.hasBody() ? request.jsonBody(GRAPH_BODY_BYTES).onlyFields(EDGE_FIELDS) : null;
        return ApiResponses.json(
                200,
                graph.putEdge(
                        request.caller(),
                        GraphInput.edge(
                                path(request, "from"),
                                path(request, "kind"),
                                path(request, "to"),
                                body == null ? null : body.tree())));
    }

    private APIGatewayV2HTTPResponse deleteEdge(ApiRequest request) {
        requireAdmin(request);
        graph.deleteEdge(request.caller(), path(request, "from"), path(request, "kind"), path(request, "to"));
        return ApiResponses.json(200, Map.of("deleted", true));
    }

    private static String path(ApiRequest request, String name) {
        return request.pathParameter(name).orElse("");
    }

    /** Before the body is read: a customer learns nothing about the payload rules. */
    private static void requireAdmin(ApiRequest request) {
        if (!request.caller().isIn(dev.rapport.identity.Caller.SUPPORT_ADMINS)) {
            throw ProblemException.forbidden("Only support admins may change the knowledge base.");
        }
    }

    private static List<String> strings(JsonBody body, String field) {
        List<String> values = body.optionalStrings(field, 50);
        return values == null ? List.of() : values;
    }
}
