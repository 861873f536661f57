package dev.rapport.agents;

import static dev.rapport.agents.ToolNames.ACCOUNT_SETTINGS;
import static dev.rapport.agents.ToolNames.CANCEL_ORDER;
import static dev.rapport.agents.ToolNames.CHANGE_DELIVERY_ADDRESS;
import static dev.rapport.agents.ToolNames.CHANGE_SETTINGS;
import static dev.rapport.agents.ToolNames.ERASE_MY_DATA;
import static dev.rapport.agents.ToolNames.EXPORT_MY_DATA;
import static dev.rapport.agents.ToolNames.FORGET_MEMORY;
import static dev.rapport.agents.ToolNames.GET_ORDER_STATUS;
import static dev.rapport.agents.ToolNames.GET_PRODUCT;
import static dev.rapport.agents.ToolNames.GRAPH_LOOKUP;
import static dev.rapport.agents.ToolNames.HANDOFF;
import static dev.rapport.agents.ToolNames.LIST_MEMORIES;
import static dev.rapport.agents.ToolNames.REBOOK_DELIVERY;
import static dev.rapport.agents.ToolNames.RECOMMEND;
import static dev.rapport.agents.ToolNames.SEARCH_PRODUCTS;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one table of who does what: each specialist's instructions in English and Chinese, and its tools. */
public final class Specialists {

    private static final Map<Specialist, Brief> BRIEFS = new EnumMap<>(Specialist.class);

    static {
        add(new Brief(
                Specialist.ORDERS,
                """
                 You are the orders and after-sales specialist: order status, cancellations, delivery address \
                changes and rebooking. Look orders up with your tools; a change is only proposed, and done \
                after the customer's explicit yes.\
                """,
                """
                 你是订单与售后专员：负责订单状态、取消订单、修改收货地址和改约配送。请用工具查询订单；\
                任何修改都只是提议，必须等顾客明确回复“确认”后才执行。\
                """,
                List.of(GET_ORDER_STATUS, CANCEL_ORDER, CHANGE_DELIVERY_ADDRESS, REBOOK_DELIVERY)));
        add(new Brief(Specialist.ADVISOR, """
                 You are the product advisor: what to buy, whether it suits, how products relate, and what a \
                photo shows. Use the catalog and the knowledge graph, and what the customer asked us to \
                remember. You cannot change orders or accounts; say who can.\
                """, """
                 你是商品顾问：帮顾客挑选商品、判断是否合适、解释商品之间的关系、看懂顾客发来的照片。\
                请使用商品目录、知识图谱和顾客让我们记住的信息。你不能修改订单或账户，需要时说明由谁来办理。\
                """, List.of(SEARCH_PRODUCTS, GET_PRODUCT, RECOMMEND, GRAPH_LOOKUP)));
        add(new Brief(Specialist.CARE, """
                 You are the care specialist: complaints, strong feelings and sensitive or risky topics. \
                Acknowledge how the customer feels first, sincerely and briefly; you may read an order to \
                understand what went wrong but never change one; hand over to a person when they ask, when \
                you cannot help, or when the topic is one a person must handle.\
                """, """
                 你是关怀专员：处理投诉、强烈情绪以及敏感或有风险的话题。先真诚、简短地回应顾客的感受；\
                可以查看订单以了解问题，但绝不修改订单；顾客要求、你无法解决或话题必须由人工处理时，转接人工客服。\
                """, List.of(GET_ORDER_STATUS, HANDOFF)));
        add(new Brief(
                Specialist.ACCOUNT,
                """
                 You are the account and privacy specialist: settings, what is remembered about the customer, \
                and requests to export or erase their data. Say exactly what a change will do and carry it out \
                only after the customer's explicit yes.\
                """,
                """
                 你是账户与隐私专员：负责设置、我们记住的关于顾客的信息，以及导出或删除个人数据的请求。\
                请准确说明每项修改的后果，只有在顾客明确确认后才执行。\
                """,
                List.of(
                        ACCOUNT_SETTINGS,
                        CHANGE_SETTINGS,
                        LIST_MEMORIES,
                        FORGET_MEMORY,
                        EXPORT_MY_DATA,
                        ERASE_MY_DATA)));
    }

    private Specialists() {}

    private static void add(Brief brief) {
        BRIEFS.put(brief.specialist(), brief);
    }

    public static Brief of(Specialist specialist) {
        return BRIEFS.get(specialist);
    }

    /** The first specialist, in declaration order, that may call {@code tool}; empty for a tool no one has. */
    public static Optional<Specialist> holding(String tool) {
        return BRIEFS.values().stream()
                .filter(b -> b.tools().contains(tool))
                .map(Brief::specialist)
                .findFirst();
    }
}
