package dev.rapport.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure the client caused or must wait out, carrying the problem it is answered with. Details
 * are written for the client: they never hold stack traces, other customers' data or raw input.
 */
public class ProblemException extends RuntimeException {

    private static final String TYPE_BASE = "https://rapport.dev/problems/";

    private final Problem problem;
    private final Duration retryAfter;

    public ProblemException(Problem problem, Duration retryAfter) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public static ProblemException badRequest(String slug, String detail) {
        return of(400, slug, "Bad Request", detail);
    }

    public static ProblemException unauthorized(String detail) {
        return of(401, "unauthorized", "Unauthorized", detail);
    }

    public static ProblemException forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException notFound(String detail) {
        return of(404, "not-found", "Not Found", detail);
    }

    public static ProblemException conflict(String slug, String detail) {
        return of(409, slug, "Conflict", detail);
    }

    public static ProblemException payloadTooLarge(String detail) {
        return of(413, "payload-too-large", "Payload Too Large", detail);
    }

    public static ProblemException unsupportedMediaType(String slug, String detail) {
        return of(415, slug, "Unsupported Media Type", detail);
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return of(422, slug, "Unprocessable Content", detail);
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(
                new Problem(TYPE_BASE + "rate-limited", "Too Many Requests", 429, detail), retryAfter);
    }

    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(
                new Problem(TYPE_BASE + "model-unavailable", "Service Unavailable", 503, detail), retryAfter);
    }

    public static ProblemException unavailable(String slug, String detail, Duration retryAfter) {
        return new ProblemException(new Problem(TYPE_BASE + slug, "Service Unavailable", 503, detail), retryAfter);
    }

    private static ProblemException of(int status, String slug, String title, String detail) {
        return new ProblemException(new Problem(TYPE_BASE + slug, title, status, detail), null);
    }

    public Problem problem() {
        return problem;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
