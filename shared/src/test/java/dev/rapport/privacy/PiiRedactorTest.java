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

        assertThat(redacted).contains("[EMAIL_1]", "[PHONE_1]", "[CN_ID_1]", "[BANK_CARD_1]", "[PHONE_2]")
                .doesNotContain("wei.zhang", "5678", "1002X", "7890", "7946");
    }

    @Test
    void theSameValueGetsTheSamePlaceholder() {
        assertThat(redactor.apply("13812345678 then again 13812345678")).isEqualTo("[PHONE_1] then again [PHONE_1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "order 202611240001 shipped",          // 12-digit order number
            "订单号 1234567890123456",               // 16 digits failing Luhn
            "ID 110105194912310021 has a bad check digit",
            "price ¥1299.00 on 2026-11-24",
            "tracking SF1234567890123"})
    void leavesLookAlikesAlone(String text) {
        assertThat(redactor.apply(text)).isEqualTo(text);
    }
}
