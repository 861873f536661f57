package dev.rapport.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a product answer adds about the customer's constraints: what kept items out of a list, and
 * that a product asked for by name breaks one — said, never silently offered.
 */
final class ConstraintNotes {

    private ConstraintNotes() {}

    static String of(JsonNode result, boolean chinese) {
        return leftOut(words(result.path("ruledOut")), words(result.path("required")), chinese)
                + conflict(result.path("conflicts"), chinese);
    }

    private static String leftOut(List<String> ruledOut, List<String> required, boolean chinese) {
        String note = "";
        if (!ruledOut.isEmpty()) {
            note += chinese
                    ? "（已按您告诉过我的，避开含 " + String.join("、", ruledOut) + " 的商品。）"
                    : " I left out anything made with " + String.join(", ", ruledOut) + ", as you told me.";
        }
        if (!required.isEmpty()) {
            note += chinese
                    ? "（已按您说过的只要 " + String.join("、", required) + "，略去了不符合的商品。）"
                    : " I left out anything that isn't " + String.join(" or ", required) + ", as you told me.";
        }
        return note;
    }

    private static String conflict(JsonNode conflicts, boolean chinese) {
        List<String> madeOf = words(conflicts.path("madeOf"));
        List<String> lacks = words(conflicts.path("lacks"));
        String note = "";
        if (!madeOf.isEmpty()) {
            note += chinese
                    ? "（提醒：这件商品含 " + String.join("、", madeOf) + "，您说过要避开。）"
                    : " Note: it is made with " + String.join(", ", madeOf) + ", which you told me you avoid.";
        }
        if (!lacks.isEmpty()) {
            note += chinese
                    ? "（提醒：这件商品不是 " + String.join("、", lacks) + " 的，您说过只要这种。）"
                    : " Note: it isn't " + String.join(" or ", lacks) + ", which you told me you stick to.";
        }
        return note;
    }

    private static List<String> words(JsonNode array) {
        List<String> words = new ArrayList<>();
        array.forEach(w -> words.add(w.asText()));
        return words;
    }
}
