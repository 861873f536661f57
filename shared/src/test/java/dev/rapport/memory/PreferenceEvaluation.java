package dev.rapport.memory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.SessionHistory;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.DynamoDbTurnLedger;
import dev.rapport.testing.TestDynamoDb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Runs a preference set through the real offline path: the statement is a chat turn (redacted and
 * stored by {@link ChatService}), the curator learns from the stored turn as the stream would deliver
 * it, and the question is asked in a new session; what the reply's {@code memoriesUsed} holds is what
 * was used. Each pair gets a customer of its own, with sensitive memory allowed; pairs with a
 * sensitive fact are told a second time to a customer who did not allow it.
 */
final class PreferenceEvaluation {

    static final String HELD_OUT = "/memory-eval/held-out.jsonl";
    static final String HELD_OUT_2 = "/memory-eval/held-out-2.jsonl";
    static final String HELD_OUT_3 = "/memory-eval/held-out-3.jsonl";
    static final String HELD_OUT_4 = "/memory-eval/held-out-4.jsonl";
    static final String HELD_OUT_5 = "/memory-eval/held-out-5.jsonl";
    static final String TUNING = "/memory-eval/tuning.jsonl";

    private final ChatService chat;
    private final SessionHistory history;
    private final MemoryCurator curator;
    private final DynamoDbMemoryStore memories;
    private final dev.rapport.settings.SettingsService settings;
    private final String path;

    PreferenceEvaluation(TestDynamoDb dynamo) {
        this(dynamo, new RuleBasedExtractor(), "offline rules");
    }

    /** @param path what extracts, as the report names it ("offline rules", "Bedrock, recorded replies") */
    PreferenceEvaluation(TestDynamoDb dynamo, MemoryExtractor extractor, String path) {
        this.path = path;
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        String memoryTable = dynamo.createMemoryTable();
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(), tables.conversations(), tables.idempotency(), memoryTable);
        chat = ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 10_000, 0, ""))
                .build();
        history = new SessionHistory(store, 200);
        DynamoDbSettingsStore settingsStore =
                new DynamoDbSettingsStore(dynamo.enhanced(), memoryTable, Clock.systemUTC());
        settings = new dev.rapport.settings.SettingsService(
                settingsStore,
                new dev.rapport.storage.dynamodb.DynamoDbProfileData(dynamo.client(), List.of()),
                owner -> {});
        memories = new DynamoDbMemoryStore(dynamo.client(), memoryTable, Clock.systemUTC());
        curator = new MemoryCurator(
                extractor,
                memories,
                settingsStore,
                new DynamoDbTurnLedger(dynamo.enhanced(), tables.conversations()),
                MemoryBook.DEFAULT_CAPACITY,
                BirthdayAudience.NONE);
    }

    public static void main(String[] args) {
        PreferenceEvaluation evaluation = new PreferenceEvaluation(TestDynamoDb.shared());
        System.out.println(evaluation.run(TUNING).table());
        System.out.println(evaluation.run(HELD_OUT).table());
    }

    PreferenceReport run(String set) {
        return run(set, c -> true);
    }

    /** Only the pairs {@code which} accepts: those a reply was recorded for, on the Bedrock path. */
    PreferenceReport run(String set, Predicate<PreferenceCase> which) {
        PreferenceReport report = new PreferenceReport(set, path);
        for (PreferenceCase c : load(set)) {
            if (which.test(c)) {
                measure(c, report);
            }
        }
        return report;
    }

    private void measure(PreferenceCase c, PreferenceReport report) {
        Caller customer = new Caller("eval-" + UUID.randomUUID(), Set.of());
        settings.update(customer, new SettingsUpdate(true, true, null, null, null, null));
        List<Memory> stored = tell(customer, c.statement());
        ChatReply answer = chat.chat(customer, new ChatCommand(c.question(), null, null, null, null));
        List<Memory> used = stored.stream()
                .filter(m -> answer.memoriesUsed().stream().anyMatch(u -> u.id().equals(m.id())))
                .toList();
        boolean allStored = c.expect().stream().allMatch(e -> stored.stream().anyMatch(e::matches));
        boolean anyUsed = c.expect().stream().anyMatch(e -> used.stream().anyMatch(e::matches));
        for (PreferenceReport.Slice slice : report.slicesOf(c)) {
            count(slice, c, stored, allStored, anyUsed);
        }
        if (!c.negative() && !(allStored && anyUsed) || c.negative() && !stored.isEmpty()) {
            report.misses.add(
                    c.id() + " stored=" + stored.stream().map(Memory::statement).toList() + " used=" + used.size());
        }
        if (c.sensitive()) {
            report.sensitiveCases++;
            Caller withheld = new Caller("eval-" + UUID.randomUUID(), Set.of());
            settings.update(withheld, new SettingsUpdate(true, false, null, null, null, null));
            boolean leaked = tell(withheld, c.statement()).stream()
                    .anyMatch(m -> m.sensitive()
                            || c.expect().stream()
                                    .filter(PreferenceCase.Expected::sensitive)
                                    .anyMatch(e -> e.mentions(m)));
            if (leaked) {
                report.sensitiveWithoutConsent++;
                report.misses.add(c.id() + " stored without consent");
            }
        }
    }

    private static void count(
            PreferenceReport.Slice slice, PreferenceCase c, List<Memory> stored, boolean allStored, boolean used) {
        slice.memories += stored.size();
        slice.wrongPolarity += (int) stored.stream()
                .filter(m -> c.expect().stream().noneMatch(e -> e.matches(m)))
                .filter(m -> c.expect().stream().anyMatch(e -> e.mentions(m)))
                .count();
        slice.rightMemories += (int) stored.stream()
                .filter(m -> c.expect().stream().anyMatch(e -> e.matches(m)))
                .count();
        if (c.negative()) {
            slice.negatives++;
            slice.negativesClean += stored.isEmpty() ? 1 : 0;
            return;
        }
        slice.positives++;
        slice.stored += allStored ? 1 : 0;
        slice.used += used ? 1 : 0;
        for (PreferenceCase.Expected e : c.expect()) {
            slice.items++;
            stored.stream().filter(e::matches).findFirst().ifPresent(m -> {
                slice.itemsStored++;
                slice.strengthRight += e.strength().equals(PreferenceCase.strengthOf(m)) ? 1 : 0;
            });
        }
    }

    /** One chat turn in a new session, curated as the conversations stream would deliver it. */
    private List<Memory> tell(Caller customer, String message) {
        ChatReply reply = chat.chat(customer, new ChatCommand(message, null, null, null, null));
        Turn turn = history.turns(customer, reply.sessionId(), null).getLast();
        Owner owner = Owner.of(customer, null);
        curator.curate(
                new TurnRecorded(owner, reply.sessionId(), turn.seq(), turn.turnId(), turn.at(), turn.message()));
        return memories.load(owner).map(v -> v.book().current()).orElse(List.of());
    }

    static List<PreferenceCase> load(String set) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(PreferenceEvaluation.class.getResourceAsStream(set), StandardCharsets.UTF_8))) {
            return in.lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> read(json, line))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PreferenceCase read(ObjectMapper json, String line) {
        try {
            return json.readValue(line, PreferenceCase.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
