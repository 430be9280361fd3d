package org.smecredit.origination.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Secured portion and LGD by the Basel II foundation-IRB collateral rules (¶287-296, ../shared/domain-facts.md):
 * 45 % unsecured; receivables 35 % with C** 125 %; real estate 35 % and other physical 40 % with C* 30 % and
 * C** 140 %; financial collateral reduces the exposure after its haircut. Exposure 1,000,000 CNY throughout.
 */
class CreditSupportAssessmentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final BigDecimal EXPOSURE = new BigDecimal("1000000.00");
    private static final CreditSupportAssessment ASSESSMENT =
            new CreditSupportAssessment(FirbCollateralRules.baselII(), 12);

    private static CreditSupportAssessment.Item item(CreditSupportType type, String value, String haircut) {
        return new CreditSupportAssessment.Item(type, new BigDecimal(value), TODAY.minusMonths(2),
                new BigDecimal(haircut), null);
    }

    @ParameterizedTest(name = "{0} {1} (haircut {2}) + {3} {4}: LGD {5}, secured share {6}")
    @CsvSource({
            // unsecured: 45 % (¶287)
            ",                             ,        ,     ,                     ,       0.450000, 0.0000",
            // deposits 300,000: E* = 700,000 at 45 % → 0.315
            "PLEDGE_DEPOSITS,              300000,  0,    ,                     ,       0.315000, 0.3000",
            // equity 500,000 less 25 % haircut (¶151, other listed) = 375,000 → 625,000 × 0.45 = 0.28125
            "PLEDGE_EQUITY,                500000,  0.25, ,                     ,       0.281250, 0.3750",
            // real estate 1,000,000 less 30 % = 700,000; C/E 70 % ≥ C*; secures 700,000 / 1.4 = 500,000 at 35 %
            "MORTGAGE_REAL_ESTATE,         1000000, 0.30, ,                     ,       0.400000, 0.5000",
            // real estate 1,600,000 after haircut ≥ 140 % of E: fully secured at 35 %
            "MORTGAGE_REAL_ESTATE,         2000000, 0.20, ,                     ,       0.350000, 1.0000",
            // equipment 250,000: C/E 25 % below C* 30 %: not recognised
            "MORTGAGE_EQUIPMENT,           250000,  0,    ,                     ,       0.450000, 0.0000",
            // equipment 700,000: 500,000 secured at 40 % → (200,000 + 225,000) / E
            "MORTGAGE_EQUIPMENT,           700000,  0,    ,                     ,       0.425000, 0.5000",
            // receivables 500,000 less 20 % = 400,000 / 1.25 = 320,000 at 35 %; 680,000 at 45 %
            "PLEDGE_RECEIVABLES,           500000,  0.20, ,                     ,       0.418000, 0.3200",
            // intellectual property: not eligible under F-IRB (¶289)
            "PLEDGE_INTELLECTUAL_PROPERTY, 2000000, 0,    ,                     ,       0.450000, 0.0000",
            // mixed pool: deposits 200,000 first, then real estate 700,000 secures 500,000 at 35 %
            "PLEDGE_DEPOSITS,              200000,  0,    MORTGAGE_REAL_ESTATE, 700000, 0.310000, 0.7000",
            // a corporate guarantee does not change the F-IRB LGD but counts for the secured share
            "GUARANTEE_CORPORATE,          600000,  0,    ,                     ,       0.450000, 0.6000",
            // a professional guarantee company after 10 % haircut plus real estate
            "GUARANTEE_PROFESSIONAL_COMPANY, 500000, 0.10, MORTGAGE_REAL_ESTATE, 700000, 0.400000, 0.9500",
            // natural persons are not eligible guarantors (¶302): held, not counted
            "GUARANTEE_NATURAL_PERSON,     1000000, 0,    ,                     ,       0.450000, 0.0000"})
    void securesThePortionsTheFoundationIrbRulesRecognise(CreditSupportType first, String firstValue,
                                                          String firstHaircut, CreditSupportType second,
                                                          String secondValue, BigDecimal lgd, BigDecimal share) {
        List<CreditSupportAssessment.Item> items = new ArrayList<>();
        if (first != null) {
            items.add(item(first, firstValue, firstHaircut));
        }
        if (second != null) {
            items.add(item(second, secondValue, "0"));
        }
        CreditSupportAssessment.Result r = ASSESSMENT.assess(EXPOSURE, items, Set.of(), TODAY);
        assertEquals(lgd, r.lgd());
        assertEquals(share, r.securedShare());
        BigDecimal portions = r.portions().stream().map(CreditSupportAssessment.Portion::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, EXPOSURE.compareTo(portions), "the portions add up to the exposure");
        assertFalse(r.reasons().isEmpty());
    }

    @Test
    void aGuarantorInsideTheBorrowersGuaranteeCircleIsFlaggedAndNotCounted() {
        UUID guarantor = UUID.randomUUID();
        var inCircle = new CreditSupportAssessment.Item(CreditSupportType.GUARANTEE_CORPORATE,
                new BigDecimal("800000"), TODAY, BigDecimal.ZERO, guarantor);
        CreditSupportAssessment.Result r = ASSESSMENT.assess(EXPOSURE, List.of(inCircle),
                Set.of(guarantor, UUID.randomUUID()), TODAY);
        assertTrue(r.hasGuarantorInCircle());
        assertEquals(new BigDecimal("0.0000"), r.securedShare());
        assertTrue(r.reasons().stream().anyMatch(x -> x.contains("guarantee circle")), r.reasons().toString());

        CreditSupportAssessment.Result outside = ASSESSMENT.assess(EXPOSURE, List.of(inCircle),
                Set.of(UUID.randomUUID()), TODAY);
        assertFalse(outside.hasGuarantorInCircle());
        assertEquals(new BigDecimal("0.8000"), outside.securedShare());
    }

    @Test
    void aValuationOlderThanTheMaximumAgeIsNotRecognised() {
        var stale = new CreditSupportAssessment.Item(CreditSupportType.MORTGAGE_REAL_ESTATE,
                new BigDecimal("3000000"), TODAY.minusMonths(12).minusDays(1), BigDecimal.ZERO, null);
        var fresh = new CreditSupportAssessment.Item(CreditSupportType.MORTGAGE_REAL_ESTATE,
                new BigDecimal("3000000"), TODAY.minusMonths(12), BigDecimal.ZERO, null);
        assertEquals(new BigDecimal("0.450000"), ASSESSMENT.assess(EXPOSURE, List.of(stale), Set.of(), TODAY).lgd());
        assertEquals(new BigDecimal("0.350000"), ASSESSMENT.assess(EXPOSURE, List.of(fresh), Set.of(), TODAY).lgd());
    }
}
