package dev.rapport.channels.sns;

import dev.rapport.identity.Owner;
import dev.rapport.reminders.Channel;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Pushes a delivered message to an SNS topic, for whatever fans it out (mobile push, e-mail,
 * a webhook). Subscribers route by the message attributes: the hashed customer and the profile,
 * never the raw subject.
 */
public final class SnsChannel implements Channel {

    private final SnsClient sns;
    private final String topicArn;

    public SnsChannel(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void push(Owner owner, String text) {
        sns.publish(b -> b.topicArn(topicArn)
                .message(text)
                .messageAttributes(Map.of(
                        "customer", attribute(owner.customerHash()),
                        "profile", attribute(owner.profileId()))));
    }

    private static MessageAttributeValue attribute(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
