package dev.rapport.chat;

import dev.rapport.memory.MemoryBook;
import dev.rapport.settings.CustomerSettings;

/** What the turn knows about the customer before answering: their settings and the profile's memories. */
public record ProfileContext(CustomerSettings settings, MemoryBook memories) {

    public static final ProfileContext NONE = new ProfileContext(CustomerSettings.DEFAULTS, MemoryBook.empty());
}
