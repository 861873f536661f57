package dev.rapport.reminders;

import dev.rapport.safety.HealthConcern;
import dev.rapport.settings.CustomerSettings;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words of a delivered reminder, in the customer's language from their settings — never from memories, which may be
 * sensitive. The inbox, behind the customer's login, shows their own text; a push to a lock screen shows a discreet
 * line when the text is about health or medication.
 */
final class Notices {

    private static final Pattern MEDICAL_EN = Pattern.compile("\\b(medicines?|medication|meds|pills?|tablets?|insulin"
            + "|doctor|dentist|hospital|clinic|therapy|therapist|dose|prescription|pregnan\\w*|blood)\\b");
    private static final List<String> MEDICAL_ZH =
            List.of("药", "医生", "医院", "看病", "复诊", "诊所", "治疗", "胰岛素", "血压", "血糖", "怀孕", "孕", "体检", "打针", "疫苗");

    private Notices() {}

    /** The profile's name is not copied in: the inbox item names its profile by id, and the page shows the label. */
    static String inboxText(String text, CustomerSettings settings) {
        return chinese(settings, text) ? "提醒您：" + text : "a reminder: " + text;
    }

    static String pushText(String text, CustomerSettings settings) {
        if (!sensitive(text)) {
            return chinese(settings, text) ? "提醒：" + text : "Reminder: " + text;
        }
        return chinese(settings, text) ? "您有一条新提醒，请在应用内查看。" : "You have a new reminder; open the app to read it.";
    }

    static boolean sensitive(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return HealthConcern.of(text) != HealthConcern.NONE
                || MEDICAL_EN.matcher(lower).find()
                || MEDICAL_ZH.stream().anyMatch(lower::contains);
    }

    private static boolean chinese(CustomerSettings settings, String text) {
        if (settings.locale() != null) {
            return settings.locale().toLowerCase(Locale.ROOT).startsWith("zh");
        }
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
