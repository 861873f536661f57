package dev.rapport.local.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import dev.rapport.local.template.FunctionDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One function of the template, invoked the way the Lambda Java runtime invokes it: JSON in,
 * deserialized with Lambda's own serializers into the handler's event type, JSON out.
 */
public final class LocalFunction {

    private final FunctionDefinition definition;
    private final Object handler;
    private final Invoker invoker;

    private LocalFunction(FunctionDefinition definition, Object handler, Invoker invoker) {
        this.definition = definition;
        this.handler = handler;
        this.invoker = invoker;
    }

    /** Instantiates the handler now, so a broken handler fails the start, not the first request. */
    public static LocalFunction load(FunctionDefinition definition) {
        String className = definition.handler().split("::", 2)[0];
        Object handler;
        try {
            Class<?> type = Class.forName(className, true, LocalFunction.class.getClassLoader());
            handler = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(
                    definition.logicalId() + ": cannot load handler " + definition.handler(), e);
        }
        return new LocalFunction(definition, handler, invoker(definition.logicalId(), handler));
    }

    public FunctionDefinition definition() {
        return definition;
    }

    /** The handler instance, as the runtime holds it between invocations. */
    public Object handler() {
        return handler;
    }

    /** Invokes the handler with one event; a handler failure surfaces as {@link FunctionFailedException}. */
    public String invoke(String eventJson) {
        LocalContext context = new LocalContext(
                UUID.randomUUID().toString(),
                definition.logicalId(),
                definition.memoryMb(),
                System.currentTimeMillis() + definition.timeoutSeconds() * 1000L);
        try {
            return invoker.invoke(eventJson, context);
        } catch (RuntimeException | IOException | Error e) {
            throw new FunctionFailedException(definition.logicalId(), e);
        }
    }

    private interface Invoker {
        String invoke(String eventJson, Context context) throws IOException;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Invoker invoker(String id, Object handler) {
        if (handler instanceof RequestStreamHandler stream) {
            return (event, context) -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                stream.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, context);
                return out.toString(StandardCharsets.UTF_8);
            };
        }
        if (handler instanceof RequestHandler requestHandler) {
            Class<?> eventType = eventType(id, handler.getClass());
            PojoSerializer in = serializer(eventType);
            return (event, context) -> {
                Object response = requestHandler.handleRequest(in.fromJson(event), context);
                if (response == null) {
                    return "null";
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ((PojoSerializer<Object>) serializer(response.getClass())).toJson(response, out);
                return out.toString(StandardCharsets.UTF_8);
            };
        }
        throw new IllegalStateException(
                id + ": the handler implements neither RequestHandler nor RequestStreamHandler");
    }

    /** Lambda's mixin-aware serializer for AWS event types, its plain Jackson one for anything else. */
    @SuppressWarnings("unchecked")
    private static <T> PojoSerializer<T> serializer(Class<T> type) {
        return LambdaEventSerializers.isLambdaSupportedEvent(type.getName())
                ? LambdaEventSerializers.serializerFor(type, LocalFunction.class.getClassLoader())
                : JacksonFactory.getInstance().getSerializer(type);
    }

    private static Class<?> eventType(String id, Class<?> handlerClass) {
        for (Class<?> c = handlerClass; c != null; c = c.getSuperclass()) {
            for (Type type : c.getGenericInterfaces()) {
                if (type instanceof ParameterizedType p
                        && p.getRawType() == RequestHandler.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> event) {
                    return event;
                }
            }
        }
        throw new IllegalStateException(id + ": cannot tell the event type of " + handlerClass.getName());
    }
}
