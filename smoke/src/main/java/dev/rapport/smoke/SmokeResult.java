package dev.rapport.smoke;

/** How one check went: passed or not, how long it took, and one line of detail. */
record SmokeResult(String check, boolean passed, long millis, String detail) {

    /** Runs {@code check}; whatever goes wrong becomes its detail, never a stack trace. */
    static SmokeResult of(SmokeCheck check, ApiClient api) {
        long start = System.nanoTime();
        boolean passed = false;
        String detail;
        try {
            detail = check.run(api);
            passed = true;
        } catch (SmokeFailure e) {
            detail = e.getMessage();
        } catch (RuntimeException e) {
            detail = "unexpected " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return new SmokeResult(check.name(), passed, (System.nanoTime() - start) / 1_000_000, detail);
    }
}
