package dev.rapport.tools.account;

import dev.rapport.actions.ActionHandler;
import dev.rapport.actions.PendingAction;
import dev.rapport.identity.Owner;
import dev.rapport.personaldata.PersonalDataService;
import dev.rapport.problem.ProblemException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the account proposals a customer said yes to, through the same use cases as the routes,
 * for the owner of the confirming turn (never one stored with the proposal).
 */
final class AccountActions implements ActionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AccountActions.class);
    private static final Set<String> TYPES = Set.of(ForgetMemory.NAME, ChangeSettings.NAME, EraseMyData.NAME);

    private final AccountServices services;

    AccountActions(AccountServices services) {
        this.services = services;
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public Done carryOut(Owner owner, PendingAction action, boolean chinese) {
        return switch (action.type()) {
            case ForgetMemory.NAME -> forget(owner, action, chinese);
            case ChangeSettings.NAME -> switchOn(owner, action, chinese);
            default -> erase(owner, chinese);
        };
    }

    private Done forget(Owner owner, PendingAction action, boolean chinese) {
        int forgotten = 0;
        for (String id : action.value().split(" ")) {
            try {
                services.memories().delete(owner, id);
                forgotten++;
            } catch (ProblemException e) {
                // Gone meanwhile (edited away, or forgotten by the curator): nothing left to forget.
            }
        }
        if (forgotten == 0) {
            return new Done(
                    "not_found",
                    chinese ? "这条记忆已经不在了，无需再删除。" : "That memory is already gone; there was nothing left to forget.");
        }
        return new Done("done", chinese ? "已完成：" + action.summary() + "。" : "Done: " + action.summary() + ".");
    }

    private Done switchOn(Owner owner, PendingAction action, boolean chinese) {
        List<String> on = List.of(action.value().split(" "));
        services.settings().update(owner, SettingChanges.switchingOn(on));
        return new Done(
                "done",
                chinese
                        ? "已开启：" + SettingChanges.labels(on, true) + "。随时可以说“关闭”来撤回。"
                        : "Done: " + SettingChanges.labels(on, false) + " turned on. You can turn it off again at"
                                + " any time.");
    }

    private Done erase(Owner owner, boolean chinese) {
        try {
            PersonalDataService.Erasure erasure = services.personalData().erase(owner);
            return new Done(
                    "done",
                    chinese
                            ? "已完成：我们保存的关于您的全部数据都已删除（共 " + erasure.itemsDeleted() + " 项），这段对话也不会保存。"
                            : "Done: everything we held about you has been erased (" + erasure.itemsDeleted()
                                    + " items), and this conversation is not kept either.");
        } catch (RuntimeException e) {
            // What was deleted stays deleted and the erasure guard keeps new writes out; a repeat finishes it.
            LOG.warn(
                    "an erasure asked for in chat did not finish: {}",
                    e.getClass().getSimpleName());
            return new Done(
                    "incomplete",
                    chinese
                            ? "删除尚未全部完成。请在网页上点击“删除关于我的一切”（DELETE /v1/me）再试一次，以完成删除。"
                            : "The erasure is not finished yet. Please use \u201cForget me\u201d on the web page"
                                    + " (DELETE /v1/me) once more to finish it.");
        }
    }
}
