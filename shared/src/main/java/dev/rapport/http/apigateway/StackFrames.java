package dev.rapport.http.apigateway;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a failure happened, for the log: each throwable's class, its first frames and every frame of
 * Rapport's own code (where the library was called from), never its message.
 */
final class StackFrames {

    private static final int TOP_FRAMES = 3;
    private static final int MAX_LINES = 40;

    private StackFrames() {}

    static List<String> of(Throwable failure) {
        List<String> lines = new ArrayList<>();
        for (Throwable t = failure; t != null && lines.size() < MAX_LINES; t = t.getCause()) {
            lines.add((t == failure ? "" : "caused by ") + t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < frames.length && lines.size() < MAX_LINES; i++) {
                if (i < TOP_FRAMES || frames[i].getClassName().startsWith("dev.rapport.")) {
                    lines.add("  at " + frames[i]);
                }
            }
        }
        return lines;
    }
}
