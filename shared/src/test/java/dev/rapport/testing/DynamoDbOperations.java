package dev.rapport.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Names the DynamoDB operations a client sends ({@code GetItem}, {@code Query}, …), for tests that must only read. */
public final class DynamoDbOperations implements ExecutionInterceptor {

    private static final List<String> READS = List.of("GetItem", "BatchGetItem", "Query", "Scan");

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        sent.add(context.request().getClass().getSimpleName().replace("Request", ""));
    }

    public void clear() {
        sent.clear();
    }

    public List<String> sent() {
        return List.copyOf(sent);
    }

    /** Operations sent that are not reads. */
    public List<String> writes() {
        return sent.stream().filter(op -> !READS.contains(op)).toList();
    }
}
