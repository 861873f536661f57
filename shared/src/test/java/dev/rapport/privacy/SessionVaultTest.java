package dev.rapport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionVaultTest {

    private static final String ADDRESS = "上海市浦东新区世纪大道100号5栋1203室";
    private final Instant now = Instant.parse("2026-11-30T12:00:00Z");
    private final VaultKey alice = VaultKey.derive("pepper", "alice-sub", "session-1");

    @Test
    void anAddressIsKeptSealedAndOpensWithTheConversationsKey() {
        SessionVault vault = SessionVault.empty().with(Map.of("ADDRESS_1", ADDRESS), alice, now, now.plusSeconds(1800));

        assertThat(vault.entries().get("ADDRESS_1")).doesNotContain(ADDRESS).doesNotContain("世纪大道");
        assertThat(vault.open("[ADDRESS_1]", alice, now.plusSeconds(60))).contains(ADDRESS);
    }

    @Test
    void anotherSessionOrCustomerCannotOpenIt() {
        SessionVault vault = SessionVault.empty().with(Map.of("ADDRESS_1", ADDRESS), alice, now, now.plusSeconds(1800));

        assertThat(vault.open("[ADDRESS_1]", VaultKey.derive("pepper", "alice-sub", "session-2"), now))
                .isEmpty();
        assertThat(vault.open("[ADDRESS_1]", VaultKey.derive("pepper", "bob-sub", "session-1"), now))
                .isEmpty();
        assertThat(vault.open("[ADDRESS_1]", VaultKey.derive("other-pepper", "alice-sub", "session-1"), now))
                .isEmpty();
    }

    @Test
    void anExpiredOrUnknownPlaceholderOpensNothingAndIsDroppedNextTurn() {
        SessionVault vault =
                SessionVault.empty().with(Map.of("ADDRESS_1", ADDRESS), alice, now, now.plus(Duration.ofMinutes(30)));
        Instant later = now.plus(Duration.ofMinutes(30));

        assertThat(vault.open("[ADDRESS_1]", alice, later)).isEmpty();
        assertThat(vault.open("[ADDRESS_2]", alice, now)).isEmpty();
        assertThat(vault.with(Map.of(), alice, later, later.plusSeconds(60)).isEmpty())
                .isTrue();
    }

    @Test
    void anEntryMovedToAnotherPlaceholderDoesNotOpen() {
        SessionVault vault = SessionVault.empty().with(Map.of("ADDRESS_1", ADDRESS), alice, now, now.plusSeconds(1800));
        SessionVault swapped =
                new SessionVault(Map.of("ADDRESS_2", vault.entries().get("ADDRESS_1")));

        assertThat(swapped.open("[ADDRESS_2]", alice, now)).isEmpty();
    }

    @Test
    void onlyAddressesAndPhonesAreKept() {
        SessionVault vault = SessionVault.empty()
                .with(
                        Map.of("CN_ID_1", "11010519491231002X", "PHONE_1", "13800138000"),
                        alice,
                        now,
                        now.plusSeconds(1800));

        assertThat(vault.entries()).containsOnlyKeys("PHONE_1");
        assertThat(vault.open("[PHONE_1]", alice, now)).contains("13800138000");
    }
}
