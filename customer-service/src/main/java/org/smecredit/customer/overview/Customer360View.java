package org.smecredit.customer.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smecredit.customer.customer.CustomerView;
import org.smecredit.customer.soft.SoftInformationView;
import org.smecredit.customer.statement.StatementView;

/**
 * Everything the bank knows about a borrower on one page: profile, latest statement with its ratios, a
 * soft-information summary, the related-party group and the guarantee circle.
 */
public record Customer360View(CustomerView profile, StatementView latestStatement, SoftSummary softInformation,
                              RelatedParties relatedParties, CircleSummary guaranteeCircle) {

    /** Counts by assessment and kind, the newest observation, and the negative items (newest first, at most 10). */
    public record SoftSummary(int items, Map<String, Long> byAssessment, Map<String, Long> byKind, LocalDate lastObservedOn,
                              List<SoftInformationView> recentNegatives) {
    }

    /** Customers that own a stake in this one (by USCC) and customers this one owns a stake in. */
    public record RelatedParties(List<Party> owners, List<Party> holdings) {
    }

    public record Party(UUID customerId, String uscc, String legalName, BigDecimal stake) {
    }

    public record CircleSummary(int size, boolean hasCycle, int firmsInLoops, BigDecimal totalGuaranteed) {
    }
}
