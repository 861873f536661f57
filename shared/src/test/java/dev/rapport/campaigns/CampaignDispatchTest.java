package dev.rapport.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.InboxMessage;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.CampaignStores;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.TestDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Campaigns on the embedded DynamoDB: the API's rules, and dispatch exactly once per (campaign, customer). */
class CampaignDispatchTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z"); // 10:00 in Shanghai

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final MutableClock clock = new MutableClock(NOW);
    private final Caller marketer = new Caller("mia", Set.of(Caller.MARKETERS));
    private final List<CampaignQueue.RecipientBatch> queued = new ArrayList<>();
    private DynamoDbCampaignStore store;
    private DynamoDbReminderStore inbox;
    private DynamoDbSettingsStore settings;
    private CampaignService service;
    private CampaignStarter starter;
    private CampaignWorker worker;

    @BeforeEach
    void setUp() {
        CampaignStores stores = CampaignStores.fresh(dynamo, clock);
        store = stores.campaigns();
        inbox = stores.inbox();
        settings = stores.settings();
        service = new CampaignService(
                store,
                new PiiRedactor(),
                new CampaignWriter(),
                clock,
                () -> UUID.randomUUID().toString());
        starter = new CampaignStarter(
                store,
                batches -> {
                    queued.addAll(batches);
                    return 1;
                },
                2,
                3);
        worker = new CampaignWorker(store, new CampaignWriter());
    }

    @Test
    void opted_in_customers_of_the_segment_get_one_message_each_however_often_dispatch_runs() {
        Owner ann = customer("ann", "east", "zh-CN", true, "Asia/Shanghai", "tea");
        Owner bob = customer("bob", "east", "en-GB", true, "Europe/London", "tea");
        Owner cat = customer("cat", "east", "en-US", false, "Asia/Shanghai", "tea");
        Owner dan = customer("dan", "west", "en-US", true, "Asia/Shanghai", "tea");
        CampaignView created = service.create(
                marketer,
                campaign(
                        new Segment(List.of("east"), null, List.of("tea"), null, null),
                        "{name}，新茶上市，电话 13812345678 咨询",
                        "2026-12-01T10:00"));

        assertThat(created.brief()).doesNotContain("13812345678");
        CampaignStarter.Report first = starter.run(NOW);
        CampaignStarter.Report second = starter.run(NOW);
        for (CampaignQueue.RecipientBatch batch : List.copyOf(queued)) {
            worker.handle(batch, NOW);
            worker.handle(batch, NOW);
        }

        assertThat(first.targeted()).isEqualTo(3);
        assertThat(second.started()).isZero();
        assertThat(messages(ann))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith("Ann，新茶上市"));
        assertThat(messages(bob)).isEmpty(); // 02:00 in London: quiet hours
        assertThat(messages(cat)).isEmpty(); // no marketing consent
        assertThat(messages(dan)).isEmpty(); // not in the segment
        CampaignView after = service.get(marketer, created.id());
        assertThat(after.status()).isEqualTo("finished");
        assertThat(after.stats().targeted()).isEqualTo(3);
        assertThat(after.stats().sent()).isEqualTo(1);
        assertThat(after.stats().skipped()).containsEntry("noConsent", 1L).containsEntry("quietHours", 1L);
        assertThat(after.stats().processed()).isEqualTo(3);
    }

    @Test
    void consent_is_read_at_send_time_and_the_frequency_cap_holds() {
        Owner ann = customer("ann", "east", "zh-CN", true, "Asia/Shanghai", "tea");
        Owner eve = customer("eve", "east", "zh-CN", true, "Asia/Shanghai", "tea");
        String first = service.create(marketer, campaign(Segment.EVERYONE, "first", "2026-12-01T10:00"))
                .id();
        starter.run(NOW);
        CustomerSettings was = settings.find(eve.customerHash()).orElseThrow();
        settings.save(
                eve.customerHash(),
                new CustomerSettings(
                        was.memoryEnabled(),
                        was.sensitiveMemoryAllowed(),
                        false,
                        was.timezone(),
                        was.locale(),
                        was.profiles()));
        queued.forEach(b -> worker.handle(b, NOW));
        queued.clear();
        NewCampaign capped = new NewCampaign(
                "second", Segment.EVERYONE, "second", "2026-12-01T10:00", "Asia/Shanghai", null, null, 1, null);
        String second = service.create(marketer, capped).id();
        starter.run(NOW);
        queued.forEach(b -> worker.handle(b, NOW));

        assertThat(messages(ann)).hasSize(1);
        assertThat(messages(eve)).isEmpty();
        assertThat(service.get(marketer, first).stats().skipped()).containsEntry("noConsent", 1L);
        assertThat(service.get(marketer, second).stats().skipped()).containsEntry("frequencyCap", 1L);
    }

    @Test
    void preview_renders_samples_and_sends_nothing_and_an_empty_segment_is_an_answer() {
        Owner ann = customer("ann", "east", "en-US", true, "Asia/Shanghai", "tea");
        String id = service.create(marketer, campaign(Segment.EVERYONE, "Hi {name}, tea is in.", "2026-12-01T10:00"))
                .id();
        String none = service.create(
                        marketer,
                        campaign(new Segment(List.of("mars"), null, null, null, null), "x", "2026-12-01T10:00"))
                .id();

        assertThat(service.preview(marketer, id).samples())
                .extracting(CampaignView.Sample::message)
                .containsExactly("Hi Ann, tea is in.");
        assertThat(service.preview(marketer, none).matchesAnyone()).isFalse();
        assertThat(messages(ann)).isEmpty();
    }

    @Test
    void bad_input_and_wrong_callers_change_nothing() {
        Caller customer = new Caller("carl", Set.of());
        assertProblem(() -> service.create(customer, campaign(Segment.EVERYONE, "x", "2026-12-01T10:00")), 403);
        assertProblem(
                () -> service.create(
                        marketer,
                        new NewCampaign("n", null, "x", "2026-12-01T10:00", "Mars/Base", null, null, null, null)),
                400);
        assertProblem(() -> service.create(marketer, campaign(Segment.EVERYONE, "x", "2026-11-30T10:00")), 422);
        assertProblem(() -> service.create(marketer, campaign(Segment.EVERYONE, " ", "2026-12-01T10:00")), 400);
        assertProblem(
                () -> service.create(marketer, campaign(Segment.EVERYONE, "x".repeat(1001), "2026-12-01T10:00")), 400);
        assertProblem(
                () -> service.create(
                        marketer,
                        campaign(new Segment(null, null, List.of("health"), null, null), "x", "2026-12-01T10:00")),
                422);
        assertProblem(
                () -> service.create(
                        marketer, campaign(new Segment(null, null, null, null, 13), "x", "2026-12-01T10:00")),
                400);
        assertThat(store.due(NOW.plusSeconds(86_400 * 365))).isEmpty();
    }

    @Test
    void cancelling_stops_the_rest_and_a_finished_campaign_cannot_be_cancelled() {
        customer("ann", "east", "en-US", true, "Asia/Shanghai", "tea");
        String cancelled = service.create(marketer, campaign(Segment.EVERYONE, "a", "2026-12-01T10:00"))
                .id();
        starter.run(NOW);
        service.cancel(marketer, cancelled);
        queued.forEach(b -> worker.handle(b, NOW));
        queued.clear();
        String finished = service.create(marketer, campaign(Segment.EVERYONE, "b", "2026-12-01T10:00"))
                .id();
        starter.run(NOW);
        queued.forEach(b -> worker.handle(b, NOW));

        assertThat(service.get(marketer, cancelled).stats().skipped()).containsEntry("cancelled", 1L);
        assertThat(service.get(marketer, finished).status()).isEqualTo("finished");
        assertProblem(() -> service.cancel(marketer, finished), 409);
        assertProblem(() -> service.get(marketer, "no-such-campaign"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59", "2028-12-01T10:00"})
    void a_send_time_more_than_a_year_ahead_is_refused_and_nothing_is_stored(String sendAt) {
        assertProblem(() -> service.create(marketer, campaign(Segment.EVERYONE, "x", sendAt)), 400);
        assertThat(store.due(NOW.plus(java.time.Duration.ofDays(3650)))).isEmpty();
    }

    @Test
    void the_team_shares_campaigns_and_each_keeps_who_created_and_who_cancelled_it() {
        Caller colleague = new Caller("max", Set.of(Caller.MARKETERS));
        CampaignView created = service.create(marketer, campaign(Segment.EVERYONE, "a", "2026-12-01T10:00"));

        CampaignView cancelled = service.cancel(colleague, created.id());

        assertThat(cancelled.status()).isEqualTo("cancelled");
        assertThat(cancelled.createdBy())
                .isEqualTo(Owner.of(marketer, null).customerHash().substring(0, 8));
        assertThat(cancelled.cancelledBy())
                .isEqualTo(Owner.of(colleague, null).customerHash().substring(0, 8))
                .isNotEqualTo(cancelled.createdBy());
        assertProblem(() -> service.cancel(new Caller("cust", Set.of()), created.id()), 403);
    }

    @Test
    void a_campaign_name_and_brief_keep_no_personal_data() {
        CampaignView created = service.create(
                marketer,
                new NewCampaign(
                        "联系人张伟 13812345678 wei@example.cn",
                        Segment.EVERYONE,
                        "{name}，有问题加微信 wxid_abc123 或打 13812345678",
                        "2026-12-01T10:00",
                        "Asia/Shanghai",
                        null,
                        null,
                        null,
                        null));

        assertThat(created.name()).isEqualTo("联系人[NAME_1] [PHONE_1] [EMAIL_1]");
        assertThat(service.get(marketer, created.id()).name() + created.brief())
                .doesNotContain("13812345678", "wei@example.cn", "wxid_abc123");
    }

    private NewCampaign campaign(Segment segment, String brief, String sendAt) {
        return new NewCampaign("Tea week", segment, brief, sendAt, "Asia/Shanghai", "21:00", "08:00", null, null);
    }

    private Owner customer(String name, String region, String locale, boolean optIn, String zone, String tag) {
        Owner owner = Owner.of(new Caller(name + "-" + UUID.randomUUID(), Set.of()), null);
        String display = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        settings.save(
                owner.customerHash(),
                new CustomerSettings(
                        true,
                        false,
                        optIn,
                        zone,
                        locale,
                        List.of(new CustomerSettings.Profile(Owner.DEFAULT_PROFILE, display))));
        store.saveAudience(new Audience(owner.customerHash(), region, locale, List.of(tag), null, null));
        return owner;
    }

    private List<InboxMessage> messages(Owner owner) {
        return inbox.inbox(owner, 50, null).messages();
    }

    private static void assertProblem(Runnable call, int status) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(status));
    }
}
