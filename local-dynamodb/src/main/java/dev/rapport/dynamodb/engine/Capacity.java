package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code ConsumedCapacity} when asked for: on-demand units as a rough count, never throttled. */
final class Capacity {

    private Capacity() {}

    static ObjectNode add(ObjectNode response, Request request, Table table, double units) {
        String mode = request.choice("ReturnConsumedCapacity", "NONE", List.of("NONE", "TOTAL", "INDEXES"));
        if (!mode.equals("NONE")) {
            response.putObject("ConsumedCapacity")
                    .put("TableName", table.definition().name())
                    .put("CapacityUnits", units);
        }
        return response;
    }
}
