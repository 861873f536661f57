package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import dev.rapport.catalog.Product;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** A catalog product: business data, no customer's. Mutable only for the mapper. */
final class ProductItem {

    static final TableSchema<ProductItem> SCHEMA = StaticTableSchema.builder(ProductItem.class)
            .newItemSupplier(ProductItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("sku")
                            .getter(ProductItem::sku)
                            .setter(ProductItem::sku)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("nameZh").getter(ProductItem::nameZh).setter(ProductItem::nameZh))
            .addAttribute(
                    String.class,
                    a -> a.name("nameEn").getter(ProductItem::nameEn).setter(ProductItem::nameEn))
            .addAttribute(
                    String.class,
                    a -> a.name("category").getter(ProductItem::category).setter(ProductItem::category))
            .addAttribute(
                    EnhancedType.listOf(String.class),
                    a -> a.name("colours").getter(ProductItem::colours).setter(ProductItem::colours))
            .addAttribute(
                    EnhancedType.listOf(String.class),
                    a -> a.name("sizes").getter(ProductItem::sizes).setter(ProductItem::sizes))
            .addAttribute(
                    String.class,
                    a -> a.name("price").getter(ProductItem::price).setter(ProductItem::price))
            .addAttribute(
                    String.class,
                    a -> a.name("currency").getter(ProductItem::currency).setter(ProductItem::currency))
            .addAttribute(
                    EnhancedType.mapOf(String.class, String.class),
                    a -> a.name("specs").getter(ProductItem::specs).setter(ProductItem::specs))
            .addAttribute(
                    Integer.class,
                    a -> a.name("stock").getter(ProductItem::stock).setter(ProductItem::stock))
            .build();

    private String sku;
    private String nameZh;
    private String nameEn;
    private String category;
    private List<String> colours;
    private List<String> sizes;
    /** A decimal string, so a price never passes through binary floating point. */
    private String price;

    private String currency;
    private Map<String, String> specs;
    private Integer stock;

    static ProductItem of(Product product) {
        ProductItem item = new ProductItem();
        item.sku = product.sku();
        item.nameZh = product.nameZh();
        item.nameEn = product.nameEn();
        item.category = product.category();
        item.colours = product.colours().isEmpty() ? null : product.colours();
        item.sizes = product.sizes().isEmpty() ? null : product.sizes();
        item.price = product.price().toPlainString();
        item.currency = product.currency();
        item.specs = product.specs().isEmpty() ? null : product.specs();
        item.stock = product.stock();
        return item;
    }

    Product product() {
        return new Product(
                sku,
                nameZh,
                nameEn,
                category,
                colours,
                sizes,
                new BigDecimal(price),
                currency,
                specs,
                stock == null ? 0 : stock);
    }

    String sku() {
        return sku;
    }

    void sku(String v) {
        sku = v;
    }

    String nameZh() {
        return nameZh;
    }

    void nameZh(String v) {
        nameZh = v;
    }

    String nameEn() {
        return nameEn;
    }

    void nameEn(String v) {
        nameEn = v;
    }

    String category() {
        return category;
    }

    void category(String v) {
        category = v;
    }

    List<String> colours() {
        return colours;
    }

    void colours(List<String> v) {
        colours = v;
    }

    List<String> sizes() {
        return sizes;
    }

    void sizes(List<String> v) {
        sizes = v;
    }

    String price() {
        return price;
    }

    void price(String v) {
        price = v;
    }

    String currency() {
        return currency;
    }

    void currency(String v) {
        currency = v;
    }

    Map<String, String> specs() {
        return specs;
    }

    void specs(Map<String, String> v) {
        specs = v;
    }

    Integer stock() {
        return stock;
    }

    void stock(Integer v) {
        stock = v;
    }
}
