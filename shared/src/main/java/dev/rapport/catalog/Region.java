package dev.rapport.catalog;

import dev.rapport.settings.CustomerSettings;
import java.util.Locale;

/**
 * The market a customer is in, as catalog figures are stated per market (network bands and
 * chargers change a phone's battery life). Read from the customer's settings: the country of their
 * locale first, else the continent of their time zone; null when neither says.
 */
public final class Region {

    private Region() {}

    public static String of(CustomerSettings settings) {
        if (settings == null) {
            return null;
        }
        String locale = settings.locale();
        if (locale != null) {
            String country = Locale.forLanguageTag(locale.replace('_', '-')).getCountry();
            if (!country.isEmpty()) {
                return country.equals("GB") ? "EU" : euOr(country);
            }
        }
        String zone = settings.timezone();
        if (zone.equals("Asia/Shanghai")
                || zone.equals("Asia/Chongqing")
                || zone.equals("Asia/Urumqi")
                || zone.equals("PRC")) {
            return "CN";
        }
        if (zone.startsWith("Europe/")) {
            return "EU";
        }
        if (zone.startsWith("America/") || zone.startsWith("US/")) {
            return "US";
        }
        return null;
    }

    private static String euOr(String country) {
        return switch (country) {
            case "DE", "FR", "IT", "ES", "NL", "BE", "AT", "IE", "PT", "SE", "FI", "DK", "PL" -> "EU";
            default -> country;
        };
    }

    /** How the region is named to the customer. */
    public static String label(String region, boolean chinese) {
        if (region == null) {
            return chinese ? "通用" : "general";
        }
        return switch (region) {
            case "CN" -> chinese ? "中国大陆" : "mainland China";
            case "EU" -> chinese ? "欧洲" : "Europe";
            case "US" -> chinese ? "美国" : "the US";
            default -> region;
        };
    }
}
