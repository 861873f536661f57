package dev.rapport.tools.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.model.ToolSpec;
import dev.rapport.personaldata.PersonalDataService;
import dev.rapport.tools.ToolContext;
import dev.rapport.tools.ToolOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code export_my_data}: the export of {@code GET /v1/me/export}, told as how many items of each kind are
 * held and where to download them. The data itself never enters the conversation (nor the model's context).
 */
final class ExportMyData extends AccountTool {

    static final String NAME = "export_my_data";
    static final String DOWNLOAD =
            "the Export button on the web page (/), or GET /v1/me/export with the customer's own sign-in";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "What is held about this customer, as counts per kind, and where they can download all of it. Never"
                    + " paste their data into the chat; tell them the counts and where to download.",
            """
            {"type":"object","properties":{}}\
            """);

    private final PersonalDataService personalData;

    ExportMyData(PersonalDataService personalData) {
        super(SPEC);
        this.personalData = personalData;
    }

    @Override
    public ToolOutput run(ToolContext context, JsonNode input) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, List<Map<String, Object>>> kind :
                personalData.export(context.owner()).data().entrySet()) {
            counts.put(kind.getKey(), kind.getValue().size());
            total += kind.getValue().size();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("counts", counts);
        result.put("total", total);
        result.put("download", DOWNLOAD);
        return ToolOutput.of(result);
    }
}
