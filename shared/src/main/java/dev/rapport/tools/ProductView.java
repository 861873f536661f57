package dev.rapport.tools;

import dev.rapport.catalog.Product;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A product as tools show it: figures resolved for the customer's region, so the model quotes the right one. */
record ProductView(
        String sku,
        String nameZh,
        String nameEn,
        String category,
        List<String> colours,
        List<String> sizes,
        String price,
        String currency,
        boolean inStock,
        Map<String, String> specs) {

    static ProductView of(Product product, String region) {
        Map<String, String> specs = new LinkedHashMap<>();
        for (String name : product.specs().keySet()) {
            String general = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
            specs.putIfAbsent(general, product.spec(general, region));
        }
        return new ProductView(
                product.sku(),
                product.nameZh(),
                product.nameEn(),
                product.category(),
                product.colours(),
                product.sizes(),
                product.price().toPlainString(),
                product.currency(),
                product.inStock(),
                specs);
    }
}
