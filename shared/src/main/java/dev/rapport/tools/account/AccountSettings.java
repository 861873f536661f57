package dev.rapport.tools.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.model.ToolSpec;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsService;
import dev.rapport.tools.ToolContext;
import dev.rapport.tools.ToolOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code account_settings}: the caller's own settings, as {@code GET /v1/settings} shows them. */
final class AccountSettings extends AccountTool {

    static final String NAME = "account_settings";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "This customer's settings: whether memory is on, whether sensitive facts may be kept, marketing"
                    + " consent, time zone, language and the profiles of a shared account.",
            """
            {"type":"object","properties":{}}\
            """);

    private final SettingsService settings;

    AccountSettings(SettingsService settings) {
        super(SPEC);
        this.settings = settings;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        return ToolOutput.of(view(settings.get(context.owner()), context.profileId()));
    }

    static Map<String, Object> view(CustomerSettings settings, String profileId) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("memoryEnabled", settings.memoryEnabled());
        view.put("sensitiveMemoryAllowed", settings.sensitiveMemoryAllowed());
        view.put("marketingOptIn", settings.marketingOptIn());
        view.put("timezone", settings.timezone());
        view.put("locale", settings.locale());
        view.put("profile", profileId);
        view.put(
                "profiles",
                settings.profiles().stream().map(CustomerSettings.Profile::id).toList());
        return view;
    }
}
