package dev.rapport.export;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Port: the stored conversations started in a range of UTC days, one at a time, so none is held longer than needed. */
public interface ConversationSource {

    void forEachStartedBetween(LocalDate from, LocalDate to, Consumer<StoredConversation> each);
}
