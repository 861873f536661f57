package dev.rapport.model.bedrock;

import dev.rapport.model.Content;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.Role;
import dev.rapport.model.SystemPrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ImageBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ImageFormat;
import software.amazon.awssdk.services.bedrockruntime.model.ImageSource;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultStatus;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/** Our model request as a Converse request. */
final class ConverseRequests {

    private ConverseRequests() {}

    /** @param nonce tags this call's mood judgment (see {@link dev.rapport.model.MoodJudgments}) */
    static ConverseRequest of(ModelRequest request, BedrockSettings settings, String nonce) {
        ConverseRequest.Builder converse = ConverseRequest.builder()
                .modelId(settings.modelId())
                .system(system(request, nonce))
                .messages(request.messages().stream()
                        .map(ConverseRequests::message)
                        .toList())
                .inferenceConfig(c -> c.maxTokens(settings.maxTokens()).temperature((float) settings.temperature()));
        if (!request.tools().isEmpty()) {
            converse.toolConfig(t ->
                    t.tools(request.tools().stream().map(ConverseRequests::tool).toList()));
        }
        settings.guardrailId()
                .ifPresent(id -> converse.guardrailConfig(
                        g -> g.guardrailIdentifier(id).guardrailVersion(settings.guardrailVersion())));
        return converse.build();
    }

    private static List<SystemContentBlock> system(ModelRequest request, String nonce) {
        List<SystemContentBlock> blocks = new ArrayList<>();
        blocks.add(SystemContentBlock.fromText(SystemPrompt.instructions(request, nonce)));
        SystemPrompt.context(request.grounding())
                .ifPresent(context -> blocks.add(SystemContentBlock.fromText(context)));
        return blocks;
    }

    private static Message message(dev.rapport.model.Message message) {
        return Message.builder()
                .role(message.role() == Role.USER ? ConversationRole.USER : ConversationRole.ASSISTANT)
                .content(message.content().stream().map(ConverseRequests::block).toList())
                .build();
    }

    private static ContentBlock block(Content content) {
        return switch (content) {
            case Content.Text text -> ContentBlock.fromText(text.text());
            case Content.Image image ->
                ContentBlock.fromImage(ImageBlock.builder()
                        .format(ImageFormat.fromValue(image.format().toLowerCase(Locale.ROOT)))
                        .source(ImageSource.fromBytes(SdkBytes.fromByteArray(image.bytes())))
                        .build());
            case Content.ToolUse use ->
                ContentBlock.fromToolUse(ToolUseBlock.builder()
                        .toolUseId(use.toolUseId())
                        .name(use.name())
                        .input(Documents.fromJson(use.inputJson()))
                        .build());
            case Content.ToolResult result ->
                ContentBlock.fromToolResult(ToolResultBlock.builder()
                        .toolUseId(result.toolUseId())
                        .content(ToolResultContentBlock.fromText(result.text()))
                        .status(result.error() ? ToolResultStatus.ERROR : ToolResultStatus.SUCCESS)
                        .build());
        };
    }

    private static Tool tool(dev.rapport.model.ToolSpec spec) {
        return Tool.fromToolSpec(ToolSpecification.builder()
                .name(spec.name())
                .description(spec.description())
                .inputSchema(ToolInputSchema.fromJson(Documents.fromJson(spec.inputSchemaJson())))
                .build());
    }
}
