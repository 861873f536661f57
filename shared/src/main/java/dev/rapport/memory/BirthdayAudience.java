package dev.rapport.memory;

import java.time.MonthDay;

/**
 * Where a birthday the account holder shared in chat reaches the campaign audience, which the
 * birthday cards are sent from. Day and month only, like the memory itself.
 */
public interface BirthdayAudience {

    /** For callers with no audience to keep in step (tests of memory alone). */
    BirthdayAudience NONE = new BirthdayAudience() {
        @Override
        public void share(String customerHash, MonthDay birthday) {}

        @Override
        public void withdraw(String customerHash, MonthDay birthday) {}
    };

    /** Sets the birthday on the customer's audience item, keeping every other attribute it has. */
    void share(String customerHash, MonthDay birthday);

    /**
     * Removes the birthday from the audience item while it is still {@code birthday}: one the
     * business's CRM wrote since, being its own, stays.
     */
    void withdraw(String customerHash, MonthDay birthday);
}
