package dev.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reminder requests in Chinese and English, read on Tuesday 2026-12-01 at 10:00:20 local time. */
class IntentParserTest {

    private static final LocalDateTime NOW = LocalDateTime.parse("2026-12-01T10:00:20");
    private final IntentParser parser = new IntentParser();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "每天早上8点提醒我吃药                          | 吃药         | 2026-12-01T08:00    |"
                        + " FREQ=DAILY;BYHOUR=8;BYMINUTE=0",
                "提醒我每天晚上9点半吃药                        | 吃药         | 2026-12-01T21:30    |"
                        + " FREQ=DAILY;BYHOUR=21;BYMINUTE=30",
                "每周一上午10点提醒我开周会                     | 开周会       | 2026-12-07T10:00    |"
                        + " FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0",
                "每月5号提醒我交房租                            | 交房租       | 2026-12-01T09:00    |"
                        + " FREQ=MONTHLY;BYMONTHDAY=5;BYHOUR=9;BYMINUTE=0",
                "明天下午3点提醒我去取快递                      | 取快递       | 2026-12-02T15:00    | ",
                "下周五提醒我给妈妈打电话                       | 给妈妈打电话 | 2026-12-11T09:00    | ",
                "提醒我周五下午两点开会                         | 开会         | 2026-12-04T14:00    | ",
                "两分钟后提醒我关火                             | 关火         | 2026-12-01T10:02:20 | ",
                "提醒我10分钟后看一下烤箱                       | 看一下烤箱   | 2026-12-01T10:10:20 | ",
                "提醒我8点吃药                                  | 吃药         | 2026-12-02T08:00    | ",
                "提醒我15:30取快递                              | 取快递       | 2026-12-01T15:30    | ",
                "remind me to call the shop next Friday at 3pm | call the shop | 2026-12-11T15:00   | ",
                "remind me in two minutes to check the oven    | check the oven | 2026-12-01T10:02:20 | ",
                "Remind me to take my pills every day at 8am   | take my pills | 2026-12-01T08:00   |"
                        + " FREQ=DAILY;BYHOUR=8;BYMINUTE=0",
                "remind me every Monday at 9:30 am to water the plants | water the plants | 2026-12-07T09:30 |"
                        + " FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=30",
                "Can you remind me tomorrow at 15:00 to pay the bill? | pay the bill | 2026-12-02T15:00 | ",
                "remind me on Friday to pick up the parcel     | pick up the parcel | 2026-12-04T09:00 | ",
                "remind me in 1 hour to stretch                | stretch      | 2026-12-01T11:00:20 | ",
                "remind me to buy milk tonight                 | buy milk     | 2026-12-01T20:00    | ",
                "remind me at noon to eat lunch                | eat lunch    | 2026-12-01T12:00    | "
            })
    void readsTheTaskTheTimeAndTheRepetition(String message, String task, String at, String rrule) {
        assertThat(parser.parse(message, NOW)).get().satisfies(intent -> {
            assertThat(intent.task()).isEqualTo(task);
            assertThat(intent.at()).isEqualTo(LocalDateTime.parse(at));
            assertThat(intent.rrule()).isEqualTo(rrule);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我的快递明天能到吗？",
                "what time do you open tomorrow?",
                "提醒我一下",
                "remind me",
                "The reminder I set at 3pm didn't work",
                "I'll be there in two minutes"
            })
    void messagesThatAskForNoReminderAtATimeAreLeftAlone(String message) {
        assertThat(parser.parse(message, NOW)).isEmpty();
    }
}
