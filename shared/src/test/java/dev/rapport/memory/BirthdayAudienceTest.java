package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.CampaignStore;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.Profiles;
import dev.rapport.storage.dynamodb.DynamoDbBirthdayAudience;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.ErasureGuard;
import dev.rapport.testing.CuratedChat;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A birthday told in chat reaches the campaign audience through the curator, off the turn's path,
 * under consent, keeping what the CRM wrote; deleting the memory or the customer takes it away.
 */
class BirthdayAudienceTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final String hash = Owner.of(alice, null).customerHash();
    private CuratedChat chat;
    private MemoryService memories;
    private DynamoDbSettingsStore settings;
    private DynamoDbCampaignStore audience;
    private DynamoDbBirthdayAudience birthdays;
    private DynamoDbPersonalData personalData;

    @BeforeEach
    void setUp() {
        String memory = dynamo.createMemoryTable();
        settings = new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC());
        birthdays = new DynamoDbBirthdayAudience(dynamo.client(), memory, Clock.systemUTC());
        DynamoDbMemoryStore books = new DynamoDbMemoryStore(dynamo.client(), memory, Clock.systemUTC());
        memories = new MemoryService(books, new Profiles(settings), new PiiRedactor(), 200, birthdays);
        chat = CuratedChat.on(dynamo, memory, birthdays);
        audience = new DynamoDbCampaignStore(dynamo.client(), "unused", memory, "unused");
        personalData = new DynamoDbPersonalData(
                dynamo.client(),
                List.of(new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk"))),
                new ErasureGuard(memory, Clock.systemUTC()),
                Duration.ofMinutes(15));
    }

    @Test
    void aChineseBirthdayToldInChatReachesTheAudienceBesideWhatTheCrmWrote() {
        audience.saveAudience(new Audience(hash, "east", "zh-CN", List.of("tea"), null, null));

        tell(null, "我的生日是 3 月 12 日，我最喜欢绿色");

        assertThat(audienceOf(hash)).hasValueSatisfying(a -> {
            assertThat(a.birthMonth()).isEqualTo(3);
            assertThat(a.birthDay()).isEqualTo(12);
            assertThat(a.region()).isEqualTo("east");
            assertThat(a.locale()).isEqualTo("zh-CN");
            assertThat(a.tags()).containsExactly("tea");
        });
    }

    @Test
    void anEnglishBirthdayMakesAnAudienceItemWhereTheCrmHadNone() {
        tell(null, "My birthday is March 12");

        assertThat(audienceOf(hash)).hasValueSatisfying(a -> {
            assertThat(a.birthMonth()).isEqualTo(3);
            assertThat(a.birthDay()).isEqualTo(12);
            assertThat(a.tags()).isEmpty();
        });
    }

    @Test
    void withMemoryOffNoBirthdayIsKeptNorShared() {
        settings.save(
                hash, new CustomerSettings(false, false, true, "UTC", "zh-CN", CustomerSettings.DEFAULTS.profiles()));

        tell(null, "我的生日是 3 月 12 日");

        assertThat(audienceOf(hash)).isEmpty();
    }

    @Test
    void anotherProfilesBirthdayStaysOutOfTheAccountsAudience() {
        settings.save(
                hash,
                new CustomerSettings(
                        true,
                        false,
                        true,
                        "UTC",
                        "en",
                        List.of(
                                new CustomerSettings.Profile(Owner.DEFAULT_PROFILE, "Me"),
                                new CustomerSettings.Profile("kid", "Kid"))));

        tell("kid", "My birthday is June 1");

        assertThat(audienceOf(hash)).isEmpty();
    }

    @Test
    void deletingTheBirthdayMemoryWithdrawsItAndKeepsTheRest() {
        audience.saveAudience(new Audience(hash, "east", "zh-CN", List.of("tea"), null, null));
        tell(null, "我的生日是 3 月 12 日，我最喜欢绿色");
        Memory birthday = memories.list(alice, null).memories().stream()
                .filter(m -> m.category() == MemoryCategory.BIRTHDAY)
                .findFirst()
                .orElseThrow();

        memories.delete(alice, null, birthday.id());

        assertThat(audienceOf(hash)).hasValueSatisfying(a -> {
            assertThat(a.birthMonth()).isNull();
            assertThat(a.birthDay()).isNull();
            assertThat(a.tags()).containsExactly("tea");
        });
    }

    @Test
    void aBirthdayTheCrmChangedSinceIsNotOursToWithdraw() {
        tell(null, "My birthday is March 12");
        audience.saveAudience(new Audience(hash, "east", "en", List.of(), null, 4, 2));

        birthdays.withdraw(hash, MonthDay.of(3, 12));

        assertThat(audienceOf(hash))
                .hasValueSatisfying(a -> assertThat(a.birthMonth()).isEqualTo(4));
    }

    @Test
    void erasureTakesTheAudienceItemAndALateShareWritesNothingBack() {
        tell(null, "My birthday is March 12");
        assertThat(audienceOf(hash)).isPresent();

        personalData.erase(hash);
        birthdays.share(hash, MonthDay.of(3, 12)); // a curation still in flight

        assertThat(audienceOf(hash)).isEmpty();
    }

    private void tell(String profile, String message) {
        chat.tell(alice, profile, message);
    }

    private Optional<Audience> audienceOf(String customerHash) {
        String cursor = null;
        do {
            CampaignStore.AudiencePage page = audience.audience(cursor, 100);
            Optional<Audience> found = page.audience().stream()
                    .filter(a -> a.customerHash().equals(customerHash))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return Optional.empty();
    }
}
