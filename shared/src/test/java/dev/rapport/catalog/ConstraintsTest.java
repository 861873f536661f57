package dev.rapport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    private static Product product(String sku, String nameEn, String category, Map<String, String> specs) {
        return new Product(
                sku, nameEn, nameEn, category, List.of("black"), List.of("M"), BigDecimal.TEN, "CNY", specs, 5);
    }

    private static final Product BOMBER =
            product("JK-B", "Bomber jacket", "jacket", Map.of("materials", "wool, leather"));
    private static final Product FLEECE =
            product("JK-F", "Zip fleece jacket", "jacket", Map.of("materials", "polyester"));
    private static final Product DENIM = product(
            "JK-D", "Classic denim jacket", "jacket", Map.of("materials", "denim, cotton", "fabric", "100% cotton"));
    private static final Product SOCKS =
            product("AC-S", "Running socks", "accessory", Map.of("materials", "nylon", "fabric", "merino blend"));
    private static final Product RUNNERS =
            product("SH-R", "Cloud running shoes", "shoes", Map.of("materials", "polyester, rubber"));
    private static final Product CITY =
            product("SH-C", "City walking shoes", "shoes", Map.of("materials", "leather, rubber"));
    private static final Product WATCH =
            product("WT-P", "Pulse 3 smartwatch", "watch", Map.of("materials", "aluminium, silicone"));
    private static final Product PHONE = product("PH-A", "Aurora phone", "phone", Map.of());
    private static final Product DOWN = product("JK-L", "Light down jacket", "jacket", Map.of());

    @Test
    void anAvoidanceRulesOutWhatTheMaterialsListAndWhatOnlyASpecOrTheNameSays() {
        Constraints noWool = Constraints.of(List.of("wool"), List.of());

        assertThat(noWool.check(BOMBER).breached()).containsExactly("wool");
        // The materials say nylon; only the fabric spec says merino, another name for wool.
        assertThat(noWool.allows(SOCKS)).isFalse();
        assertThat(noWool.allows(FLEECE)).isTrue();
        assertThat(Constraints.of(List.of("羽绒"), List.of()).allows(DOWN)).isFalse();
    }

    @Test
    void aVeganIsOfferedNothingOfAnimalOrigin() {
        Constraints vegan = Constraints.of(List.of(), List.of("vegan"));

        assertThat(vegan.ruledOut()).contains("leather", "wool", "silk", "down");
        assertThat(vegan.allows(CITY)).isFalse();
        assertThat(vegan.allows(RUNNERS)).isTrue();
    }

    @Test
    void onlyCottonLeavesOutFabricsWithoutCottonAndNothingMadeOfOtherStuff() {
        Constraints cotton = Constraints.of(List.of(), List.of("cotton"));

        assertThat(cotton.allows(DENIM)).isTrue();
        assertThat(cotton.check(FLEECE).missing()).containsExactly("cotton");
        assertThat(cotton.allows(RUNNERS)).isFalse();
        // Neither a watch of aluminium nor a phone is worn as a fabric.
        assertThat(cotton.allows(WATCH)).isTrue();
        assertThat(cotton.allows(PHONE)).isTrue();
        assertThat(Constraints.of(List.of(), List.of("纯棉的衣服")).allows(FLEECE)).isFalse();
    }

    @Test
    void aRequirementThatNamesAKindHoldsOnlyThatKind() {
        Constraints leatherShoes = Constraints.of(List.of(), List.of("leather shoes"));

        assertThat(leatherShoes.allows(CITY)).isTrue();
        assertThat(leatherShoes.allows(RUNNERS)).isFalse();
        assertThat(leatherShoes.allows(FLEECE)).isTrue();
        // The catalog sells no underwear: nothing here is held to it.
        assertThat(Constraints.of(List.of(), List.of("cotton underwear")).allows(FLEECE))
                .isTrue();
        assertThat(Constraints.of(List.of(), List.of("只穿真皮的鞋")).allows(RUNNERS)).isFalse();
    }

    @Test
    void wordsThatAreNotMaterialsRequireNothing() {
        Constraints none = Constraints.of(List.of(), List.of("M", "vegetarian", "weekends", "halal"));

        assertThat(none.isEmpty()).isTrue();
        assertThat(List.of(BOMBER, FLEECE, RUNNERS, WATCH, PHONE)).allMatch(none::allows);
    }
}
