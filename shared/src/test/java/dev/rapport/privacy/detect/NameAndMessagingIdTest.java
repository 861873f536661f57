package dev.rapport.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameAndMessagingIdTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我叫张伟，想退货|NAME:张伟",
                "我是李娜，耳机坏了|NAME:李娜",
                "收货人王小明 电话|NAME:王小明",
                "我姓钱，订单尾号 0001|NAME:钱",
                "刘先生的包裹签收了吗|NAME:刘",
                "My name is Emily Clark and my order is late|NAME:Emily Clark",
                "this is Tom Baker calling|NAME:Tom Baker",
                "Dear Ms. Patel, the refund|NAME:Patel",
                "Thanks, Emily|NAME:Emily"
            })
    void findsANameAfterACue(String text, String expected) {
        assertThat(Found.in(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我叫了快递员",
                "我是来退货的",
                "我是学生",
                "我是高端用户",
                "我是穆斯林 衣服不要太短太透的",
                "我是韩国人，穿韩码",
                "名字写错了",
                "This is ridiculous",
                "This is Order 12345 again",
                "Hi there, the charger is broken",
                "I'm Happy with it",
                "Dear customer service",
                "黄金手链一共 ¥3999"
            })
    void leavesWordsThatOnlyLookLikeNames(String text) {
        assertThat(Found.in(text)).noneMatch(f -> f.startsWith("NAME:"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "加我微信 wxid_abc123 吧|IM_ID:wxid_abc123",
                "我的微信号是 zhangwei_1988|IM_ID:zhangwei_1988",
                "微信号：zhangwei|IM_ID:zhangwei",
                "QQ：123456789，联系我|IM_ID:123456789",
                "QQ号 987654321|IM_ID:987654321",
                "my WeChat is tom_baker88|IM_ID:tom_baker88",
                "My WeChat ID: jamie_w_1990|IM_ID:jamie_w_1990"
            })
    void findsWeChatAndQqIds(String text, String expected) {
        assertThat(Found.in(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"用微信支付的，一共 ¥1299.00", "QQ音乐会员", "I paid with WeChat Pay", "QQ Mail keeps bouncing", "我在QQ群里看到的活动"
            })
    void leavesMessengerNamesWithoutAnId(String text) {
        assertThat(Found.in(text)).isEmpty();
    }

    @Test
    void aWeChatIdThatIsAPhoneNumberIsAPhone() {
        assertThat(Found.in("微信 13812345678")).containsExactly("PHONE:13812345678");
    }
}
