package dev.rapport.tools.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.actions.PendingAction;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryService;
import dev.rapport.model.ToolSpec;
import dev.rapport.text.Terms;
import dev.rapport.tools.Inputs;
import dev.rapport.tools.ToolContext;
import dev.rapport.tools.ToolOutput;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code forget_memory}: one memory by id, or those a description names best, found only in the turn's
 * own profile book — another customer's or profile's id is simply not there. Never deleted here: the
 * proposal waits for the customer's yes on the next turn.
 */
final class ForgetMemory extends AccountTool {

    static final String NAME = "forget_memory";
    private static final int MAX_MATCHES = 3;

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Propose forgetting one of this customer's memories: by memoryId (from list_memories) or by a short"
                    + " description of it (e.g. \"my shoe size\"). It is NOT forgotten until the customer replies"
                    + " yes; tell them so and ask.",
            """
            {"type":"object","properties":{"memoryId":{"type":"string"},"description":{"type":"string"}}}\
            """);

    private final MemoryService memories;

    ForgetMemory(MemoryService memories) {
        super(SPEC);
        this.memories = memories;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        String id = Inputs.text(input, "memoryId");
        String description = Inputs.text(input, "description");
        if (id == null && description == null) {
            return ToolOutput.invalid("give 'memoryId' (from list_memories) or a short 'description' of the memory");
        }
        List<Memory> own = memories.list(context.owner()).memories();
        List<Memory> matched =
                id != null ? own.stream().filter(m -> m.id().equals(id)).toList() : described(own, description);
        Map<String, Object> result = new LinkedHashMap<>();
        if (matched.isEmpty()) {
            result.put("found", false);
            result.put("proposed", false);
            return ToolOutput.of(result);
        }
        String statements = String.join(
                context.chinese() ? "；" : "; ",
                matched.stream().map(Memory::statement).toList());
        PendingAction action = new PendingAction(
                context.ids().get(),
                NAME,
                null,
                String.join(" ", matched.stream().map(Memory::id).toList()),
                (context.chinese() ? "忘记：" : "Forget: ") + statements,
                context.now());
        result.put("found", true);
        result.put(
                "memories",
                matched.stream()
                        .map(m -> Map.of("id", m.id(), "statement", m.statement()))
                        .toList());
        return proposing(result, action, "forget it");
    }

    /** The memories sharing the most terms with the description, if they share at least half of them. */
    private static List<Memory> described(List<Memory> own, String description) {
        Set<String> wanted = Terms.of(description);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Memory, Long> scores = new LinkedHashMap<>();
        for (Memory memory : own) {
            Set<String> have = Terms.of(memory.statement() + ' ' + memory.value() + ' ' + memory.slot());
            scores.put(memory, wanted.stream().filter(have::contains).count());
        }
        long best = scores.values().stream().max(Comparator.naturalOrder()).orElse(0L);
        if (best == 0 || best * 2 < wanted.size()) {
            return List.of();
        }
        return scores.entrySet().stream()
                .filter(e -> e.getValue() == best)
                .map(Map.Entry::getKey)
                .limit(MAX_MATCHES)
                .toList();
    }
}
