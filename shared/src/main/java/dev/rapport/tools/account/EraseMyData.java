package dev.rapport.tools.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.actions.ActionView;
import dev.rapport.actions.PendingAction;
import dev.rapport.model.ToolSpec;
import dev.rapport.tools.ToolContext;
import dev.rapport.tools.ToolOutput;
import java.util.LinkedHashMap;

/**
 * {@code erase_my_data}: proposes the erasure of {@code DELETE /v1/me} — everything held about the
 * customer, every profile — which runs only after their yes on the next turn, and that turn is not kept.
 */
final class EraseMyData extends AccountTool {

    static final String NAME = ActionView.ERASE_EVERYTHING;

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Propose erasing everything held about this customer (conversations, memories, settings, reminders,"
                    + " order records; every profile of the account). It cannot be undone and is NOT done until the"
                    + " customer replies yes: tell them so and ask.",
            """
            {"type":"object","properties":{}}\
            """);

    EraseMyData() {
        super(SPEC);
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        PendingAction action = new PendingAction(
                context.ids().get(),
                NAME,
                null,
                null,
                context.chinese()
                        ? "删除我们保存的关于您的全部数据（对话、记忆、设置、提醒、订单记录，包括所有成员资料），此操作无法撤销"
                        : "Erase everything we hold about you (conversations, memories, settings, reminders, order"
                                + " records, every profile); this cannot be undone",
                context.now());
        return proposing(new LinkedHashMap<>(), action, "erase everything");
    }
}
