package org.smecredit.platform.testing;

import java.util.concurrent.ThreadLocalRandom;

import org.smecredit.contracts.Uscc;

/** Test-data helpers shared by service tests, the demo and the system tests. */
public final class Fixtures {
    private static final String BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Fixtures() {
    }

    /** A fresh, valid USCC of an enterprise (registration 9, category 1) registered in Beijing (110000). */
    public static String randomUscc() {
        StringBuilder sb = new StringBuilder("91110000");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append(BODY.charAt(r.nextInt(BODY.length())));
        }
        return Uscc.withCheckCharacter(sb.toString());
    }
}
