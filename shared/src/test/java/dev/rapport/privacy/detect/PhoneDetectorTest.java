package dev.rapport.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13812345678",
                "138 1234 5678",
                "138-1234-5678",
                "138.1234.5678",
                "+86 138 1234 5678",
                "+8613812345678",
                "0086 13812345678",
                "+86-138-1234-5678",
                "(+86) 13812345678",
                "010-12345678",
                "(021) 6123 4567",
                "（021）61234567",
                "0755 8888 6666",
                "0755-88886666",
                "021-6123-4567",
                "02161234567",
                "+1 (415) 555-0132",
                "+1 415-555-0132",
                "+14155550132",
                "+44 20 7946 0958",
                "+44 (0)20 7946 0958",
                "+81-3-1234-5678",
                "+81 90-1234-5678",
                "+852 9123 4567",
                "0044 20 7946 0958",
                "+33 6 12 34 56 78",
                "(415) 555-0132",
                "415-555-0132",
                "415.555.0132"
            })
    void findsEverySpellingAsOneWholeNumber(String phone) {
        assertThat(Found.in("电话 " + phone + "，谢谢")).containsExactly("PHONE:" + phone);
        assertThat(Found.in("Call me on " + phone + " today")).containsExactly("PHONE:" + phone);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "13812345678|138 1234 5678",
                "13812345678|+86 138-1234-5678",
                "13812345678|0086 13812345678",
                "+14155550132|(415) 555-0132",
                "+14155550132|+1 (415) 555-0132",
                "+442079460958|+44 (0)20 7946 0958",
                "+442079460958|0044 20 7946 0958",
                "02161234567|+86 21 6123 4567",
                "01012345678|+86 010 12345678",
                "13812345678|１３８１２３４５６７８"
            })
    void spellingsOfOneNumberNormalizeAlike(String a, String b) {
        assertThat(Found.valueOf("tel " + a)).isEqualTo(Found.valueOf("tel " + b));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "订单号 202611240001 已发货",
                "订单号13812345678查不到",
                "order number: 13812345678",
                "2026-11-24 8:00 送达",
                "2026年11月24日",
                "18:00-20:00",
                "客服热线400-820-8820",
                "call 1-800-555-0199",
                "price ¥1299.00",
                "$49.99",
                "SKU-PH-X200",
                "tracking SF1234567890123",
                "member 8800 1234 5678",
                "version 16.4.1",
                "+1 件",
                "3 boxes of 12",
                "order 113-4455667-8899001",
                "验证码 482913"
            })
    void leavesLookAlikesAlone(String text) {
        assertThat(Found.in(text)).isEmpty();
    }
}
