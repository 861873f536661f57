package dev.rapport.actions;

import dev.rapport.chat.ChatReply;
import dev.rapport.orders.AuditEntry;
import dev.rapport.orders.OrderStore;
import dev.rapport.orders.OrderStore.ActionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out proposals the customer confirmed, each at most once (the store's conditional write on
 * the action id), each audited, and says in the customer's language what happened.
 */
public final class ActionDesk {

    /** The reply of a confirming (or declining) turn: no model is asked. */
    public record Outcome(String reply, List<ChatReply.Action> actions) {}

    private final OrderStore orders;

    public ActionDesk(OrderStore orders) {
        this.orders = orders;
    }

    public Outcome confirm(String customerHash, List<PendingAction> pending, Instant now, boolean chinese) {
        List<ChatReply.Action> done = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (PendingAction action : pending) {
            ActionResult result = orders.execute(customerHash, action.change(), new AuditEntry(action.id(),
                    action.type(), action.orderId(), action.summary(), "customer", action.proposedAt(), now));
            done.add(new ChatReply.Action(action.id(), action.type(), action.orderId(), action.summary(),
                    result.wire()));
            lines.add(line(action, result, chinese));
        }
        return new Outcome(String.join(chinese ? "" : " ", lines), done);
    }

    public Outcome decline(List<PendingAction> pending, boolean chinese) {
        List<ChatReply.Action> declined = pending.stream().map(a -> new ChatReply.Action(a.id(), a.type(),
                a.orderId(), a.summary(), "declined")).toList();
        String orders = String.join(chinese ? "、" : ", ", pending.stream().map(PendingAction::orderId).toList());
        return new Outcome(chinese ? "好的，订单" + orders + "保持不变。还有什么可以帮您？"
                : "Okay, I've left order " + orders + " as it is. Anything else I can help with?", declined);
    }

    private static String line(PendingAction action, ActionResult result, boolean chinese) {
        return switch (result) {
            case DONE -> chinese ? "已完成：" + action.summary() + "。" : "Done: " + action.summary() + ".";
            case ALREADY_DONE -> chinese ? "这项操作之前已经完成，不会重复执行：" + action.summary() + "。"
                    : "That was already done, so nothing was repeated: " + action.summary() + ".";
            case NOT_ALLOWED -> chinese ? "抱歉，订单" + action.orderId() + "的状态已变化，无法再执行：" + action.summary()
                    + "。需要的话我可以为您转人工客服。"
                    : "Sorry, order " + action.orderId() + " has moved on and no longer allows this: "
                            + action.summary() + ". I can hand you to a colleague if you need.";
            case NOT_FOUND -> chinese ? "抱歉，没有找到订单" + action.orderId() + "。"
                    : "Sorry, I can't find order " + action.orderId() + ".";
        };
    }
}
