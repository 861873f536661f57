package dev.rapport.local.http;

import dev.rapport.local.template.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches requests to the template's routes the way an HTTP API does: the most specific path
 * wins (literal segments before {@code {var}}, greedy {@code {proxy+}} last), {@code ANY} matches
 * every method, and a path that exists under another method is a 405, not a 404.
 */
public final class RouteTable {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_.-]+)(\\+?)}");

    private final List<Compiled> routes;

    public RouteTable(List<Route> routes) {
        this.routes = routes.stream()
                .map(RouteTable::compile)
                .sorted(Comparator.comparingInt(Compiled::greedy).thenComparingInt(Compiled::variables))
                .toList();
    }

    public List<Route> routes() {
        return routes.stream().map(Compiled::route).toList();
    }

    public sealed interface Result {}

    public record Found(Route route, Map<String, String> pathParameters) implements Result {}

    public record MethodNotAllowed(Set<String> allowed) implements Result {}

    public record NotFound() implements Result {}

    public Result match(String method, String path) {
        Set<String> allowed = new TreeSet<>();
        for (Compiled compiled : routes) {
            Matcher matcher = compiled.pattern().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            String routeMethod = compiled.route().method();
            if (routeMethod.equals("ANY") || routeMethod.equals(method)) {
                Map<String, String> parameters = new LinkedHashMap<>();
                for (int i = 0; i < compiled.names().size(); i++) {
                    parameters.put(compiled.names().get(i), matcher.group(i + 1));
                }
                return new Found(compiled.route(), parameters);
            }
            allowed.add(routeMethod);
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
    }

    private record Compiled(Route route, Pattern pattern, List<String> names, int variables, int greedy) {}

    private static Compiled compile(Route route) {
        Matcher matcher = VARIABLE.matcher(route.path());
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        int last = 0;
        int greedy = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(route.path().substring(last, matcher.start())));
            names.add(matcher.group(1));
            boolean plus = !matcher.group(2).isEmpty();
            greedy += plus ? 1 : 0;
            regex.append(plus ? "(.+)" : "([^/]+)");
            last = matcher.end();
        }
        regex.append(Pattern.quote(route.path().substring(last)));
        return new Compiled(route, Pattern.compile(regex.toString()), names, names.size(), greedy);
    }
}
