package dev.rapport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRedactorTest {

    private final PiiRedactor redactor = new PiiRedactor();

    @Test
    void replacesEachKindWithATypedPlaceholder() {
        String text = "邮箱 wei.zhang@example.cn，手机 138-1234-5678，身份证 11010519491231002X，"
                + "卡号 6222 0212 3456 7890 128, phone +44 20 7946 0958";

        String redacted = redactor.apply(text);

        assertThat(redacted)
                .contains("[EMAIL_1]", "[PHONE_1]", "[CN_ID_1]", "[BANK_CARD_1]", "[PHONE_2]")
                .doesNotContain("wei.zhang", "5678", "1002X", "7890", "7946");
    }

    @Test
    void theSameValueGetsTheSamePlaceholder() {
        assertThat(redactor.apply("13812345678 then again 13812345678")).isEqualTo("[PHONE_1] then again [PHONE_1]");
    }

    @Test
    void replacesPassportsAndAddressesToo() {
        assertThat(redactor.apply("护照号E12345678，寄到上海市浦东新区世纪大道100号5栋1203室，谢谢"))
                .isEqualTo("护照号[PASSPORT_1]，寄到[ADDRESS_1]，谢谢");
        assertThat(redactor.apply("Ship to 1600 Amphitheatre Parkway, Mountain View, CA 94043 please"))
                .isEqualTo("Ship to [ADDRESS_1] please");
    }

    @Test
    void differentSpellingsOfOneNumberShareAPlaceholder() {
        assertThat(redactor.apply("+86 138 1234 5678 或 13812345678 或 13900001111"))
                .isEqualTo("[PHONE_1] 或 [PHONE_1] 或 [PHONE_2]");
    }

    @Test
    void countsDistinctValuesPerType() {
        PiiRedactor.Redaction r = redactor.redact("a@b.cn, 13812345678, 13812345678, c@d.cn");
        assertThat(r.counts()).containsOnly(java.util.Map.entry("EMAIL", 2), java.util.Map.entry("PHONE", 1));
        assertThat(r.changed()).isTrue();
        assertThat(redactor.redact("nothing here").changed()).isFalse();
    }

    @Test
    void existingPlaceholdersSurviveASecondPass() {
        String once = redactor.apply("Call [PHONE_1] or 13812345678");
        assertThat(once).isEqualTo("Call [PHONE_1] or [PHONE_2]");
        assertThat(redactor.apply(once)).isEqualTo(once);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "订单号 RP-2026-000123，SKU-PH-X200 两件，¥1299.00，2026年11月24日 8:00 前送达",
                "tracking YT1234567890123, order 2026112400100003, $49.99 x 3",
                "order 202611240001 shipped", // 12-digit order number
                "订单号 1234567890123456", // 16 digits failing Luhn
                "ID 110105194912310021 has a bad check digit",
                "price ¥1299.00 on 2026-11-24",
                "tracking SF1234567890123"
            })
    void leavesLookAlikesAlone(String text) {
        assertThat(redactor.apply(text)).isEqualTo(text);
    }
}
