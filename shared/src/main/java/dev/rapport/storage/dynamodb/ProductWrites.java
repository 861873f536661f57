package dev.rapport.storage.dynamodb;

import dev.rapport.catalog.Product;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** An admin's product write, the same whichever way the catalog is read. */
final class ProductWrites {

    private ProductWrites() {}

    /** Creates or replaces the product; true when it was new. */
    static boolean put(DynamoDbTable<ProductItem> table, Product product) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(ProductItem.class)
                    .item(ProductItem.of(product))
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(sku)")
                            .build())
                    .build());
            return true;
        } catch (ConditionalCheckFailedException exists) {
            table.putItem(ProductItem.of(product));
            return false;
        }
    }
}
