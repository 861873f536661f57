package dev.rapport.tools;

import dev.rapport.catalog.Constraints;
import dev.rapport.identity.Owner;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a tool knows of the turn, from the verified caller and the loaded profile only.
 *
 * @param customerHash whose orders are visible: the caller's, whatever ids the model passes
 * @param region the customer's market for regional figures, or null
 * @param memories what the customer let us remember, for recommendations
 * @param constraints what the customer avoids or requires, as the catalog checks it: no product breaking
 *     it is offered
 * @param chinese whether summaries are written in Chinese
 * @param vault the real value behind a placeholder such as [ADDRESS_1], from the session's vault, if unexpired
 * @param profileId whose memories the account's tools see: the turn's profile of a shared account, already checked
 *     against the caller's settings
 */
public record ToolContext(
        String customerHash,
        String region,
        List<String> memories,
        Constraints constraints,
        boolean chinese,
        Instant now,
        Supplier<String> ids,
        Function<String, Optional<String>> vault,
        String profileId) {

    public ToolContext(
            String customerHash,
            String region,
            List<String> memories,
            boolean chinese,
            Instant now,
            Supplier<String> ids) {
        this(
                customerHash,
                region,
                memories,
                Constraints.NONE,
                chinese,
                now,
                ids,
                placeholder -> Optional.empty(),
                Owner.DEFAULT_PROFILE);
    }

    public ToolContext {
        Objects.requireNonNull(customerHash, "customerHash");
        memories = List.copyOf(memories);
        Objects.requireNonNull(constraints, "constraints");
        profileId = profileId == null ? Owner.DEFAULT_PROFILE : profileId;
    }

    /** The customer and profile the turn belongs to. */
    public Owner owner() {
        return new Owner(customerHash, profileId);
    }
}
