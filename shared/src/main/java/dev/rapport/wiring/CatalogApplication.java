package dev.rapport.wiring;

import dev.rapport.catalog.CatalogAdmin;
import dev.rapport.config.Environment;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import java.time.Clock;
import java.time.Duration;

/** What the catalog function runs: product upkeep for support admins. */
public record CatalogApplication(CatalogAdmin admin) {

    public static CatalogApplication fromEnvironment(Environment env) {
        // This function only writes; it never serves reads, so it holds no copy of the catalog.
        return new CatalogApplication(new CatalogAdmin(new DynamoDbCatalog(
                AwsClients.dynamoDb(),
                env.get("PRODUCTS_TABLE", "rapport-local-products"),
                Duration.ZERO,
                Clock.systemUTC())));
    }
}
