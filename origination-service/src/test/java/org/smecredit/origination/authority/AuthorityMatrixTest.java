package org.smecredit.origination.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell of the default authority matrix, at and just beyond each boundary. */
class AuthorityMatrixTest {
    static final AuthorityMatrix MATRIX = new AuthorityMatrix(new BigDecimal("0.0250"), new BigDecimal("0.50"),
            new AuthorityMatrix.Cell(new BigDecimal("3000000.00"), new BigDecimal("5000000.00")),
            new AuthorityMatrix.Cell(new BigDecimal("5000000.00"), new BigDecimal("8000000.00")),
            new AuthorityMatrix.Cell(null, new BigDecimal("2000000.00")),
            new AuthorityMatrix.Cell(null, new BigDecimal("3000000.00")));

    @ParameterizedTest(name = "{0} CNY, PD {1}, secured {2}: {3}")
    @CsvSource({
            // low risk, unsecured
            "3000000.00, 0.0250, 0.00, AUTOMATIC",
            "3000000.01, 0.0250, 0.49, BRANCH",
            "5000000.00, 0.0100, 0.49, BRANCH",
            "5000000.01, 0.0100, 0.00, HEAD_OFFICE_COMMITTEE",
            // low risk, secured share ≥ 50 %
            "5000000.00, 0.0250, 0.50, AUTOMATIC",
            "5000000.01, 0.0250, 0.50, BRANCH",
            "8000000.00, 0.0003, 1.00, BRANCH",
            "8000000.01, 0.0003, 1.00, HEAD_OFFICE_COMMITTEE",
            // higher risk, unsecured: never automatic
            "100000.00,  0.0251, 0.00, BRANCH",
            "2000000.00, 0.0600, 0.00, BRANCH",
            "2000000.01, 0.0300, 0.00, HEAD_OFFICE_COMMITTEE",
            // higher risk, secured
            "3000000.00, 0.0400, 0.50, BRANCH",
            "3000000.01, 0.0400, 0.80, HEAD_OFFICE_COMMITTEE"})
    void routesEachCaseToTheRightAuthority(BigDecimal amount, BigDecimal pd, BigDecimal secured,
                                           AuthorityLevel level) {
        AuthorityMatrix.Placement p = MATRIX.place(amount, pd, secured);
        assertEquals(level, p.level(), p.reason());
    }

    @ParameterizedTest
    @CsvSource({"AUTOMATIC, 0", "BRANCH, 1", "HEAD_OFFICE_COMMITTEE, 2"})
    void theCommitteeNeedsTwoApprovals(AuthorityLevel level, int approvals) {
        assertEquals(approvals, level.requiredApprovals());
    }
}
