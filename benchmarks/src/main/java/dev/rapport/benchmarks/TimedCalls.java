package dev.rapport.benchmarks;

import dev.rapport.model.ConversationModel;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts and times what a turn spends outside our own code: DynamoDB requests (by an SDK
 * interceptor, as the SDK sees them) and model calls, so the rest is our overhead.
 */
final class TimedCalls implements ExecutionInterceptor, ConversationModel {

    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("rapport.started");

    private final ConversationModel model;
    private final AtomicInteger dynamoDbRequests = new AtomicInteger();
    private final AtomicInteger modelCalls = new AtomicInteger();
    private final AtomicLong outsideNanos = new AtomicLong();
    private volatile int lastInputTokens;

    TimedCalls(ConversationModel model) {
        this.model = model;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        dynamoDbRequests.incrementAndGet();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        outsideNanos.addAndGet(System.nanoTime() - attributes.getAttribute(STARTED));
    }

    @Override
    public ModelReply converse(ModelRequest request) {
        long start = System.nanoTime();
        modelCalls.incrementAndGet();
        ModelReply reply = model.converse(request);
        lastInputTokens = reply.usage().inputTokens();
        outsideNanos.addAndGet(System.nanoTime() - start);
        return reply;
    }

    @Override
    public String name() {
        return model.name();
    }

    void reset() {
        dynamoDbRequests.set(0);
        modelCalls.set(0);
        outsideNanos.set(0);
    }

    int dynamoDbRequests() {
        return dynamoDbRequests.get();
    }

    int modelCalls() {
        return modelCalls.get();
    }

    long outsideNanos() {
        return outsideNanos.get();
    }

    int lastInputTokens() {
        return lastInputTokens;
    }
}
