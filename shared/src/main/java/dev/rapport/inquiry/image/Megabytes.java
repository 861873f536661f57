package dev.rapport.inquiry.image;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes as a customer reads them in a problem detail: "5.1 MB", with 1 MB = 1,048,576 bytes. */
record Megabytes(long bytes) {

    @Override
    public String toString() {
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_048_576L), 2, RoundingMode.HALF_UP);
        return mb.stripTrailingZeros().toPlainString() + " MB";
    }
}
