package dev.rapport.privacy.detect;

/** The kinds of personal data that never reach storage or logs; the name is the placeholder prefix. */
public enum PiiType {
    EMAIL,
    PHONE,
    CN_ID,
    BANK_CARD,
    PASSPORT,
    ADDRESS,
    NAME,
    IM_ID
}
