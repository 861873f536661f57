package dev.rapport.http.apigateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller from the JWT authorizer's claims. API Gateway flattens every claim to a string; an
 * array claim such as {@code cognito:groups} arrives as {@code "[marketers support-admins]"}.
 */
public final class JwtClaims {

    private final String groupsClaim;

    public JwtClaims(String groupsClaim) {
        this.groupsClaim = groupsClaim;
    }

    public Caller caller(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims = Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getJwt)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT::getClaims)
                .orElse(Map.of());
        String subject = claims.get("sub");
        if (subject == null || subject.isBlank()) {
            throw ProblemException.unauthorized("A valid bearer token is required.");
        }
        return new Caller(subject, groups(claims.get(groupsClaim)));
    }

    static Set<String> groups(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        String inner = raw.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split("[\\s,]+"))
                .map(g -> g.replace("\"", "").strip())
                .filter(g -> !g.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
