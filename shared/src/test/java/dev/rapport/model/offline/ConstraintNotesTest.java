package dev.rapport.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstraintNotesTest {

    private static final String FLEECE =
            "{\"sku\":\"JK-FLEECE-ZIP\",\"found\":true,\"product\":{\"sku\":\"JK-FLEECE-ZIP\","
                    + "\"nameZh\":\"抓绒夹克\",\"nameEn\":\"Zip fleece jacket\",\"category\":\"jacket\",\"colours\":[],\"sizes\":[],"
                    + "\"price\":\"399.00\",\"currency\":\"CNY\",\"inStock\":true,\"specs\":{}},"
                    + "\"conflicts\":{\"madeOf\":[\"polyester\"],\"lacks\":[\"cotton\"],\"note\":\"...\"}}";

    @Test
    void aProductAskedForThatBreaksAConstraintIsNamedWithWhatItBreaks() {
        assertThat(ToolAnswers.of("get_product", FLEECE, "Tell me about JK-FLEECE-ZIP", false))
                .contains("Zip fleece jacket")
                .contains("Note: it is made with polyester, which you told me you avoid.")
                .contains("Note: it isn't cotton, which you told me you stick to.");
        assertThat(ToolAnswers.of("get_product", FLEECE, "JK-FLEECE-ZIP 怎么样", true))
                .contains("抓绒夹克")
                .contains("提醒：这件商品含 polyester")
                .contains("不是 cotton 的");
    }

    @Test
    void aListSaysWhatARequirementLeftOut() {
        String result = "{\"products\":[],\"required\":[\"cotton\"]}";

        assertThat(ToolAnswers.of("search_products", result, "jackets?", false))
                .contains("I left out anything that isn't cotton, as you told me.");
        assertThat(ToolAnswers.of("search_products", result, "夹克", true)).contains("已按您说过的只要 cotton");
    }
}
