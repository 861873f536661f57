package dev.rapport.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.privacy.PiiRedactor.SessionRedaction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlaceholderLedgerTest {

    private static final LedgerKey KEY =
            LedgerKey.of("a test key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8));

    private final PiiRedactor redactor = new PiiRedactor(KEY);

    @Test
    void aValueKeepsItsPlaceholderAcrossTurns() {
        SessionRedaction turn1 = redactor.redact("我的手机是13812345678", PlaceholderLedger.empty());
        SessionRedaction turn2 = redactor.redact("邮箱 wei@example.cn", turn1.ledger());
        SessionRedaction turn7 = redactor.redact("还是打 138 1234 5678 吧，或者 +86 139 0000 1111", turn2.ledger());

        assertThat(turn1.text()).isEqualTo("我的手机是[PHONE_1]");
        assertThat(turn2.text()).isEqualTo("邮箱 [EMAIL_1]");
        assertThat(turn7.text()).isEqualTo("还是打 [PHONE_1] 吧，或者 [PHONE_2]");
        assertThat(turn7.counts()).containsExactlyEntriesOf(java.util.Map.of("PHONE", 2));
        assertThat(turn7.ledger().size()).isEqualTo(3);
    }

    @Test
    void aNewValueIsNumberedAfterPlaceholdersAlreadyInTheText() {
        SessionRedaction turn1 = redactor.redact("13812345678", PlaceholderLedger.empty());
        SessionRedaction turn2 = redactor.redact("You said [PHONE_1]; the other one is 13900001111", turn1.ledger());

        assertThat(turn2.text()).isEqualTo("You said [PHONE_1]; the other one is [PHONE_2]");
        assertThat(redactor.redact("[PHONE_4] and 13700002222", turn2.ledger()).text())
                .isEqualTo("[PHONE_4] and [PHONE_5]");
    }

    @Test
    void aTurnWithoutPersonalDataKeepsTheLedger() {
        SessionRedaction turn1 = redactor.redact("card 4356 4198 9901 3654", PlaceholderLedger.empty());
        SessionRedaction turn2 = redactor.redact("订单 202611240001 到哪了", turn1.ledger());

        assertThat(turn2.text()).isEqualTo("订单 202611240001 到哪了");
        assertThat(turn2.changed()).isFalse();
        assertThat(turn2.ledger()).isSameAs(turn1.ledger());
    }

    @Test
    void theLedgerHoldsNoRawValueWhenStoredOrPrinted() throws Exception {
        String text = "phone 13812345678, id 11010519491231002X, card 6222022905541240311, "
                + "mail wei.zhang@example.cn, 上海市浦东新区世纪大道100号5栋1203室, passport E12345678";
        PlaceholderLedger ledger =
                redactor.redact(text, PlaceholderLedger.empty()).ledger();

        String json = new ObjectMapper().writeValueAsString(ledger);
        assertThat(ledger.size()).isEqualTo(6);
        for (String stored : new String[] {json, ledger.toString()}) {
            assertThat(stored)
                    .doesNotContain(
                            "13812345678",
                            "38123",
                            "1234567",
                            "19491231",
                            "002X",
                            "6222022905541240311",
                            "1240311",
                            "wei.zhang",
                            "example.cn",
                            "世纪大道",
                            "12345678");
        }
    }

    @Test
    void aStoredLedgerReadsBackAndKeepsNumbering() throws Exception {
        ObjectMapper json = new ObjectMapper();
        PlaceholderLedger ledger =
                redactor.redact("13812345678", PlaceholderLedger.empty()).ledger();
        PlaceholderLedger restored = json.readValue(json.writeValueAsString(ledger), PlaceholderLedger.class);

        assertThat(restored).isEqualTo(ledger);
        assertThat(redactor.redact("13900001111 and 13812345678", restored).text())
                .isEqualTo("[PHONE_2] and [PHONE_1]");
    }

    @Test
    void anotherKeyCannotRecogniseTheValues() {
        PlaceholderLedger ledger =
                redactor.redact("13812345678", PlaceholderLedger.empty()).ledger();
        PiiRedactor other =
                new PiiRedactor(LedgerKey.of("another key, also sixteen bytes+".getBytes(StandardCharsets.UTF_8)));

        assertThat(other.redact("13812345678", ledger).ledger().size()).isEqualTo(2);
    }

    @Test
    void sameDigitsOfDifferentTypesAreDifferentValues() {
        SessionRedaction r = redactor.redact("passport 548102937, ID 440305199003071236", PlaceholderLedger.empty());
        assertThat(r.text()).isEqualTo("passport [PASSPORT_1], ID [CN_ID_1]");
    }

    @Test
    void conversationPlaceholdersNeedAKey() {
        assertThatThrownBy(() -> new PiiRedactor().redact("13812345678", PlaceholderLedger.empty()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LedgerKey.of(new byte[8])).isInstanceOf(IllegalArgumentException.class);
        assertThat(KEY.toString()).doesNotContain("test key");
    }
}
