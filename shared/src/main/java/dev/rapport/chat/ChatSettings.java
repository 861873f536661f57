package dev.rapport.chat;

import dev.rapport.config.Environment;
import java.time.Duration;

/**
 * Tunables of the chat use case, from the environment variables template.yaml declares.
 *
 * @param retention how long a session and its turns are kept after the last turn
 * @param idempotencyTtl how long a retry with the same key gets the first answer
 * @param redactBeforeModel whether the model sees placeholders instead of personal data
 * @param turnsPerMinute chat turns one customer may start per clock minute; 0 for no limit
 * @param ledgerPepper a deployment secret mixed into each conversation's placeholder key; may be empty
 * @param vaultTtl how long an address or phone the customer shared stays usable by a confirmed action
 */
public record ChatSettings(
        ContextPolicy context,
        Duration retention,
        Duration idempotencyTtl,
        boolean redactBeforeModel,
        int historyLimit,
        int turnsPerMinute,
        String ledgerPepper,
        Duration vaultTtl) {

    public ChatSettings(
            ContextPolicy context,
            Duration retention,
            Duration idempotencyTtl,
            boolean redactBeforeModel,
            int historyLimit,
            int turnsPerMinute,
            String ledgerPepper) {
        this(
                context,
                retention,
                idempotencyTtl,
                redactBeforeModel,
                historyLimit,
                turnsPerMinute,
                ledgerPepper,
                Duration.ofMinutes(30));
    }

    public static ChatSettings from(Environment env) {
        return new ChatSettings(
                new ContextPolicy(env.getInt("CONTEXT_RECENT_TURNS", 8), env.getInt("CONTEXT_SUMMARY_CHARS", 800)),
                Duration.ofDays(env.getInt("TURN_RETENTION_DAYS", 90)),
                Duration.ofSeconds(env.getInt("IDEMPOTENCY_TTL_SECONDS", 3600)),
                Boolean.parseBoolean(env.get("REDACT_BEFORE_MODEL", "true")),
                200,
                env.getInt("CUSTOMER_TURNS_PER_MINUTE", 20),
                env.get("PII_LEDGER_PEPPER", ""),
                Duration.ofMinutes(env.getInt("ACTION_VAULT_TTL_MINUTES", 30)));
    }

    public static ChatSettings defaults() {
        return from(Environment.of(java.util.Map.of()));
    }
}
