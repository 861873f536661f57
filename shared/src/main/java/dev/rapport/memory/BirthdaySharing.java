package dev.rapport.memory;

import dev.rapport.identity.Owner;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the audience's birthday in step with the memory book after each change: a birthday
 * learnt is shared, a birthday deleted, forgotten or edited away is withdrawn. Only the default
 * profile's (the account holder's): the audience is per account, and a child's birthday stated in
 * their own profile must not greet the parent.
 */
public final class BirthdaySharing {

    private final BirthdayAudience audience;

    public BirthdaySharing(BirthdayAudience audience) {
        this.audience = Objects.requireNonNull(audience, "audience");
    }

    /** After a saved change from {@code before} to {@code after}. */
    public void follow(Owner owner, MemoryBook before, MemoryBook after) {
        if (!owner.profileId().equals(Owner.DEFAULT_PROFILE)) {
            return;
        }
        Optional<MonthDay> was = birthday(before);
        Optional<MonthDay> now = birthday(after);
        if (now.isPresent() && !now.equals(was)) {
            audience.share(owner.customerHash(), now.get());
        } else if (now.isEmpty() && was.isPresent()) {
            audience.withdraw(owner.customerHash(), was.get());
        }
    }

    /**
     * A retried curation finds its turn already applied and the book unchanged; the share that
     * followed the first save may not have happened, so a birthday learnt from this turn is shared again.
     */
    public void again(Owner owner, MemoryBook book, String turnId) {
        if (owner.profileId().equals(Owner.DEFAULT_PROFILE)
                && book.current().stream()
                        .anyMatch(m -> isBirthday(m) && m.provenance().turnId().equals(turnId))) {
            birthday(book).ifPresent(day -> audience.share(owner.customerHash(), day));
        }
    }

    static Optional<MonthDay> birthday(MemoryBook book) {
        return book.current().stream()
                .filter(BirthdaySharing::isBirthday)
                .map(m -> parse(m.value()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static boolean isBirthday(Memory memory) {
        return memory.category() == MemoryCategory.BIRTHDAY;
    }

    /** The stored {@code MM-dd}; an edited birthday holds the customer's own words, which are not read as a date. */
    private static Optional<MonthDay> parse(String value) {
        try {
            return value.matches("\\d{2}-\\d{2}") ? Optional.of(MonthDay.parse("--" + value)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
