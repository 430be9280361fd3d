package org.smecredit.rating.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smecredit.platform.problem.ProblemException;

/** Four eyes on model activation: proposer never approves; only a proposal can be approved or withdrawn. */
class RatingModelVersionTest {
    static RatingModelVersion available() {
        RatingModelVersion v = new RatingModelVersion();
        v.version = "fin-scorecard-2.0.0";
        v.sha256 = "ab";
        v.status = ModelStatus.AVAILABLE;
        return v;
    }

    @Test
    void aSecondRiskManagerActivatesAProposedVersion() {
        RatingModelVersion v = available();
        v.propose("risk.liu", "validated, committee 2026-11", Instant.now());
        assertEquals(ModelStatus.PROPOSED, v.status);
        v.approve("risk.wang", Instant.now(), LocalDate.of(2026, 11, 27));
        assertEquals(ModelStatus.ACTIVE, v.status);
        assertEquals("risk.wang", v.approvedBy);
        assertEquals(LocalDate.of(2026, 11, 27), v.activatedOn);
    }

    @Test
    void theProposerCannotApprove() {
        RatingModelVersion v = available();
        v.propose("risk.liu", "x", Instant.now());
        ProblemException e = assertThrows(ProblemException.class,
                () -> v.approve("risk.liu", Instant.now(), LocalDate.now()));
        assertEquals(403, e.status());
        assertEquals(ModelStatus.PROPOSED, v.status);
    }

    @Test
    void onlyAProposalCanBeApprovedAndOnlyAvailableOrRetiredVersionsProposed() {
        RatingModelVersion v = available();
        assertEquals(409, assertThrows(ProblemException.class,
                () -> v.approve("risk.wang", Instant.now(), LocalDate.now())).status());
        v.status = ModelStatus.ACTIVE;
        assertEquals(409, assertThrows(ProblemException.class, () -> v.propose("risk.liu", "x", Instant.now())).status());
        v.status = ModelStatus.RETIRED;
        v.propose("risk.liu", "back to the previous model", Instant.now());
        assertEquals(ModelStatus.PROPOSED, v.status);
        v.withdraw();
        assertEquals(ModelStatus.AVAILABLE, v.status);
    }
}
