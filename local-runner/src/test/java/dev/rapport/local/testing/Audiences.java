package dev.rapport.local.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.campaigns.Audience;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.local.LocalRapport;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Customers a campaign can reach on the local stack: their settings through the API, their audience
 * item as a CRM sync writes it.
 */
public record Audiences(LocalRapport stack) {

    /** A Chinese-speaking customer in Shanghai's zone; returns their token. */
    public String customer(String subject, String name, boolean optIn, String region) {
        return customer(subject, name, optIn, region, "Asia/Shanghai", "zh-CN");
    }

    /** A customer in the given zone and locale; returns their token. */
    public String customer(String subject, String name, boolean optIn, String region, String timezone, String locale) {
        Http http = new Http(stack.baseUri());
        String token = stack.mintToken(subject, List.of());
        HttpResponse<String> saved = http.send(http.request("/v1/settings")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"marketingOptIn\":" + optIn + ",\"timezone\":\"" + timezone
                        + "\",\"locale\":\"" + locale + "\",\"profiles\":[{\"id\":\"default\",\"name\":\"" + name
                        + "\"}]}")));
        assertThat(saved.statusCode()).isEqualTo(200);
        // The audience attributes come from the business's CRM sync, which has no API here.
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(stack.dynamoDbEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(() -> AwsBasicCredentials.create("local", "local"))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            new DynamoDbCampaignStore(
                            client, "rapport-local-campaigns", "rapport-local-memory", "rapport-local-reminders")
                    .saveAudience(new Audience(
                            Owner.of(new Caller(subject, Set.of()), null).customerHash(),
                            region,
                            locale,
                            List.of(),
                            Instant.now(),
                            null));
        }
        return token;
    }
}
