package dev.rapport.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.snapstart.Priming;

/**
 * What a SnapStart restore hands the first request: the function initialised and its priming hooks
 * run. The JVMs here cannot checkpoint, so this handler runs the hooks at the end of init instead;
 * the invocation after init then stands for the first invocation after a restore. The function is
 * named by {@code SNAPSHOT_HANDLER} so this module needs no function on its compile path.
 */
public final class SnapshotStandIn implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> FUNCTION = primed();

    @SuppressWarnings("unchecked")
    private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> primed() {
        try {
            var function = (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                    Class.forName(System.getenv("SNAPSHOT_HANDLER")).getConstructor().newInstance();
            Priming.primeAll();
            return function;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SNAPSHOT_HANDLER must name a handler class", e);
        }
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return FUNCTION.handleRequest(event, context);
    }
}
