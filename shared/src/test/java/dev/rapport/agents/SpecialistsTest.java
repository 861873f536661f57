package dev.rapport.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.text.Utterance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of who does what, and what a route of several specialists offers and says. */
class SpecialistsTest {

    @Test
    void eachSpecialistHasItsOwnToolsAndNoneCanChangeWhatAnotherOwns() {
        assertThat(Specialists.of(Specialist.ORDERS).tools())
                .containsExactly("get_order_status", "cancel_order", "change_delivery_address", "rebook_delivery");
        assertThat(Specialists.of(Specialist.ADVISOR).tools())
                .containsExactly("search_products", "get_product", "recommend", "graph_lookup");
        assertThat(Specialists.of(Specialist.CARE).tools()).containsExactly("get_order_status", "handoff");
        assertThat(Specialists.of(Specialist.ACCOUNT).tools())
                .containsExactly(
                        "account_settings",
                        "change_settings",
                        "list_memories",
                        "forget_memory",
                        "export_my_data",
                        "erase_my_data");
    }

    @Test
    void everySpecialistIsBriefedInEnglishAndInChinese() {
        for (Specialist specialist : Specialist.values()) {
            Brief brief = Specialists.of(specialist);
            assertThat(new Utterance(brief.chinese()).hasCjk())
                    .as(specialist.wireName())
                    .isTrue();
            assertThat(new Utterance(brief.english()).hasCjk())
                    .as(specialist.wireName())
                    .isFalse();
            assertThat(brief.instructions(true)).isEqualTo(brief.chinese());
        }
    }

    @Test
    void aChangeIsHeldByTheOrdersSpecialistAndAReadByTheFirstThatHasIt() {
        assertThat(Specialists.holding("cancel_order")).contains(Specialist.ORDERS);
        assertThat(Specialists.holding("get_order_status")).contains(Specialist.ORDERS);
        assertThat(Specialists.holding("erase_my_data")).contains(Specialist.ACCOUNT);
        assertThat(Specialists.holding("set_reminder")).isEmpty();
    }

    @Test
    void aRouteWithHelpersOffersTheUnionOfTheirToolsAndCombinesTheirInstructions() {
        Route route = new Route(Specialist.CARE, List.of(Specialist.ORDERS, Specialist.CARE), "late and furious");

        assertThat(route.tools())
                .containsExactly(
                        "get_order_status", "handoff", "cancel_order", "change_delivery_address", "rebook_delivery");
        assertThat(route.instructions(false))
                .contains("one answer")
                .contains(Specialists.of(Specialist.CARE).english())
                .contains(Specialists.of(Specialist.ORDERS).english());
        assertThat(route.instructions(false)
                        .indexOf(Specialists.of(Specialist.CARE).english()))
                .isLessThan(route.instructions(false)
                        .indexOf(Specialists.of(Specialist.ORDERS).english()));
        assertThat(route.instructions(true))
                .contains(Specialists.of(Specialist.ORDERS).chinese());
    }

    @Test
    void aRouteToOneSpecialistSaysOnlyItsInstructions() {
        assertThat(Route.to(Specialist.ADVISOR, "catalog").instructions(false))
                .isEqualTo(Specialists.of(Specialist.ADVISOR).english());
        assertThat(Route.to(Specialist.ADVISOR, "catalog").tools()).doesNotContain("cancel_order", "handoff");
    }
}
