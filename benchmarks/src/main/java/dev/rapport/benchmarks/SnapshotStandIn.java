package dev.rapport.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.rapport.snapstart.Priming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * What a SnapStart restore hands the first request: the function initialised and its priming hooks
 * run. The JVMs here cannot checkpoint, so this handler runs the hooks at the end of init instead;
 * the invocation after init then stands for the first invocation after a restore. The function is
 * named by {@code SNAPSHOT_HANDLER} so this module needs no function on its compile path.
 */
public final class SnapshotStandIn implements RequestStreamHandler {

    private static final RequestStreamHandler FUNCTION = primed();

    private static RequestStreamHandler primed() {
        try {
            var function = (RequestStreamHandler) Class.forName(System.getenv("SNAPSHOT_HANDLER"))
                    .getConstructor()
                    .newInstance();
            Priming.primeAll();
            return function;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SNAPSHOT_HANDLER must name a handler class", e);
        }
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        FUNCTION.handleRequest(input, output, context);
    }
}
