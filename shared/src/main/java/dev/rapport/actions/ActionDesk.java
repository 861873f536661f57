package dev.rapport.actions;

import dev.rapport.identity.Owner;
import dev.rapport.orders.AuditEntry;
import dev.rapport.orders.OrderChange;
import dev.rapport.orders.OrderStore;
import dev.rapport.orders.OrderStore.ActionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Carries out proposals the customer confirmed, and says in the customer's language what happened:
 * order changes each at most once (the store's conditional write on the action id), each audited;
 * other proposals (the account's) by the {@link ActionHandler} that handles their type.
 */
public final class ActionDesk {

    private static final Pattern VAULTED = Pattern.compile("\\[(?:ADDRESS|PHONE)_\\d{1,6}]");

    /** The reply of a confirming (or declining) turn: no model is asked. */
    public record Outcome(String reply, List<ActionView> actions) {}

    private final OrderStore orders;
    private final List<ActionHandler> handlers;

    public ActionDesk(OrderStore orders) {
        this(orders, List.of());
    }

    private ActionDesk(OrderStore orders, List<ActionHandler> handlers) {
        this.orders = orders;
        this.handlers = List.copyOf(handlers);
    }

    /** This desk, also carrying out the proposals {@code handler} handles. */
    public ActionDesk with(ActionHandler handler) {
        List<ActionHandler> more = new ArrayList<>(handlers);
        more.add(handler);
        return new ActionDesk(orders, more);
    }

    public Outcome confirm(String customerHash, List<PendingAction> pending, Instant now, boolean chinese) {
        return confirm(
                new Owner(customerHash, Owner.DEFAULT_PROFILE),
                pending,
                now,
                chinese,
                placeholder -> Optional.of(placeholder));
    }

    /**
     * As above, with a new address given as a placeholder ({@code [ADDRESS_1]}) resolved through the
     * session's vault: only the order store's write sees the real value; the audit entry, the reply and
     * the transcript keep the placeholder. An expired or unknown placeholder changes nothing.
     */
    public Outcome confirm(
            Owner owner,
            List<PendingAction> pending,
            Instant now,
            boolean chinese,
            Function<String, Optional<String>> vault) {
        String customerHash = owner.customerHash();
        List<ActionView> done = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (PendingAction action : pending) {
            Optional<ActionHandler> handler = handler(action);
            if (handler.isPresent()) {
                ActionHandler.Done result = handler.get().carryOut(owner, action, chinese);
                done.add(new ActionView(action.id(), action.type(), null, action.summary(), result.status()));
                lines.add(result.line());
                continue;
            }
            if (action.orderId() == null) {
                // An account action confirmed where no handler serves it (a photo sent into the session): not
                // carried out, and said so, rather than read as an order change.
                done.add(new ActionView(action.id(), action.type(), null, action.summary(), "refused"));
                lines.add(
                        chinese
                                ? "抱歉，这项操作需要在文字对话中确认，这次没有执行。"
                                : "Sorry, I can't do that from here, so nothing was changed; please ask again in the"
                                        + " chat.");
                continue;
            }
            OrderChange change = action.change();
            if (change.kind() == OrderChange.Kind.CHANGE_ADDRESS
                    && VAULTED.matcher(change.value()).matches()) {
                Optional<String> value = vault.apply(change.value());
                if (value.isEmpty()) {
                    done.add(new ActionView(action.id(), action.type(), action.orderId(), action.summary(), "refused"));
                    lines.add(
                            chinese
                                    ? "抱歉，为安全起见，您提供的地址已过期（仅保留一段时间），订单" + action.orderId() + "未作更改。请重新发送新地址。"
                                    : "Sorry, the address you gave has expired (it is kept only briefly, for your"
                                            + " safety), so order " + action.orderId()
                                            + " was not changed. Please send the new address again.");
                    continue;
                }
                change = new OrderChange(change.kind(), change.orderId(), value.get());
            }
            ActionResult result = orders.execute(
                    customerHash,
                    change,
                    new AuditEntry(
                            action.id(),
                            action.type(),
                            action.orderId(),
                            action.summary(),
                            "customer",
                            action.proposedAt(),
                            now,
                            action.value(),
                            chinese ? "zh" : "en"));
            done.add(new ActionView(action.id(), action.type(), action.orderId(), action.summary(), result.wire()));
            lines.add(line(action, result, chinese));
        }
        return new Outcome(String.join(chinese ? "" : " ", lines), done);
    }

    public Outcome decline(List<PendingAction> pending, boolean chinese) {
        List<ActionView> declined = pending.stream()
                .map(a -> new ActionView(a.id(), a.type(), a.orderId(), a.summary(), "declined"))
                .toList();
        List<String> orderIds = pending.stream()
                .map(PendingAction::orderId)
                .filter(Objects::nonNull)
                .toList();
        if (orderIds.isEmpty()) {
            return new Outcome(
                    chinese
                            ? "好的，我没有做这项操作，一切保持不变。还有什么可以帮您？"
                            : "Okay, I haven't done that; nothing was changed. Anything else I can help with?",
                    declined);
        }
        String orders = String.join(chinese ? "、" : ", ", orderIds);
        return new Outcome(
                chinese
                        ? "好的，订单" + orders + "保持不变。还有什么可以帮您？"
                        : "Okay, I've left order " + orders + " as it is. Anything else I can help with?",
                declined);
    }

    private Optional<ActionHandler> handler(PendingAction action) {
        return handlers.stream().filter(h -> h.handles(action.type())).findFirst();
    }

    private static String line(PendingAction action, ActionResult result, boolean chinese) {
        return switch (result) {
            case DONE -> chinese ? "已完成：" + action.summary() + "。" : "Done: " + action.summary() + ".";
            case ALREADY_DONE ->
                chinese
                        ? "这项操作之前已经完成，不会重复执行：" + action.summary() + "。"
                        : "That was already done, so nothing was repeated: " + action.summary() + ".";
            case NOT_ALLOWED ->
                chinese
                        ? "抱歉，订单" + action.orderId() + "的状态已变化，无法再执行：" + action.summary() + "。需要的话我可以为您转人工客服。"
                        : "Sorry, order " + action.orderId() + " has moved on and no longer allows this: "
                                + action.summary() + ". I can hand you to a colleague if you need.";
            case NOT_FOUND ->
                chinese ? "抱歉，没有找到订单" + action.orderId() + "。" : "Sorry, I can't find order " + action.orderId() + ".";
        };
    }
}
