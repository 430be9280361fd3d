package org.smecredit.contracts;

import java.util.regex.Pattern;

/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015: 18 characters, the last a check character over
 * the first 17 with weights 3^(i-1) mod 31 in a 31-character alphabet without I, O, S, V, Z.
 */
public final class Uscc {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern FORMAT = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** Why {@code code} is not a valid USCC, or null when it is. */
    public static String problem(String code) {
        if (code == null || code.length() != 18) {
            return "must be 18 characters";
        }
        if (!FORMAT.matcher(code).matches()) {
            return "must be 2 registration characters, a 6-digit region code and 10 characters of 0-9 and A-Y without I, O, S, V, Z";
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return "check character is " + code.charAt(17) + ", expected " + expected;
        }
        return null;
    }

    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    /** Completes 17 characters with their check character (fixtures, simulators). */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** GB 32100-2015 §5: C18 = 31 − (Σ value(c_i)·W_i mod 31), 31 → '0'. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character not allowed: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
