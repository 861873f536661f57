package dev.rapport.integrations;

import dev.rapport.reminders.InboxMessage;
import java.time.Instant;

/**
 * The inbox notice that tells the customer what the business did with a change they confirmed, in
 * the language they confirmed it in, with the words they were shown.
 */
final class ChangeNotices {

    static final String KIND = "order";

    private ChangeNotices() {}

    static InboxMessage of(String requestId, IntegrationStore.AskedChange asked, boolean done, Instant now) {
        boolean chinese = "zh".equals(asked.language());
        String text;
        if (done) {
            text = chinese
                    ? "订单" + asked.orderId() + "：" + asked.summary() + "——商家已办理完成。"
                    : "Order " + asked.orderId() + ": " + asked.summary() + " — done by the store.";
        } else {
            text = chinese
                    ? "订单" + asked.orderId() + "：" + asked.summary() + "——商家未能办理，订单保持原状。如需帮助，请在聊天中告诉我们。"
                    : "Order " + asked.orderId() + ": " + asked.summary()
                            + " — the store could not do this, so the order stays as it was."
                            + " Tell us in chat if you need help.";
        }
        return new InboxMessage(KIND, requestId, now, text, now, null);
    }
}
