package dev.rapport.local.template;

/**
 * One HTTP API route of the template: {@code method} is upper case or {@code ANY}; {@code path} may
 * hold {@code {name}} and a final {@code {name+}} variable.
 *
 * @param authorized whether the route sits behind the API's JWT authorizer
 */
public record Route(String method, String path, String function, boolean authorized) {

    public String routeKey() {
        return method + " " + path;
    }
}
