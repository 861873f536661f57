package dev.rapport.campaigns;

import java.util.Objects;

/**
 * One customer's birthday card of one year, kept beside their inbox under the year's campaign id
 * ({@code birthday-2026}): at most one per customer and year.
 *
 * @param text the message, the customer's name already in it
 * @param sku the one suggested product, or null when nothing fits every constraint
 * @param product the suggested product's name in the card's language, or null
 */
public record BirthdayCard(String id, String text, String sku, String product, boolean chinese) {

    public BirthdayCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if ((sku == null) != (product == null)) {
            throw new IllegalArgumentException("a suggestion has both its SKU and its name");
        }
    }

    /** Where the customer fetches the card's image. */
    public String link() {
        return "/v1/cards/" + id;
    }
}
