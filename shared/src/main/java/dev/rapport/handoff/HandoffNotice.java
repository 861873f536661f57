package dev.rapport.handoff;

/**
 * What the customer is told on the handed-off turn, in the language of their message: that a
 * person takes over here, and for life or health, where to get help now. Never a diagnosis.
 */
public final class HandoffNotice {

    private static final String PASSED_EN =
            "I've passed our conversation to a colleague, who will reply here; you won't need to repeat anything.";
    private static final String PASSED_ZH = "我已将对话转给人工客服同事，他们会在这里回复您，您无需重复说明。";
    private static final String SELF_HARM_EN = "If you are thinking about ending your life or are in danger right now, "
            + "please call your local emergency number or a crisis line now. You don't have to face this alone.";
    private static final String SELF_HARM_ZH = "如果您有轻生的念头或此刻处境危险，请立即拨打当地急救电话（中国大陆 120 或 110）" + "或心理援助热线。您不必独自面对。";
    private static final String MEDICAL_EN = "If this is happening now, please call your local emergency number (120"
            + " in mainland China, 911 in the US, 112 in Europe) or go to the nearest emergency department right away.";
    private static final String MEDICAL_ZH = "如果这些情况正在发生，请立即拨打急救电话 120，或尽快前往最近的医院急诊。";

    private static final String WAITING_EN = "A colleague has your conversation and will reply here.";
    private static final String WAITING_ZH = "已转给人工客服同事，他们会在这里回复您。";

    private HandoffNotice() {}

    /**
     * The whole reply to a message sent while a person has the conversation: the assistant does not
     * answer for them, it only says the message reached them.
     *
     * @param locale the turn's language tag, or null
     */
    public static String waiting(String customerMessage, String locale) {
        boolean chinese =
                writesChinese(customerMessage) || (locale != null && locale.regionMatches(true, 0, "zh", 0, 2));
        return chinese ? WAITING_ZH : WAITING_EN;
    }

    /** The lines to append to the model's reply. */
    public static String text(HandoffTrigger trigger, String customerMessage, boolean urgentAlreadySaid) {
        boolean chinese = writesChinese(customerMessage);
        String passed = chinese ? PASSED_ZH : PASSED_EN;
        RiskTopic risk = trigger.risk();
        if (risk == null || !risk.urgent() || urgentAlreadySaid) {
            return passed;
        }
        String urgent = switch (risk) {
            case SELF_HARM -> chinese ? SELF_HARM_ZH : SELF_HARM_EN;
            default -> chinese ? MEDICAL_ZH : MEDICAL_EN;
        };
        // The way to urgent help goes first: it matters more than who answers next.
        return urgent + "\n\n" + passed;
    }

    /** Any Han character: a Chinese customer often mixes in English words, rarely the reverse. */
    static boolean writesChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
