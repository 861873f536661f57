package dev.rapport.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressDetectorTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "请寄到上海市浦东新区世纪大道100号5栋1203室，谢谢|上海市浦东新区世纪大道100号5栋1203室",
                "我住在朝阳区建国路88号。|朝阳区建国路88号",
                "地址：长宁区愚园路1088弄5号602室|长宁区愚园路1088弄5号602室",
                "送到成都市武侯区天府大道北段1700号吧|成都市武侯区天府大道北段1700号",
                "青岛市市南区香港中路 10 号 3 单元 402，前台|青岛市市南区香港中路 10 号 3 单元 402",
                "收货地址改为幸福小区5栋2单元301|幸福小区5栋2单元301",
                "Ship to 221B Baker Street please|221B Baker Street",
                "HQ: 1600 Amphitheatre Parkway, Mountain View, CA 94043.|1600 Amphitheatre Parkway, Mountain View, CA"
                        + " 94043",
                "Apt 12C, 240 East 54th Street, New York, NY 10022|Apt 12C, 240 East 54th Street, New York, NY 10022",
                "ship to 10 Downing St, London SW1A 2AA|10 Downing St, London SW1A 2AA",
                "my address is 221b baker street|221b baker street",
                "221B Baker Street, London NW1 6XE|221B Baker Street, London NW1 6XE",
                "Office: No. 88 Jianguo Road|88 Jianguo Road",
                "221B Baker Street|221B Baker Street"
            })
    void findsTheWholeAddress(String text, String address) {
        assertThat(Found.in(text)).containsExactly("ADDRESS:" + address);
    }

    @Test
    void anAddressOnALineOfItsOwnIsFound() {
        assertThat(Found.in("Emily Clark\n742 Evergreen Terrace\nthanks"))
                .containsExactly("ADDRESS:742 Evergreen Terrace");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我住在浦东新区，附近有自提点吗？",
                "我在南京路的门店买的",
                "我知道3号会到，不用催了。",
                "11月24号送到",
                "第2单元的货和第5栋的一起送吗",
                "频道8号",
                "I waited 2 hours on the road",
                "I walked down Baker Street",
                "Your store on 5th Avenue",
                "I drive 2 hours to work",
                "bought 3 Apple Watch bands",
                "We had 3 Great Hill views",
                "Top 10 Best Place to buy",
                "2 Park Avenue bags",
                "Chapter 3 Main Street Blues",
                "Your 24 Hour Drive Thru",
                "线路2号",
                "跑道3号",
                "人行道5号",
                "这条路100号是我家"
            })
    void leavesPlacesThatAreNotAddressesAlone(String text) {
        assertThat(Found.in(text)).isEmpty();
    }
}
