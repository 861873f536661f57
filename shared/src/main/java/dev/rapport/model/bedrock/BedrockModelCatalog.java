package dev.rapport.model.bedrock;

import dev.rapport.model.lifecycle.LifecycleDates;
import dev.rapport.model.lifecycle.LifecycleStatus;
import dev.rapport.model.lifecycle.ModelCatalog;
import dev.rapport.model.lifecycle.ModelLifecycle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.FoundationModelLifecycle;
import software.amazon.awssdk.services.bedrock.model.GetInferenceProfileResponse;
import software.amazon.awssdk.services.bedrock.model.InferenceProfileModel;
import software.amazon.awssdk.services.bedrock.model.InferenceProfileStatus;
import software.amazon.awssdk.services.bedrock.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrock.model.ValidationException;

/**
 * Model lifecycles from Bedrock's control plane. A model id is read with {@code GetFoundationModel};
 * an inference profile with {@code GetInferenceProfile}, then each model it routes to with
 * {@code GetFoundationModel} in this region, the worst status winning. Bedrock not knowing an id
 * means it is gone (end of life); a refusal or an outage leaves the status unknown, with the reason.
 */
public final class BedrockModelCatalog implements ModelCatalog {

    private final BedrockClient client;

    public BedrockModelCatalog(BedrockClient client) {
        this.client = client;
    }

    public static BedrockModelCatalog create() {
        return new BedrockModelCatalog(BedrockControlClients.control(null).build());
    }

    @Override
    public ModelLifecycle lifecycle(String modelOrProfileId) {
        return read(
                modelOrProfileId,
                () -> InferenceProfiles.isProfile(modelOrProfileId)
                        ? profile(modelOrProfileId)
                        : foundationModel(modelOrProfileId, modelOrProfileId));
    }

    private ModelLifecycle profile(String profileId) {
        GetInferenceProfileResponse profile = client.getInferenceProfile(r -> r.inferenceProfileIdentifier(profileId));
        if (profile.status() != null && profile.status() != InferenceProfileStatus.ACTIVE) {
            return ModelLifecycle.endOfLife(profileId, "inference profile status " + profile.statusAsString());
        }
        List<String> models = profile.models().stream()
                .map(InferenceProfileModel::modelArn)
                .map(InferenceProfiles::modelId)
                .distinct()
                .toList();
        ModelLifecycle worst = models.stream()
                .map(model -> read(profileId, () -> foundationModel(profileId, model)))
                .max(Comparator.comparing(ModelLifecycle::status))
                .orElse(ModelLifecycle.unknown(profileId, "the inference profile names no model"));
        return new ModelLifecycle(profileId, models, worst.status(), worst.dates(), worst.reason());
    }

    private ModelLifecycle foundationModel(String configuredId, String modelId) {
        FoundationModelLifecycle lifecycle = client.getFoundationModel(r -> r.modelIdentifier(modelId))
                .modelDetails()
                .modelLifecycle();
        if (lifecycle == null) {
            return ModelLifecycle.unknown(configuredId, "Bedrock gave no lifecycle for " + modelId);
        }
        LifecycleDates dates = new LifecycleDates(
                lifecycle.startOfLifeTime(),
                lifecycle.legacyTime(),
                lifecycle.publicExtendedAccessTime(),
                lifecycle.endOfLifeTime());
        String status = lifecycle.statusAsString();
        return switch (status == null ? "" : status) {
            case "ACTIVE" -> new ModelLifecycle(configuredId, List.of(modelId), LifecycleStatus.ACTIVE, dates, "");
            case "LEGACY" -> new ModelLifecycle(configuredId, List.of(modelId), LifecycleStatus.LEGACY, dates, "");
            default ->
                new ModelLifecycle(
                        configuredId,
                        List.of(modelId),
                        LifecycleStatus.UNKNOWN,
                        dates,
                        "lifecycle status '" + status + "' is not one this version knows");
        };
    }

    private static ModelLifecycle read(String configuredId, Supplier<ModelLifecycle> call) {
        try {
            return call.get();
        } catch (ResourceNotFoundException e) {
            return ModelLifecycle.endOfLife(configuredId, "Bedrock does not know it (ResourceNotFoundException)");
        } catch (ValidationException e) {
            // Bedrock calls an id it no longer serves invalid; any other refusal is not a verdict on the model.
            return invalidIdentifier(e)
                    ? ModelLifecycle.endOfLife(configuredId, "Bedrock calls the identifier invalid")
                    : ModelLifecycle.unknown(configuredId, refusal(e));
        } catch (AwsServiceException e) {
            return ModelLifecycle.unknown(configuredId, refusal(e));
        } catch (SdkClientException e) {
            return ModelLifecycle.unknown(
                    configuredId,
                    "Bedrock could not be reached (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean invalidIdentifier(ValidationException e) {
        String message =
                e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return lower.contains("identifier") && lower.contains("invalid");
    }

    private static String refusal(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return (code == null ? "Bedrock refused" : code) + " (" + e.statusCode() + ")";
    }
}
