package dev.rapport.local.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answers with what it received, so tests can see the event exactly as a handler does. */
public final class EchoFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("version", event.getVersion());
        seen.put("routeKey", event.getRouteKey());
        seen.put("rawPath", event.getRawPath());
        seen.put("rawQueryString", event.getRawQueryString());
        seen.put("headers", event.getHeaders());
        seen.put("cookies", event.getCookies());
        seen.put("queryStringParameters", event.getQueryStringParameters());
        seen.put("pathParameters", event.getPathParameters());
        seen.put("method", event.getRequestContext().getHttp().getMethod());
        seen.put("stage", event.getRequestContext().getStage());
        seen.put(
                "claims",
                event.getRequestContext().getAuthorizer() == null
                        ? null
                        : event.getRequestContext().getAuthorizer().getJwt().getClaims());
        seen.put("body", event.getBody());
        seen.put("isBase64Encoded", event.getIsBase64Encoded());
        seen.put("greeting", System.getProperty("ECHO_GREETING"));
        seen.put("functionName", context.getFunctionName());
        seen.put("remainingMillis", context.getRemainingTimeInMillis());
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json", "X-Echo", "yes"))
                    .withBody(Json.MAPPER.writeValueAsString(seen))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
