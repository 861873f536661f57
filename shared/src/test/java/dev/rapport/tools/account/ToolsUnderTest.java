package dev.rapport.tools.account;

import dev.rapport.actions.ActionHandler;
import dev.rapport.actions.PendingAction;
import dev.rapport.catalog.Constraints;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.tools.Tool;
import dev.rapport.tools.ToolContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The account tools called as the model would call them, with whatever input, for a verified caller. */
record ToolsUnderTest(AccountServices services) {

    String run(Caller caller, String profile, String tool, String inputJson) {
        Owner owner = Owner.of(caller, profile);
        ToolContext context = new ToolContext(
                owner.customerHash(),
                null,
                List.of(),
                Constraints.NONE,
                false,
                Instant.now(),
                () -> UUID.randomUUID().toString(),
                placeholder -> Optional.empty(),
                owner.profileId());
        Tool named = AccountTools.of(services).stream()
                .filter(t -> t.spec().name().equals(tool))
                .findFirst()
                .orElseThrow();
        try {
            return named.run(context, Json.MAPPER.readTree(inputJson)).json();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A forget proposal naming {@code memoryId}, confirmed by {@code caller}. */
    ActionHandler.Done confirmForget(Caller caller, String memoryId) {
        PendingAction forged =
                new PendingAction("a-1", ForgetMemory.NAME, null, memoryId, "Forget: something", Instant.now());
        return AccountTools.actions(services).carryOut(Owner.of(caller, null), forged, false);
    }
}
