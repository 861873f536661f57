package dev.rapport.campaigns;

import java.util.Optional;

/** Where the birthday cards the worker wrote are read back for their owner. */
public interface CardStore {

    /** The customer's card {@code id} ({@code birthday-2026}); empty when they have none by that id. */
    Optional<BirthdayCard> find(String customerHash, String id);
}
