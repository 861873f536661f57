package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.rapport.json.Json;
import dev.rapport.orders.Order;
import dev.rapport.orders.OrderStatus;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** One order under its customer's partition. Mutable only for the mapper. */
final class OrderItem {

    static final String SORT_PREFIX = "ORDER#";

    static final TableSchema<OrderItem> SCHEMA = StaticTableSchema.builder(OrderItem.class)
            .newItemSupplier(OrderItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(OrderItem::pk)
                            .setter(OrderItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(OrderItem::sk)
                            .setter(OrderItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(OrderItem::customer).setter(OrderItem::customer))
            .addAttribute(
                    String.class,
                    a -> a.name("orderId").getter(OrderItem::orderId).setter(OrderItem::orderId))
            .addAttribute(
                    String.class,
                    a -> a.name("status").getter(OrderItem::status).setter(OrderItem::status))
            .addAttribute(
                    String.class, a -> a.name("items").getter(OrderItem::items).setter(OrderItem::items))
            .addAttribute(
                    String.class,
                    a -> a.name("deliveryAddress")
                            .getter(OrderItem::deliveryAddress)
                            .setter(OrderItem::deliveryAddress))
            .addAttribute(
                    String.class,
                    a -> a.name("deliverySlot").getter(OrderItem::deliverySlot).setter(OrderItem::deliverySlot))
            .addAttribute(
                    String.class,
                    a -> a.name("placedAt").getter(OrderItem::placedAt).setter(OrderItem::placedAt))
            .addAttribute(
                    String.class,
                    a -> a.name("updatedAt").getter(OrderItem::updatedAt).setter(OrderItem::updatedAt))
            .build();

    private static final TypeReference<List<Order.Line>> LINES = new TypeReference<>() {};

    private String pk;
    private String sk;
    private String customer;
    private String orderId;
    private String status;
    private String items;
    private String deliveryAddress;
    private String deliverySlot;
    private String placedAt;
    private String updatedAt;

    static String partition(String customerHash) {
        return "C#" + customerHash;
    }

    static OrderItem of(String customerHash, Order order) {
        OrderItem item = keyOf(customerHash, order.orderId());
        item.orderId = order.orderId();
        item.status = order.status().wire();
        item.items = Json.write(order.items());
        item.deliveryAddress = order.deliveryAddress();
        item.deliverySlot = order.deliverySlot();
        item.placedAt = order.placedAt().toString();
        return item;
    }

    static OrderItem keyOf(String customerHash, String orderId) {
        OrderItem item = new OrderItem();
        item.pk = partition(customerHash);
        item.sk = SORT_PREFIX + orderId;
        item.customer = customerHash;
        return item;
    }

    Order order() {
        try {
            return new Order(
                    orderId,
                    OrderStatus.fromWire(status),
                    Json.MAPPER.readValue(items, LINES),
                    deliveryAddress,
                    deliverySlot,
                    Instant.parse(placedAt));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored order " + orderId + " has unreadable items", e);
        }
    }

    String pk() {
        return pk;
    }

    void pk(String v) {
        pk = v;
    }

    String sk() {
        return sk;
    }

    void sk(String v) {
        sk = v;
    }

    String customer() {
        return customer;
    }

    void customer(String v) {
        customer = v;
    }

    String orderId() {
        return orderId;
    }

    void orderId(String v) {
        orderId = v;
    }

    String status() {
        return status;
    }

    void status(String v) {
        status = v;
    }

    String items() {
        return items;
    }

    void items(String v) {
        items = v;
    }

    String deliveryAddress() {
        return deliveryAddress;
    }

    void deliveryAddress(String v) {
        deliveryAddress = v;
    }

    String deliverySlot() {
        return deliverySlot;
    }

    void deliverySlot(String v) {
        deliverySlot = v;
    }

    String placedAt() {
        return placedAt;
    }

    void placedAt(String v) {
        placedAt = v;
    }

    String updatedAt() {
        return updatedAt;
    }

    void updatedAt(String v) {
        updatedAt = v;
    }
}
