package dev.rapport.privacy.detect;

/** Check digits and embedded dates that tell personal numbers from look-alikes (order numbers, tracking codes). */
final class Checksums {

    private static final int[] RESIDENT_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] RESIDENT_ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** GB/T 2260 province codes: the first two digits of every resident id. */
    private static final String PROVINCES = "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
            + "50 51 52 53 54 61 62 63 64 65 71 81 82 83 91";

    private Checksums() {}

    /** GB 11643-1999: a province, a real birth date, and the 18th character a mod-11 check of the first 17 digits. */
    static boolean isResidentId(CharSequence id) {
        if (id.length() != 18 || !isProvince(id) || !isDate(id, 6, 4)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == RESIDENT_ID_CHECK[sum % 11];
    }

    /** The 15-digit ids issued before 1999 have no check digit: a province and a 19YYMMDD date are all there is. */
    static boolean isLegacyResidentId(CharSequence id) {
        return id.length() == 15 && isProvince(id) && isDate(id, 6, 2);
    }

    static boolean isLuhn(CharSequence digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /**
     * Issuer ranges of the card networks used in China and abroad (Amex, Diners, JCB 3; Visa 4;
     * Mastercard 51-55 and 2221-2720; UnionPay and Discover 6). Date-stamped order numbers start
     * with "20…" and fall outside them.
     */
    static boolean isCardIssuer(CharSequence digits) {
        char first = digits.charAt(0);
        if (first >= '3' && first <= '6') {
            return first != '5' || (digits.charAt(1) >= '1' && digits.charAt(1) <= '5');
        }
        if (first == '2') {
            int prefix = Integer.parseInt(digits, 0, 4, 10);
            return prefix >= 2221 && prefix <= 2720;
        }
        return false;
    }

    private static boolean isProvince(CharSequence id) {
        char first = id.charAt(0);
        char second = id.charAt(1);
        for (int i = 0; i < PROVINCES.length(); i += 3) {
            if (PROVINCES.charAt(i) == first && PROVINCES.charAt(i + 1) == second) {
                return true;
            }
        }
        return false;
    }

    /** A calendar date at {@code at}: YYYYMMDD (1900-2099) or YYMMDD (19YY) when {@code yearDigits} is 2. */
    private static boolean isDate(CharSequence s, int at, int yearDigits) {
        int year = yearDigits == 4 ? Integer.parseInt(s, at, at + 4, 10) : 1900 + Integer.parseInt(s, at, at + 2, 10);
        int month = Integer.parseInt(s, at + yearDigits, at + yearDigits + 2, 10);
        int day = Integer.parseInt(s, at + yearDigits + 2, at + yearDigits + 4, 10);
        if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return day <= (month == 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]);
    }
}
