package dev.rapport.local.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.rapport.json.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Builds the API Gateway HTTP API payload format 2.0 event for a request, field by field as AWS
 * sends it: lower-case headers with repeated values joined by commas, cookies apart, decoded
 * query and path parameters, the JWT claims as strings, binary bodies in base64.
 */
final class ApiGatewayEvents {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Connection-level headers end at the API's edge; a function never sees them. */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "upgrade",
            "http2-settings",
            "keep-alive",
            "transfer-encoding",
            "te",
            "trailer",
            "proxy-connection");

    private ApiGatewayEvents() {}

    static String event(HttpExchange exchange, byte[] body, RouteTable.Found found, Map<String, String> claims) {
        Instant now = Instant.now();
        ObjectNode event = Json.MAPPER.createObjectNode();
        String routeKey = found.route().routeKey();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = headers(exchange);
        String cookieHeader = headers.remove("cookie");
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", exchange.getRequestURI().getRawPath());
        event.put("rawQueryString", rawQuery == null ? "" : rawQuery);
        if (cookieHeader != null) {
            List.of(cookieHeader.split(";\\s*")).forEach(event.putArray("cookies")::add);
        }
        event.set("headers", Json.MAPPER.valueToTree(headers));
        if (rawQuery != null && !rawQuery.isEmpty()) {
            event.set("queryStringParameters", Json.MAPPER.valueToTree(query(rawQuery)));
        }
        if (!found.pathParameters().isEmpty()) {
            event.set("pathParameters", Json.MAPPER.valueToTree(found.pathParameters()));
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        if (claims != null) {
            ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
            jwt.set("claims", Json.MAPPER.valueToTree(claims));
            jwt.putNull("scopes");
        }
        String host = headers.getOrDefault("host", "127.0.0.1");
        context.put("domainName", host);
        context.put("domainPrefix", host.split("[.:]", 2)[0]);
        ObjectNode http = context.putObject("http");
        http.put("method", exchange.getRequestMethod());
        http.put("path", exchange.getRequestURI().getPath());
        http.put("protocol", exchange.getProtocol());
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        http.put("userAgent", headers.getOrDefault("user-agent", ""));
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("time", TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());
        if (body.length > 0) {
            boolean text = isText(headers.get("content-type"));
            event.put(
                    "body",
                    text
                            ? new String(body, StandardCharsets.UTF_8)
                            : Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event.toString();
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower)) {
                headers.put(lower, String.join(",", values));
            }
        });
        return headers;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** API Gateway passes these through as text; anything else arrives base64-encoded. */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/")
                || type.contains("json")
                || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("application/javascript");
    }
}
