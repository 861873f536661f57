package dev.rapport.wiring;

import dev.rapport.catalog.CatalogAdmin;
import dev.rapport.config.Environment;
import dev.rapport.graph.CatalogNodes;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbGraphStore;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/** What the catalog function runs: product upkeep for support admins, each product's graph node kept in step. */
public record CatalogApplication(CatalogAdmin admin) {

    public static CatalogApplication fromEnvironment(Environment env) {
        DynamoDbEnhancedClient client = AwsClients.dynamoDb();
        // This function only writes; it never serves reads, so it holds no copy of the catalog.
        return new CatalogApplication(new CatalogAdmin(
                new DynamoDbCatalog(
                        client, env.get("PRODUCTS_TABLE", "rapport-local-products"), Duration.ZERO, Clock.systemUTC()),
                new CatalogNodes(new DynamoDbGraphStore(client, env.get("GRAPH_TABLE", "rapport-local-graph")))));
    }
}
