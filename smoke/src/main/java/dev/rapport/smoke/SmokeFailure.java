package dev.rapport.smoke;

/** What a check found wrong, in one line for the report; it has no stack trace to print. */
final class SmokeFailure extends RuntimeException {

    SmokeFailure(String finding) {
        super(finding, null, false, false);
    }
}
