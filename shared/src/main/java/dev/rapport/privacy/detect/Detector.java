package dev.rapport.privacy.detect;

import java.util.List;

/** Finds one kind of personal data; validation (check digits, context) happens inside. */
public interface Detector {

    /** Appends what it finds in {@code text} to {@code found}; spans of one detector may overlap. */
    void detect(String text, List<PiiSpan> found);
}
