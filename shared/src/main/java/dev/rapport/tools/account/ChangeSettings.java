package dev.rapport.tools.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.actions.PendingAction;
import dev.rapport.model.ToolSpec;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsService;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.tools.Inputs;
import dev.rapport.tools.ToolContext;
import dev.rapport.tools.ToolOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code change_settings}: a withdrawal (memory, sensitive facts or marketing turned off), a time zone
 * or a language takes effect now — withdrawn consent never waits; a switch turned on widens consent,
 * so it is only proposed and waits for the customer's yes on the next turn.
 */
final class ChangeSettings extends AccountTool {

    static final String NAME = "change_settings";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Change this customer's settings. Turning memoryEnabled, sensitiveMemoryAllowed or marketingOptIn OFF,"
                    + " and the time zone or language, take effect now. Turning one of them ON is NOT done until the"
                    + " customer replies yes: tell them so and ask. Pass only the fields to change.",
            """
            {"type":"object","properties":{"memoryEnabled":{"type":"boolean"},"sensitiveMemoryAllowed":{"type":"boolean"},"marketingOptIn":{"type":"boolean"},"timezone":{"type":"string","description":"IANA, e.g. Asia/Shanghai"},"locale":{"type":"string","description":"e.g. zh-CN or en"}}}\
            """);

    private final SettingsService settings;

    ChangeSettings(SettingsService settings) {
        super(SPEC);
        this.settings = settings;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        Map<String, Boolean> withdrawn = SettingChanges.ordered();
        Map<String, Boolean> widened = SettingChanges.ordered();
        CustomerSettings current = settings.get(context.owner());
        List<String> unchanged = new ArrayList<>();
        for (String field : SettingChanges.SWITCHES) {
            Boolean wanted = SettingChanges.flag(input, field);
            if (wanted == null) {
                continue;
            }
            if (wanted == on(current, field)) {
                unchanged.add(field);
            } else if (wanted) {
                widened.put(field, true);
            } else {
                withdrawn.put(field, false);
            }
        }
        String timezone = Inputs.text(input, "timezone");
        String locale = Inputs.text(input, "locale");
        if (withdrawn.isEmpty() && widened.isEmpty() && unchanged.isEmpty() && timezone == null && locale == null) {
            return ToolOutput.invalid("give at least one of memoryEnabled, sensitiveMemoryAllowed, marketingOptIn,"
                    + " timezone, locale");
        }
        SettingsUpdate now;
        try {
            now = new SettingsUpdate(
                    withdrawn.get(SettingChanges.MEMORY),
                    withdrawn.get(SettingChanges.SENSITIVE),
                    withdrawn.get(SettingChanges.MARKETING),
                    timezone,
                    locale,
                    null);
        } catch (ProblemException e) {
            return ToolOutput.invalid(e.problem().detail());
        }
        Map<String, Object> changed = new LinkedHashMap<>(withdrawn);
        if (timezone != null) {
            changed.put("timezone", now.timezone());
        }
        if (locale != null) {
            changed.put("locale", now.locale());
        }
        CustomerSettings after = changed.isEmpty() ? current : settings.update(context.owner(), now);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", changed);
        result.put("unchanged", unchanged);
        result.put("settings", AccountSettings.view(after, context.profileId()));
        if (widened.isEmpty()) {
            return ToolOutput.of(result);
        }
        PendingAction action = new PendingAction(
                context.ids().get(),
                NAME,
                null,
                String.join(" ", widened.keySet()),
                (context.chinese() ? "开启" : "Turn on ") + SettingChanges.labels(widened.keySet(), context.chinese()),
                context.now());
        result.put("awaitingYes", widened);
        return proposing(result, action, "turn it on");
    }

    private static boolean on(CustomerSettings settings, String field) {
        return switch (field) {
            case SettingChanges.MEMORY -> settings.memoryEnabled();
            case SettingChanges.SENSITIVE -> settings.sensitiveMemoryAllowed();
            default -> settings.marketingOptIn();
        };
    }
}
