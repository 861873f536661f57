package dev.rapport.local.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** The {@code HttpApi} events of one function, as routes. */
final class HttpApiRoutes {

    private HttpApiRoutes() {}

    static List<Route> of(String function, Map<String, Object> events, Predicate<String> apiHasAuthorizer) {
        List<Route> routes = new ArrayList<>();
        events.forEach((name, definition) -> {
            Map<String, Object> event = SamTemplate.map(definition);
            if (!"HttpApi".equals(event.get("Type"))) {
                return;
            }
            Map<String, Object> properties = SamTemplate.section(event, "Properties");
            String path = (String) properties.get("Path");
            String method = (String) properties.get("Method");
            if (path == null || method == null) {
                throw new IllegalArgumentException(function + "." + name + ": the local stack needs Path and Method");
            }
            String apiId = properties.get("ApiId") instanceof String id ? id : null;
            String authorizer = (String) SamTemplate.section(properties, "Auth").get("Authorizer");
            boolean authorized = !"NONE".equals(authorizer) && (authorizer != null || apiHasAuthorizer.test(apiId));
            routes.add(new Route(
                    method.toUpperCase(Locale.ROOT).replace("X-AMAZON-APIGATEWAY-ANY-METHOD", "ANY"),
                    path,
                    function,
                    authorized));
        });
        return routes;
    }
}
