package dev.rapport.campaigns;

import dev.rapport.identity.Owner;
import dev.rapport.settings.CustomerSettings;
import java.util.Locale;

/**
 * The personalized words of a campaign message, written offline and deterministically from the
 * brief and the customer's settings (language, profile name). It reads no memories, so a
 * sensitive fact can never reach a marketing message.
 */
public final class CampaignWriter {

    public String write(String brief, CustomerSettings settings) {
        String name = settings.profiles().stream()
                .filter(p -> p.id().equals(Owner.DEFAULT_PROFILE))
                .map(CustomerSettings.Profile::name)
                .filter(n -> !n.equals("Me"))
                .findFirst()
                .orElse(null);
        boolean chinese = settings.locale() != null
                ? settings.locale().toLowerCase(Locale.ROOT).startsWith("zh")
                : brief.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (brief.contains("{name}")) {
            return brief.replace("{name}", name != null ? name : chinese ? "您" : "there");
        }
        if (chinese) {
            return (name == null ? "您好！" : name + "，您好！") + brief;
        }
        return (name == null ? "Hello! " : "Hello " + name + "! ") + brief;
    }
}
