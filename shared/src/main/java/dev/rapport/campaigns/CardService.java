package dev.rapport.campaigns;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;
import java.util.regex.Pattern;

/**
 * {@code GET /v1/cards/{id}}: the caller's own birthday card as an image. The card is looked up
 * under the caller's own key, so another customer's card id is simply not there: 404.
 */
public final class CardService {

    private static final Pattern ID = Pattern.compile(BirthdayGreetings.PREFIX + "\\d{4}");

    private final CardStore store;

    public CardService(CardStore store) {
        this.store = store;
    }

    public String image(Caller caller, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw notFound();
        }
        return store.find(Owner.of(caller, null).customerHash(), id)
                .map(CardImage::svg)
                .orElseThrow(CardService::notFound);
    }

    /** A read for nobody's card, for a SnapStart snapshot. */
    public void prime(Caller nobody) {
        store.find(Owner.of(nobody, null).customerHash(), BirthdayGreetings.PREFIX + "1970");
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No such card was found.");
    }
}
