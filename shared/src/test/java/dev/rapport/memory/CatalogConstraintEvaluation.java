package dev.rapport.memory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.actions.ActionDesk;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.ProductInput;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.SessionHistory;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.knowledge.KnowledgeEvaluation;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.settings.SettingsService;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbOrderStore;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.DynamoDbTurnLedger;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Asks the later questions of the held-out sets over the offline engine with the demo store's whole
 * catalog and its tools, after the customer stated a constraint, and counts catalog items named in
 * the answer that break it. What breaks a constraint is read from the set's own labels ("wool",
 * "真皮", "vegan") through the table below, written apart from the rules under test. The same
 * question from a customer with no memory shows how often the catalog would have offered such an item.
 */
final class CatalogConstraintEvaluation {

    /** The catalog's materials each labelled constraint word rules out. */
    private static final Map<String, List<String>> MATERIALS = Map.ofEntries(
            Map.entry("wool", List.of("wool")),
            Map.entry("羊毛", List.of("wool")),
            Map.entry("leather", List.of("leather", "suede")),
            Map.entry("真皮", List.of("leather", "suede")),
            Map.entry("皮革", List.of("leather", "suede")),
            Map.entry("suede", List.of("suede")),
            Map.entry("麂皮", List.of("suede")),
            Map.entry("down", List.of("down")),
            Map.entry("羽绒", List.of("down")),
            Map.entry("polyester", List.of("polyester")),
            Map.entry("涤纶", List.of("polyester")),
            Map.entry("synthetic", List.of("polyester", "nylon")),
            Map.entry("化纤", List.of("polyester", "nylon")),
            Map.entry("nylon", List.of("nylon")),
            Map.entry("denim", List.of("denim")),
            Map.entry("牛仔", List.of("denim")),
            Map.entry("nickel", List.of("stainless steel")),
            Map.entry("镍", List.of("stainless steel")),
            Map.entry("plastic", List.of("plastic")),
            Map.entry("塑料", List.of("plastic")),
            Map.entry("rubber", List.of("rubber")),
            Map.entry("vegan", List.of("leather", "suede", "wool", "down")),
            Map.entry("全素", List.of("leather", "suede", "wool", "down")));

    record Case(String id, List<String> statements, String question, List<String> words) {}

    /** Figures of one run. */
    static final class Report {
        int questions;
        int answersNamingItems;
        int itemsNamed;
        int violations;
        int controlViolations;
        int controlAnswersAtRisk;

        String table() {
            return String.format(
                    Locale.ROOT,
                    "%d questions after a constraint: %d answers named catalog items (%d items), violations %d;"
                            + " the same questions with no memory: %d answers named an item breaking it (%d items)",
                    questions,
                    answersNamingItems,
                    itemsNamed,
                    violations,
                    controlAnswersAtRisk,
                    controlViolations);
        }
    }

    private final ChatService chat;
    private final SessionHistory history;
    private final MemoryCurator curator;
    private final SettingsService settings;
    private final List<Product> products = new ArrayList<>();

    CatalogConstraintEvaluation(TestDynamoDb dynamo) {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        String memoryTable = dynamo.createMemoryTable();
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(), tables.conversations(), tables.idempotency(), memoryTable);
        DynamoDbCatalog catalog =
                new DynamoDbCatalog(dynamo.enhanced(), dynamo.createProductsTable(), Duration.ZERO, Clock.systemUTC());
        loadDemoCatalog(catalog);
        DynamoDbOrderStore orders = new DynamoDbOrderStore(dynamo.enhanced(), dynamo.createOrdersTable());
        chat = ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 10_000, 0, ""))
                .tools(new ToolRunner(Toolbox.of(catalog, orders), new ActionDesk(orders)))
                .build();
        history = new SessionHistory(store, 200);
        DynamoDbSettingsStore settingsStore =
                new DynamoDbSettingsStore(dynamo.enhanced(), memoryTable, Clock.systemUTC());
        settings = new SettingsService(settingsStore, new DynamoDbProfileData(dynamo.client(), List.of()), o -> {});
        curator = new MemoryCurator(
                new RuleBasedExtractor(),
                new DynamoDbMemoryStore(dynamo.client(), memoryTable, Clock.systemUTC()),
                settingsStore,
                new DynamoDbTurnLedger(dynamo.enhanced(), tables.conversations()),
                MemoryBook.DEFAULT_CAPACITY,
                BirthdayAudience.NONE);
    }

    private void loadDemoCatalog(DynamoDbCatalog catalog) {
        try {
            for (String line :
                    Files.readAllLines(KnowledgeEvaluation.demoStore().resolve("products.jsonl"))) {
                JsonNode node = Json.MAPPER.readTree(line);
                Product product = ProductInput.read(node.path("sku").asText(), node);
                catalog.put(product);
                products.add(product);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The held-out preference and recall pairs whose labels name a constraint. */
    static List<Case> heldOut() {
        List<Case> cases = new ArrayList<>();
        for (PreferenceCase c : PreferenceEvaluation.load(PreferenceEvaluation.HELD_OUT)) {
            List<String> words = c.expect().stream()
                    .filter(e -> e.polarity().equals("avoids")
                            || e.object().toLowerCase(Locale.ROOT).contains("vegan"))
                    .flatMap(e -> e.match().stream())
                    .toList();
            if (!words.isEmpty()) {
                cases.add(new Case(c.id(), List.of(c.statement()), c.question(), words));
            }
        }
        for (RecallCase c : RecallEvaluation.load(RecallEvaluation.HELD_OUT)) {
            cases.add(new Case(
                    c.id(),
                    c.statements(),
                    c.question(),
                    c.recalls().stream().flatMap(List::stream).toList()));
        }
        return cases;
    }

    Report run(List<Case> cases) {
        Report report = new Report();
        for (Case c : cases) {
            report.questions++;
            Caller customer = customer();
            c.statements().forEach(s -> tell(customer, s));
            List<Product> named = named(ask(customer, c.question()));
            report.answersNamingItems += named.isEmpty() ? 0 : 1;
            report.itemsNamed += named.size();
            report.violations += breaking(named, c.words());
            int control = breaking(named(ask(customer(), c.question())), c.words());
            report.controlViolations += control;
            report.controlAnswersAtRisk += control > 0 ? 1 : 0;
        }
        return report;
    }

    private Caller customer() {
        Caller customer = new Caller("eval-" + UUID.randomUUID(), Set.of());
        settings.update(customer, new SettingsUpdate(true, true, null, null, null, null));
        return customer;
    }

    private String ask(Caller customer, String question) {
        return chat.chat(customer, new ChatCommand(question, null, null, null, null))
                .reply();
    }

    private List<Product> named(String reply) {
        return products.stream()
                .filter(p -> reply.contains(p.nameEn()) || reply.contains(p.nameZh()))
                .toList();
    }

    private static int breaking(List<Product> named, List<String> words) {
        Set<String> ruledOut = new java.util.HashSet<>();
        for (String word : words) {
            ruledOut.addAll(MATERIALS.getOrDefault(word.toLowerCase(Locale.ROOT), List.of()));
        }
        return (int) named.stream().filter(p -> !p.breaches(ruledOut).isEmpty()).count();
    }

    private void tell(Caller customer, String message) {
        ChatReply reply = chat.chat(customer, new ChatCommand(message, null, null, null, null));
        Turn turn = history.turns(customer, reply.sessionId(), null).getLast();
        curator.curate(new TurnRecorded(
                Owner.of(customer, null), reply.sessionId(), turn.seq(), turn.turnId(), turn.at(), turn.message()));
    }
}
