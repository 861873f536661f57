package dev.rapport.agents;

/**
 * The names of the tools the specialists are given, as the tools publish them to the model. Kept as names:
 * which implementation serves a name is the toolbox's business, and a name no tool serves is never run.
 */
final class ToolNames {

    static final String GET_ORDER_STATUS = "get_order_status";
    static final String CANCEL_ORDER = "cancel_order";
    static final String CHANGE_DELIVERY_ADDRESS = "change_delivery_address";
    static final String REBOOK_DELIVERY = "rebook_delivery";
    static final String SEARCH_PRODUCTS = "search_products";
    static final String GET_PRODUCT = "get_product";
    static final String RECOMMEND = "recommend";
    static final String GRAPH_LOOKUP = "graph_lookup";
    static final String HANDOFF = "handoff";
    static final String ACCOUNT_SETTINGS = "account_settings";
    static final String CHANGE_SETTINGS = "change_settings";
    static final String LIST_MEMORIES = "list_memories";
    static final String FORGET_MEMORY = "forget_memory";
    static final String EXPORT_MY_DATA = "export_my_data";
    static final String ERASE_MY_DATA = "erase_my_data";

    private ToolNames() {}
}
