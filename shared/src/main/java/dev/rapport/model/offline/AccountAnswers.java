package dev.rapport.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.model.ToolSpec;
import dev.rapport.tools.account.AccountQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline engine with the account tools: which one a message asks for, and the answer from its
 * result alone, in the customer's language. The customer's data itself is never quoted beyond the
 * memories they asked to see.
 */
final class AccountAnswers {

    static final Set<String> TOOLS = Set.of(
            "account_settings", "change_settings", "list_memories", "forget_memory", "export_my_data", "erase_my_data");
    private static final Map<String, String[]> KINDS = Map.of(
            "conversations", new String[] {"对话", "conversation items"},
            "idempotency", new String[] {"请求记录", "request records"},
            "memory", new String[] {"记忆与设置", "memory and settings items"},
            "reminders", new String[] {"提醒", "reminder items"},
            "orders", new String[] {"订单记录", "order records"},
            "campaignDeliveries", new String[] {"营销消息", "campaign messages"});

    private AccountAnswers() {}

    /** The account tool the message asks for, when it is on offer. */
    static Optional<Content.ToolUse> intent(String message, List<ToolSpec> offered) {
        return AccountQuestion.of(message)
                .filter(a -> offered.stream().anyMatch(t -> t.name().equals(a.tool())))
                .map(a -> new Content.ToolUse("offline-" + a.tool(), a.tool(), Json.write(a.input())));
    }

    static String of(String tool, JsonNode result, boolean chinese) {
        if (result.has("error")) {
            return chinese
                    ? "抱歉，这个请求我没能处理：" + result.path("error").asText()
                    : "Sorry, I couldn't do that: " + result.path("error").asText();
        }
        return switch (tool) {
            case "account_settings" -> settings(result, chinese);
            case "change_settings" -> changed(result, chinese);
            case "list_memories" -> memories(result, chinese);
            case "export_my_data" -> export(result, chinese);
            default -> proposal(result, chinese);
        };
    }

    private static String settings(JsonNode s, boolean chinese) {
        String locale = s.path("locale").asText(chinese ? "跟随每次对话" : "as each message");
        return chinese
                ? "您的设置：记忆" + onOff(s, "memoryEnabled", true) + "；保存敏感信息" + onOff(s, "sensitiveMemoryAllowed", true)
                        + "；营销消息" + onOff(s, "marketingOptIn", true) + "；时区 "
                        + s.path("timezone").asText()
                        + "；语言 " + locale + "。"
                : "Your settings: memory " + onOff(s, "memoryEnabled", false) + "; keeping sensitive facts "
                        + onOff(s, "sensitiveMemoryAllowed", false) + "; marketing messages "
                        + onOff(s, "marketingOptIn", false) + "; time zone "
                        + s.path("timezone").asText()
                        + "; language " + locale + ".";
    }

    private static String onOff(JsonNode s, String field, boolean chinese) {
        boolean on = s.path(field).asBoolean();
        return chinese ? (on ? "已开启" : "已关闭") : (on ? "on" : "off");
    }

    private static String changed(JsonNode result, boolean chinese) {
        List<String> parts = new ArrayList<>();
        result.path("changed").properties().forEach(e -> parts.add(change(e.getKey(), e.getValue(), chinese)));
        String done = parts.isEmpty()
                ? ""
                : chinese ? "已为您更改：" + String.join("；", parts) + "。" : "Done: " + String.join("; ", parts) + ".";
        List<String> already = new ArrayList<>();
        result.path("unchanged").forEach(f -> already.add(label(f.asText(), chinese)));
        String same = already.isEmpty()
                ? ""
                : chinese
                        ? String.join("、", already) + "本来就是这样设置的。"
                        : " " + String.join(", ", already) + " already set that way.";
        String ask = !result.path("proposed").asBoolean()
                ? ""
                : chinese
                        ? "「" + result.path("summary").asText() + "」需要您的确认：请回复“确认”开启，或回复“不”保持关闭。"
                        : " " + result.path("summary").asText()
                                + " needs your yes: reply \u201cyes\u201d to turn it on, or \u201cno\u201d to leave it off.";
        return (done + same + ask).strip();
    }

    private static String change(String field, JsonNode value, boolean chinese) {
        if (value.isBoolean()) {
            return label(field, chinese)
                    + (chinese ? (value.asBoolean() ? "已开启" : "已关闭") : value.asBoolean() ? " on" : " off");
        }
        return (chinese
                        ? (field.equals("timezone") ? "时区 " : "语言 ")
                        : field.equals("timezone") ? "time zone " : "language ")
                + value.asText();
    }

    private static String label(String field, boolean chinese) {
        return switch (field) {
            case "memoryEnabled" -> chinese ? "记忆" : "memory";
            case "sensitiveMemoryAllowed" -> chinese ? "保存敏感信息" : "keeping sensitive facts";
            case "marketingOptIn" -> chinese ? "营销消息" : "marketing messages";
            default -> field;
        };
    }

    private static String memories(JsonNode result, boolean chinese) {
        if (!result.path("memoryEnabled").asBoolean()) {
            return chinese
                    ? "记忆功能已关闭：我不会记住新的内容，也不会使用以前记住的内容。想重新开启，可以说“开启记忆”。"
                    : "Memory is off: I'm not keeping anything new, and nothing I remembered before is used. Say"
                            + " \u201cturn on memory\u201d if you'd like it back.";
        }
        List<String> lines = new ArrayList<>();
        int n = 1;
        for (JsonNode m : result.path("memories")) {
            String day = m.path("learnedAt")
                    .asText()
                    .substring(0, Math.min(10, m.path("learnedAt").asText().length()));
            lines.add(n++ + ". " + m.path("statement").asText()
                    + (chinese ? "（" + day + " 在对话中得知）" : " (learned " + day + " in our chat)"));
        }
        if (lines.isEmpty()) {
            return chinese ? "我还没有记住关于您的任何信息。" : "I haven't remembered anything about you yet.";
        }
        return chinese
                ? "我记得这些（每条都注明了来源）：\n" + String.join("\n", lines) + "\n想删掉哪一条，说“忘掉……”就可以。"
                : "Here's what I remember, each with where it came from:\n" + String.join("\n", lines)
                        + "\nSay \u201cforget …\u201d to have one removed.";
    }

    private static String export(JsonNode result, boolean chinese) {
        List<String> counts = new ArrayList<>();
        result.path("counts").properties().forEach(e -> {
            if (e.getValue().asInt() > 0) {
                String[] kind = KINDS.getOrDefault(e.getKey(), new String[] {e.getKey(), e.getKey()});
                counts.add(
                        chinese
                                ? kind[0] + " " + e.getValue().asInt() + " 项"
                                : e.getValue().asInt() + " " + kind[1]);
            }
        });
        String held = counts.isEmpty()
                ? (chinese ? "我们没有保存关于您的任何数据。" : "We hold nothing about you.")
                : chinese
                        ? "我们保存的关于您的数据：" + String.join("、", counts) + "，共 "
                                + result.path("total").asInt() + " 项。"
                        : "What we hold about you: " + String.join(", ", counts) + " ("
                                + result.path("total").asInt() + " items in all).";
        return chinese
                ? held + "完整数据请在网页上点击“下载我的数据”下载（GET /v1/me/export），聊天里不会直接显示。"
                : held + " To get all of it, use \u201cDownload my data\u201d on the web page (GET /v1/me/export); I"
                        + " don't paste it into the chat.";
    }

    private static String proposal(JsonNode result, boolean chinese) {
        if (!result.path("proposed").asBoolean()) {
            return chinese
                    ? "我没有找到这样的记忆。可以问我“你记得我什么？”看看都记住了哪些。"
                    : "I don't find a memory like that. Ask \u201cwhat do you remember about me?\u201d to see"
                            + " them all.";
        }
        String summary = result.path("summary").asText();
        return chinese
                ? "可以为您办理：" + summary + "。请回复“确认”继续，或回复“不”保持原样。"
                : "I can do that: " + summary
                        + ". Please reply \u201cyes\u201d to confirm, or \u201cno\u201d to leave it as it is.";
    }
}
