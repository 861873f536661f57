package dev.rapport.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankCardDetectorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "6222022905541240311",
                "6222 0229 0554 1240 311",
                "6222-0229-0554-1240-311",
                "4356419899013654",
                "4356 4198 9901 3654",
                "5425321335149445",
                "3792 194785 24050",
                "379219478524050"
            })
    void findsLuhnValidCardsSolidOrGrouped(String card) {
        assertThat(Found.in("卡号" + card + "，退款到这张卡")).containsExactly("BANK_CARD:" + card);
        assertThat(Found.in("card " + card + " please")).containsExactly("BANK_CARD:" + card);
    }

    @Test
    void aQuantityAfterTheCardIsNotPartOfIt() {
        assertThat(Found.in("card 4356 4198 9901 3654 2 items")).containsExactly("BANK_CARD:4356 4198 9901 3654");
    }

    @Test
    void groupsAndSeparatorsDoNotChangeTheValue() {
        assertThat(Found.valueOf("卡 6222-0229-0554-1240-311")).isEqualTo("6222022905541240311");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4087836282163101", // fails Luhn
                "订单 1234567890123456", // fails Luhn
                "2026112400100003", // passes Luhn, but a date-stamped order number, outside every card range
                "订单号 4023100000000003", // passes Luhn and looks like Visa, but is labelled an order number
                "tracking 4023100000000003",
                "SF4023100000000003",
                "IMEI 356938035643809", // a phone's serial number passes Luhn too
                "串号356938035643809",
                "尾号 3654",
                "card ending in 3654",
                "¥4356419899013654.00"
            })
    void leavesLookAlikesAlone(String text) {
        assertThat(Found.in(text)).isEmpty();
    }
}
