package dev.rapport.tools.account;

import dev.rapport.actions.PendingAction;
import dev.rapport.model.ToolSpec;
import dev.rapport.tools.Tool;
import dev.rapport.tools.ToolOutput;
import java.util.Map;

/** What the account tools share: their spec, the words that call for them, and how a proposal is returned. */
abstract class AccountTool implements Tool {

    private final ToolSpec spec;

    AccountTool(ToolSpec spec) {
        this.spec = spec;
    }

    @Override
    public final ToolSpec spec() {
        return spec;
    }

    @Override
    public final boolean answers(String message) {
        return AccountQuestion.asks(message, spec.name());
    }

    /** {@code result} with the proposal waiting for the customer's yes, and what the model should ask. */
    static ToolOutput proposing(Map<String, Object> result, PendingAction action, String yesTo) {
        result.put("proposed", true);
        result.put("actionId", action.id());
        result.put("summary", action.summary());
        result.put("status", PendingAction.PENDING);
        result.put("next", "Not done yet: ask the customer to reply yes to " + yesTo + ", or no to leave it as it is.");
        return ToolOutput.proposing(result, action);
    }
}
