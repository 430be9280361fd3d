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

    /**
     * Customers that own a stake in this one (by USCC) and customers this one owns a stake in; the declared parent
     * (when it is a customer) and the customers declaring this one their parent; and the whole related-party group
     * (shareholdings and declared membership, transitively; see /related-party-group for the links).
     */
    public record RelatedParties(List<Party> owners, List<Party> holdings, Party parent, List<Party> subsidiaries,
                                 GroupSummary group) {
    }

    /** The related-party group in brief: its size, the group names declared in it, its member ids (this one first). */
    public record GroupSummary(int size, List<String> declaredGroups, List<UUID> memberIds, boolean truncated) {
    }

    /** A related customer; {@code stake} is the shareholding, null for parent and subsidiaries. */
    public record Party(UUID customerId, String uscc, String legalName, BigDecimal stake) {
    }

    public record CircleSummary(int size, boolean hasCycle, int firmsInLoops, BigDecimal totalGuaranteed) {
    }
}
