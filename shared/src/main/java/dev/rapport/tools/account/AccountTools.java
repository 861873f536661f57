package dev.rapport.tools.account;

import dev.rapport.actions.ActionHandler;
import dev.rapport.tools.Tool;
import java.util.List;

/** The account specialist's tools, and what carries out the ones the customer confirmed. */
public final class AccountTools {

    private AccountTools() {}

    public static List<Tool> of(AccountServices services) {
        return List.of(
                new AccountSettings(services.settings()),
                new ChangeSettings(services.settings()),
                new ListMemories(services),
                new ForgetMemory(services.memories()),
                new ExportMyData(services.personalData()),
                new EraseMyData());
    }

    /** Carries out a confirmed {@code forget_memory}, {@code change_settings} or {@code erase_my_data}. */
    public static ActionHandler actions(AccountServices services) {
        return new AccountActions(services);
    }
}
