package dev.rapport.local.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** Stream records as the Lambda event, read back with Lambda's own serializer as LocalFunction does. */
class StreamEventsTest {

    private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/2026-12-01T00:00:00.000";

    @Test
    void aDeletionByTtlCarriesTheServiceAsItsUserIdentity() throws Exception {
        Record expired = Record.builder()
                .eventID("1")
                .eventName("REMOVE")
                .eventVersion("1.1")
                .eventSource("aws:dynamodb")
                .awsRegion("us-east-1")
                .dynamodb(d -> d.keys(Map.of(
                                "pk",
                                AttributeValue.fromS("C#a#P#default#S#s"),
                                "sk",
                                AttributeValue.fromS("TURN#0000000001")))
                        .approximateCreationDateTime(Instant.parse("2026-12-01T00:00:00Z"))
                        .sequenceNumber("100")
                        .sizeBytes(40L)
                        .streamViewType("NEW_IMAGE"))
                .userIdentity(i -> i.type("Service").principalId("dynamodb.amazonaws.com"))
                .build();

        String json = StreamEvents.batch(List.of(expired), ARN);

        JsonNode record = Json.MAPPER.readTree(json).path("Records").path(0);
        assertThat(record.path("userIdentity").path("type").asText()).isEqualTo("Service");
        assertThat(record.path("userIdentity").path("principalId").asText()).isEqualTo("dynamodb.amazonaws.com");
        DynamodbEvent event = LambdaEventSerializers.serializerFor(
                        DynamodbEvent.class, getClass().getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        DynamodbEvent.DynamodbStreamRecord read = event.getRecords().getFirst();
        assertThat(read.getEventName()).isEqualTo("REMOVE");
        assertThat(read.getUserIdentity().getType()).isEqualTo("Service");
        assertThat(read.getUserIdentity().getPrincipalId()).isEqualTo("dynamodb.amazonaws.com");
        assertThat(read.getDynamodb().getNewImage()).isNull();
    }

    @Test
    void aWriteByAClientHasNoUserIdentity() throws Exception {
        Record put = Record.builder()
                .eventID("2")
                .eventName("INSERT")
                .eventVersion("1.1")
                .eventSource("aws:dynamodb")
                .awsRegion("us-east-1")
                .dynamodb(d -> d.keys(Map.of("pk", AttributeValue.fromS("k")))
                        .newImage(Map.of("pk", AttributeValue.fromS("k")))
                        .sequenceNumber("101")
                        .sizeBytes(10L)
                        .streamViewType("NEW_IMAGE"))
                .build();

        JsonNode record = Json.MAPPER
                .readTree(StreamEvents.batch(List.of(put), ARN))
                .path("Records")
                .path(0);

        assertThat(record.has("userIdentity")).isFalse();
    }
}
