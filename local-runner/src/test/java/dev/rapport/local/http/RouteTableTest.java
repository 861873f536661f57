package dev.rapport.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.template.Route;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            new Route("GET", "/v1/sessions/{id}/turns", "Chat", true),
            new Route("GET", "/v1/items/{id}", "Items", true),
            new Route("GET", "/v1/items/special", "Special", true),
            new Route("ANY", "/files/{proxy+}", "Files", false),
            new Route("POST", "/v1/chat", "Chat", true)));

    @Test
    void extractsPathParameters() {
        assertThat(table.match("GET", "/v1/sessions/abc-1/turns"))
                .isEqualTo(new RouteTable.Found(
                        table.routes().stream()
                                .filter(r -> r.path().equals("/v1/sessions/{id}/turns"))
                                .findFirst()
                                .orElseThrow(),
                        Map.of("id", "abc-1")));
    }

    @Test
    void literalSegmentsWinOverVariables() {
        assertThat(((RouteTable.Found) table.match("GET", "/v1/items/special"))
                        .route()
                        .function())
                .isEqualTo("Special");
        assertThat(((RouteTable.Found) table.match("GET", "/v1/items/other"))
                        .route()
                        .function())
                .isEqualTo("Items");
    }

    @Test
    void greedyVariablesTakeTheRestOfThePathForAnyMethod() {
        RouteTable.Found found = (RouteTable.Found) table.match("DELETE", "/files/a/b/c.txt");

        assertThat(found.pathParameters()).containsEntry("proxy", "a/b/c.txt");
    }

    @Test
    void aKnownPathUnderAnotherMethodIsNotAllowedAndAnUnknownPathIsNotFound() {
        assertThat(table.match("GET", "/v1/chat")).isEqualTo(new RouteTable.MethodNotAllowed(java.util.Set.of("POST")));
        assertThat(table.match("GET", "/v1/sessions//turns")).isInstanceOf(RouteTable.NotFound.class);
        assertThat(table.match("GET", "/v1/chat/extra")).isInstanceOf(RouteTable.NotFound.class);
    }
}
