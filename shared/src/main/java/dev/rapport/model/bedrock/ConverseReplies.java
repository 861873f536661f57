package dev.rapport.model.bedrock;

import dev.rapport.model.Content;
import dev.rapport.model.Judgment;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.MoodJudgments;
import dev.rapport.model.Role;
import dev.rapport.model.StopReason;
import dev.rapport.model.Usage;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;

/**
 * A Converse response as our model reply: text and tool-use blocks, stop reason, token usage, and
 * the mood judgment taken out of the text.
 */
final class ConverseReplies {

    private ConverseReplies() {}

    /** @param nonce the tag of this call's judgment; other tagged lines are removed and ignored */
    static ModelReply of(ConverseResponse response, String nonce) {
        List<Content> content = new ArrayList<>();
        Judgment judgment = null;
        if (response.output() != null && response.output().message() != null) {
            for (ContentBlock block : response.output().message().content()) {
                if (block.text() != null) {
                    MoodJudgments.Stripped stripped = MoodJudgments.strip(block.text(), nonce);
                    judgment = stripped.judgment() != null ? stripped.judgment() : judgment;
                    // Bedrock refuses a blank text block when the message is sent back in a tool round.
                    if (!stripped.text().isBlank() || block.text().isBlank()) {
                        content.add(new Content.Text(stripped.text()));
                    }
                } else if (block.toolUse() != null) {
                    content.add(new Content.ToolUse(
                            block.toolUse().toolUseId(),
                            block.toolUse().name(),
                            Documents.toJson(block.toolUse().input())));
                }
            }
        }
        TokenUsage usage = response.usage();
        return new ModelReply(
                new Message(Role.ASSISTANT, content),
                stopReason(response),
                usage == null ? Usage.NONE : new Usage(orZero(usage.inputTokens()), orZero(usage.outputTokens())),
                judgment);
    }

    private static StopReason stopReason(ConverseResponse response) {
        if (response.stopReason() == null) {
            return StopReason.OTHER;
        }
        return switch (response.stopReason()) {
            case END_TURN -> StopReason.END_TURN;
            case TOOL_USE -> StopReason.TOOL_USE;
            case MAX_TOKENS -> StopReason.MAX_TOKENS;
            case STOP_SEQUENCE -> StopReason.STOP_SEQUENCE;
            case GUARDRAIL_INTERVENED -> StopReason.GUARDRAIL_INTERVENED;
            case CONTENT_FILTERED -> StopReason.CONTENT_FILTERED;
            default -> StopReason.OTHER;
        };
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
