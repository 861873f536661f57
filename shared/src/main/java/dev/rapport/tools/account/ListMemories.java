package dev.rapport.tools.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.memory.Memory;
import dev.rapport.model.ToolSpec;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.tools.ToolContext;
import dev.rapport.tools.ToolOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code list_memories}: what is remembered about the turn's profile, each with where it came from
 * (which turn, when). With memory off it says so and shows nothing: nothing new is kept, and what was
 * kept before is not read into the conversation. A sensitive fact kept without consent is not shown here
 * either, as recall would not use it.
 */
final class ListMemories extends AccountTool {

    static final String NAME = "list_memories";
    static final int LISTED = 20;
    static final String WHERE = "the memory page of the web app (GET /v1/memory), where each can be edited or deleted";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "What is remembered about this customer, each with its id and provenance (the turn and date it was"
                    + " learned). Quote them as they are; ids are for forget_memory.",
            """
            {"type":"object","properties":{}}\
            """);

    private final AccountServices services;

    ListMemories(AccountServices services) {
        super(SPEC);
        this.services = services;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        CustomerSettings settings = services.settings().get(context.owner());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("memoryEnabled", settings.memoryEnabled());
        if (!settings.memoryEnabled()) {
            result.put("memories", List.of());
            result.put(
                    "note",
                    "Memory is off: nothing new is kept and nothing remembered is used. Memory can be turned on"
                            + " again with change_settings; what was kept before is on " + WHERE + ".");
            return ToolOutput.of(result);
        }
        List<Memory> shown = services.memories().list(context.owner()).memories().stream()
                .filter(m -> settings.sensitiveMemoryAllowed() || !m.sensitive() || m.consentedAlone())
                .toList();
        result.put("count", shown.size());
        result.put(
                "memories", shown.stream().limit(LISTED).map(ListMemories::view).toList());
        result.put("more", Math.max(0, shown.size() - LISTED));
        result.put("seeAlso", WHERE);
        return ToolOutput.of(result);
    }

    private static Map<String, Object> view(Memory memory) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", memory.id());
        view.put("statement", memory.statement());
        view.put("learnedAt", memory.provenance().at().toString());
        view.put("turnId", memory.provenance().turnId());
        view.put("sessionId", memory.provenance().sessionId());
        view.put("from", memory.provenance().quote());
        return view;
    }
}
