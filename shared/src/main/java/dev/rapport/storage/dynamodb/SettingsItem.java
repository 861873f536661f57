package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** A customer's settings: one item under the customer's own key. Mutable only for the mapper. */
final class SettingsItem {

    static final String SORT_KEY = "SETTINGS";

    static final TableSchema<SettingsItem> SCHEMA = StaticTableSchema.builder(SettingsItem.class)
            .newItemSupplier(SettingsItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(SettingsItem::pk)
                            .setter(SettingsItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(SettingsItem::sk)
                            .setter(SettingsItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    Boolean.class,
                    a -> a.name("memoryEnabled")
                            .getter(SettingsItem::memoryEnabled)
                            .setter(SettingsItem::memoryEnabled))
            .addAttribute(
                    Boolean.class,
                    a -> a.name("sensitiveMemoryAllowed")
                            .getter(SettingsItem::sensitiveMemoryAllowed)
                            .setter(SettingsItem::sensitiveMemoryAllowed))
            .addAttribute(
                    Boolean.class,
                    a -> a.name("marketingOptIn")
                            .getter(SettingsItem::marketingOptIn)
                            .setter(SettingsItem::marketingOptIn))
            .addAttribute(
                    String.class,
                    a -> a.name("timezone").getter(SettingsItem::timezone).setter(SettingsItem::timezone))
            .addAttribute(
                    String.class,
                    a -> a.name("locale").getter(SettingsItem::locale).setter(SettingsItem::locale))
            .addAttribute(
                    String.class,
                    a -> a.name("profiles").getter(SettingsItem::profiles).setter(SettingsItem::profiles))
            .addAttribute(
                    String.class,
                    a -> a.name("updatedAt").getter(SettingsItem::updatedAt).setter(SettingsItem::updatedAt))
            .addAttribute(
                    Long.class,
                    a -> a.name("version").getter(SettingsItem::version).setter(SettingsItem::version))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(SettingsItem::customer).setter(SettingsItem::customer))
            .build();

    private String pk;
    private String sk;
    private Boolean memoryEnabled;
    private Boolean sensitiveMemoryAllowed;
    private Boolean marketingOptIn;
    private String timezone;
    private String locale;
    private String profiles;
    private String updatedAt;

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

    Boolean memoryEnabled() {
        return memoryEnabled;
    }

    void memoryEnabled(Boolean v) {
        memoryEnabled = v;
    }

    Boolean sensitiveMemoryAllowed() {
        return sensitiveMemoryAllowed;
    }

    void sensitiveMemoryAllowed(Boolean v) {
        sensitiveMemoryAllowed = v;
    }

    Boolean marketingOptIn() {
        return marketingOptIn;
    }

    void marketingOptIn(Boolean v) {
        marketingOptIn = v;
    }

    String timezone() {
        return timezone;
    }

    void timezone(String v) {
        timezone = v;
    }

    String locale() {
        return locale;
    }

    void locale(String v) {
        locale = v;
    }

    String profiles() {
        return profiles;
    }

    void profiles(String v) {
        profiles = v;
    }

    String updatedAt() {
        return updatedAt;
    }

    void updatedAt(String v) {
        updatedAt = v;
    }

    /** The owner's customer hash: the key of the byCustomer index that export and erasure read. */
    private String customer;

    String customer() {
        return customer;
    }

    void customer(String v) {
        customer = v;
    }

    /** Bumped by every update, so an update only lands on the settings it was computed from. */
    private Long version;

    Long version() {
        return version;
    }

    void version(Long v) {
        version = v;
    }
}
