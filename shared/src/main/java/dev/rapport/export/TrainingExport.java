package dev.rapport.export;

import dev.rapport.json.Json;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The training-data export: conversations of a date range that customers rated well, de-identified
 * again on the way out (stored text is redacted already; a second pass costs little and catches
 * anything an older redactor missed), written one line at a time in Bedrock's conversation format,
 * then a manifest of what was taken and what was left out, and why.
 */
public final class TrainingExport {

    /** Customers whose settings were read recently; bounded so a large export stays within memory. */
    private static final int CONSENT_CACHE = 10_000;

    private final ConversationSource source;
    private final SettingsStore settings;
    private final ExportSink sink;
    private final PiiRedactor redactor;
    private final String systemPrompt;
    private final Clock clock;

    public TrainingExport(
            ConversationSource source,
            SettingsStore settings,
            ExportSink sink,
            PiiRedactor redactor,
            String systemPrompt,
            Clock clock) {
        this.source = source;
        this.settings = settings;
        this.sink = sink;
        this.redactor = redactor;
        this.systemPrompt = systemPrompt;
        this.clock = clock;
    }

    public ExportManifest run(ExportRequest request) {
        String data = request.name() + ".jsonl";
        Map<String, Long> excluded = new TreeMap<>();
        long[] taken = new long[2];
        Map<String, Boolean> consent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > CONSENT_CACHE;
            }
        };
        try (ExportSink.Lines lines = sink.open(data)) {
            source.forEachStartedBetween(request.from(), request.to(), conversation -> {
                String reason = exclusion(
                        conversation,
                        request.minRating(),
                        consent.computeIfAbsent(conversation.customerHash(), this::consents));
                if (reason != null) {
                    excluded.merge(reason, 1L, Long::sum);
                    return;
                }
                List<String[]> exchanges = new ArrayList<>();
                for (StoredConversation.Exchange e : conversation.exchanges()) {
                    exchanges.add(new String[] {redactor.apply(e.message()), redactor.apply(e.reply())});
                }
                lines.write(BedrockConversationLine.of(systemPrompt, exchanges));
                taken[0]++;
                taken[1] += exchanges.size();
            });
            lines.complete();
        }
        ExportManifest manifest = new ExportManifest(
                BedrockConversationLine.SCHEMA_VERSION,
                sink.location(data),
                clock.instant(),
                request.from(),
                request.to(),
                request.minRating(),
                taken[0] == 0,
                taken[0],
                taken[1],
                excluded,
                notes(taken[0] == 0));
        sink.manifest(request.name() + ".manifest.json", Json.write(manifest));
        return manifest;
    }

    private boolean consents(String customerHash) {
        return settings.find(customerHash).orElse(CustomerSettings.DEFAULTS).memoryEnabled();
    }

    /** Why a conversation stays out, or null when it goes in. */
    static String exclusion(StoredConversation conversation, int minRating, boolean consents) {
        if (!consents) {
            return "consentOff";
        }
        if (conversation.exchanges().isEmpty()) {
            return "noTurns";
        }
        if (conversation.handedOff()) {
            return "handedOff";
        }
        List<Integer> ratings = conversation.exchanges().stream()
                .map(StoredConversation.Exchange::rating)
                .filter(r -> r != null)
                .toList();
        if (minRating > 0 && ratings.isEmpty()) {
            return "unrated";
        }
        if (ratings.stream().anyMatch(r -> r < minRating)) {
            return "belowMinimumRating";
        }
        return null;
    }

    private static List<String> notes(boolean empty) {
        List<String> notes = new ArrayList<>(List.of(
                "consentOff: the customer turned memory off; their conversations are not used to train.",
                "Customers who erased themselves are absent: erasure deletes every item of theirs, so nothing of them"
                        + " is read.",
                "handedOff: a person took the conversation over; the assistant's part is not an example to learn from.",
                "noTurns: the conversation expired or was erased while the export ran.",
                "Text is redacted again on export; placeholders such as [PHONE_1] stand where personal data was."));
        if (empty) {
            notes.addFirst("Nothing matched: the data file is empty.");
        }
        return notes;
    }
}
