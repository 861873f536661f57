package dev.rapport.storage.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.rapport.chat.Exchange;
import dev.rapport.chat.RollingSummary;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.model.Message;
import dev.rapport.model.Role;
import java.time.Instant;
import java.util.List;

/**
 * The session's window and summary as compact JSON attributes. Images are never stored: an image
 * block becomes a text marker, so the raw picture cannot outlive the turn that carried it.
 */
final class WindowCodec {

    static final String IMAGE_MARKER = "[image]";

    private record StoredBlock(String type, String text, String toolUseId, String name, String input, Boolean error) {}

    private record StoredMessage(String role, List<StoredBlock> content) {}

    private record StoredExchange(int seq, String turnId, String at, List<StoredMessage> messages) {}

    private static final TypeReference<List<StoredExchange>> EXCHANGES = new TypeReference<>() {};
    private static final TypeReference<List<RollingSummary.Note>> NOTES = new TypeReference<>() {};

    private WindowCodec() {}

    static String writeWindow(List<Exchange> window) {
        return Json.write(window.stream().map(WindowCodec::stored).toList());
    }

    static List<Exchange> readWindow(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        return read(json, EXCHANGES).stream()
                .map(e -> new Exchange(
                        e.seq(),
                        e.turnId(),
                        Instant.parse(e.at()),
                        e.messages().stream().map(WindowCodec::message).toList()))
                .toList();
    }

    static String writeSummary(RollingSummary summary) {
        return Json.write(summary.notes());
    }

    static RollingSummary readSummary(String json) {
        return json == null || json.isEmpty() ? RollingSummary.EMPTY : new RollingSummary(read(json, NOTES));
    }

    private static StoredExchange stored(Exchange exchange) {
        return new StoredExchange(
                exchange.seq(),
                exchange.turnId(),
                exchange.at().toString(),
                exchange.messages().stream()
                        .map(m -> new StoredMessage(
                                m.role().name(),
                                m.content().stream().map(WindowCodec::block).toList()))
                        .toList());
    }

    private static StoredBlock block(Content content) {
        return switch (content) {
            case Content.Text t -> new StoredBlock("text", t.text(), null, null, null, null);
            case Content.Image i -> new StoredBlock("text", IMAGE_MARKER, null, null, null, null);
            case Content.ToolUse u -> new StoredBlock("toolUse", null, u.toolUseId(), u.name(), u.inputJson(), null);
            case Content.ToolResult r -> new StoredBlock("toolResult", r.text(), r.toolUseId(), null, null, r.error());
        };
    }

    private static Message message(StoredMessage stored) {
        return new Message(
                Role.valueOf(stored.role()),
                stored.content().stream().map(WindowCodec::content).toList());
    }

    private static Content content(StoredBlock b) {
        return switch (b.type()) {
            case "toolUse" -> new Content.ToolUse(b.toolUseId(), b.name(), b.input());
            case "toolResult" -> new Content.ToolResult(b.toolUseId(), b.text(), Boolean.TRUE.equals(b.error()));
            default -> new Content.Text(b.text());
        };
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session state is unreadable", e);
        }
    }
}
