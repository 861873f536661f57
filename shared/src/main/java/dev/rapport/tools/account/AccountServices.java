package dev.rapport.tools.account;

import dev.rapport.memory.MemoryService;
import dev.rapport.personaldata.PersonalDataService;
import dev.rapport.settings.SettingsService;
import java.util.Objects;

/** The use cases behind the account routes, which the account tools call rather than repeat. */
public record AccountServices(SettingsService settings, MemoryService memories, PersonalDataService personalData) {

    public AccountServices {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(memories, "memories");
        Objects.requireNonNull(personalData, "personalData");
    }
}
