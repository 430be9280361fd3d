package org.smecredit.customer.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 中小企业划型标准规定 (工信部联企业〔2011〕300号), every industry row at each of its bounds and one unit (one employee,
 * 0.01 CNY) below each indicator. Figures transcribed from shared/domain-facts.md in CNY, not read from the data file.
 */
class SizeClassifierTest {
    static final SizeClassifier MIIT = SizeClassifier.standard();

    @ParameterizedTest(name = "{0}: employees {1}, revenue {2}, assets {3} -> {4}")
    @CsvSource({
            "AGRICULTURE, , 200000000.00, , LARGE",  // at the large bounds
            "AGRICULTURE, , 199999999.99, , MEDIUM",  // R just below large
            "AGRICULTURE, , 5000000.00, , MEDIUM",  // at the medium bounds
            "AGRICULTURE, , 4999999.99, , SMALL",  // R just below medium
            "AGRICULTURE, , 500000.00, , SMALL",  // at the small bounds
            "AGRICULTURE, , 499999.99, , MICRO",  // R just below small
            "INDUSTRY, 1000, 400000000.00, , LARGE",  // at the large bounds
            "INDUSTRY, 999, 400000000.00, , MEDIUM",  // Y just below large
            "INDUSTRY, 1000, 399999999.99, , MEDIUM",  // R just below large
            "INDUSTRY, 300, 20000000.00, , MEDIUM",  // at the medium bounds
            "INDUSTRY, 299, 20000000.00, , SMALL",  // Y just below medium
            "INDUSTRY, 300, 19999999.99, , SMALL",  // R just below medium
            "INDUSTRY, 20, 3000000.00, , SMALL",  // at the small bounds
            "INDUSTRY, 19, 3000000.00, , MICRO",  // Y just below small
            "INDUSTRY, 20, 2999999.99, , MICRO",  // R just below small
            "CONSTRUCTION, , 800000000.00, 800000000.00, LARGE",  // at the large bounds
            "CONSTRUCTION, , 799999999.99, 800000000.00, MEDIUM",  // R just below large
            "CONSTRUCTION, , 800000000.00, 799999999.99, MEDIUM",  // A just below large
            "CONSTRUCTION, , 60000000.00, 50000000.00, MEDIUM",  // at the medium bounds
            "CONSTRUCTION, , 59999999.99, 50000000.00, SMALL",  // R just below medium
            "CONSTRUCTION, , 60000000.00, 49999999.99, SMALL",  // A just below medium
            "CONSTRUCTION, , 3000000.00, 3000000.00, SMALL",  // at the small bounds
            "CONSTRUCTION, , 2999999.99, 3000000.00, MICRO",  // R just below small
            "CONSTRUCTION, , 3000000.00, 2999999.99, MICRO",  // A just below small
            "WHOLESALE, 200, 400000000.00, , LARGE",  // at the large bounds
            "WHOLESALE, 199, 400000000.00, , MEDIUM",  // Y just below large
            "WHOLESALE, 200, 399999999.99, , MEDIUM",  // R just below large
            "WHOLESALE, 20, 50000000.00, , MEDIUM",  // at the medium bounds
            "WHOLESALE, 19, 50000000.00, , SMALL",  // Y just below medium
            "WHOLESALE, 20, 49999999.99, , SMALL",  // R just below medium
            "WHOLESALE, 5, 10000000.00, , SMALL",  // at the small bounds
            "WHOLESALE, 4, 10000000.00, , MICRO",  // Y just below small
            "WHOLESALE, 5, 9999999.99, , MICRO",  // R just below small
            "RETAIL, 300, 200000000.00, , LARGE",  // at the large bounds
            "RETAIL, 299, 200000000.00, , MEDIUM",  // Y just below large
            "RETAIL, 300, 199999999.99, , MEDIUM",  // R just below large
            "RETAIL, 50, 5000000.00, , MEDIUM",  // at the medium bounds
            "RETAIL, 49, 5000000.00, , SMALL",  // Y just below medium
            "RETAIL, 50, 4999999.99, , SMALL",  // R just below medium
            "RETAIL, 10, 1000000.00, , SMALL",  // at the small bounds
            "RETAIL, 9, 1000000.00, , MICRO",  // Y just below small
            "RETAIL, 10, 999999.99, , MICRO",  // R just below small
            "TRANSPORT, 1000, 300000000.00, , LARGE",  // at the large bounds
            "TRANSPORT, 999, 300000000.00, , MEDIUM",  // Y just below large
            "TRANSPORT, 1000, 299999999.99, , MEDIUM",  // R just below large
            "TRANSPORT, 300, 30000000.00, , MEDIUM",  // at the medium bounds
            "TRANSPORT, 299, 30000000.00, , SMALL",  // Y just below medium
            "TRANSPORT, 300, 29999999.99, , SMALL",  // R just below medium
            "TRANSPORT, 20, 2000000.00, , SMALL",  // at the small bounds
            "TRANSPORT, 19, 2000000.00, , MICRO",  // Y just below small
            "TRANSPORT, 20, 1999999.99, , MICRO",  // R just below small
            "WAREHOUSING, 200, 300000000.00, , LARGE",  // at the large bounds
            "WAREHOUSING, 199, 300000000.00, , MEDIUM",  // Y just below large
            "WAREHOUSING, 200, 299999999.99, , MEDIUM",  // R just below large
            "WAREHOUSING, 100, 10000000.00, , MEDIUM",  // at the medium bounds
            "WAREHOUSING, 99, 10000000.00, , SMALL",  // Y just below medium
            "WAREHOUSING, 100, 9999999.99, , SMALL",  // R just below medium
            "WAREHOUSING, 20, 1000000.00, , SMALL",  // at the small bounds
            "WAREHOUSING, 19, 1000000.00, , MICRO",  // Y just below small
            "WAREHOUSING, 20, 999999.99, , MICRO",  // R just below small
            "POSTAL, 1000, 300000000.00, , LARGE",  // at the large bounds
            "POSTAL, 999, 300000000.00, , MEDIUM",  // Y just below large
            "POSTAL, 1000, 299999999.99, , MEDIUM",  // R just below large
            "POSTAL, 300, 20000000.00, , MEDIUM",  // at the medium bounds
            "POSTAL, 299, 20000000.00, , SMALL",  // Y just below medium
            "POSTAL, 300, 19999999.99, , SMALL",  // R just below medium
            "POSTAL, 20, 1000000.00, , SMALL",  // at the small bounds
            "POSTAL, 19, 1000000.00, , MICRO",  // Y just below small
            "POSTAL, 20, 999999.99, , MICRO",  // R just below small
            "ACCOMMODATION, 300, 100000000.00, , LARGE",  // at the large bounds
            "ACCOMMODATION, 299, 100000000.00, , MEDIUM",  // Y just below large
            "ACCOMMODATION, 300, 99999999.99, , MEDIUM",  // R just below large
            "ACCOMMODATION, 100, 20000000.00, , MEDIUM",  // at the medium bounds
            "ACCOMMODATION, 99, 20000000.00, , SMALL",  // Y just below medium
            "ACCOMMODATION, 100, 19999999.99, , SMALL",  // R just below medium
            "ACCOMMODATION, 10, 1000000.00, , SMALL",  // at the small bounds
            "ACCOMMODATION, 9, 1000000.00, , MICRO",  // Y just below small
            "ACCOMMODATION, 10, 999999.99, , MICRO",  // R just below small
            "CATERING, 300, 100000000.00, , LARGE",  // at the large bounds
            "CATERING, 299, 100000000.00, , MEDIUM",  // Y just below large
            "CATERING, 300, 99999999.99, , MEDIUM",  // R just below large
            "CATERING, 100, 20000000.00, , MEDIUM",  // at the medium bounds
            "CATERING, 99, 20000000.00, , SMALL",  // Y just below medium
            "CATERING, 100, 19999999.99, , SMALL",  // R just below medium
            "CATERING, 10, 1000000.00, , SMALL",  // at the small bounds
            "CATERING, 9, 1000000.00, , MICRO",  // Y just below small
            "CATERING, 10, 999999.99, , MICRO",  // R just below small
            "INFORMATION_TRANSMISSION, 2000, 1000000000.00, , LARGE",  // at the large bounds
            "INFORMATION_TRANSMISSION, 1999, 1000000000.00, , MEDIUM",  // Y just below large
            "INFORMATION_TRANSMISSION, 2000, 999999999.99, , MEDIUM",  // R just below large
            "INFORMATION_TRANSMISSION, 100, 10000000.00, , MEDIUM",  // at the medium bounds
            "INFORMATION_TRANSMISSION, 99, 10000000.00, , SMALL",  // Y just below medium
            "INFORMATION_TRANSMISSION, 100, 9999999.99, , SMALL",  // R just below medium
            "INFORMATION_TRANSMISSION, 10, 1000000.00, , SMALL",  // at the small bounds
            "INFORMATION_TRANSMISSION, 9, 1000000.00, , MICRO",  // Y just below small
            "INFORMATION_TRANSMISSION, 10, 999999.99, , MICRO",  // R just below small
            "SOFTWARE_IT_SERVICES, 300, 100000000.00, , LARGE",  // at the large bounds
            "SOFTWARE_IT_SERVICES, 299, 100000000.00, , MEDIUM",  // Y just below large
            "SOFTWARE_IT_SERVICES, 300, 99999999.99, , MEDIUM",  // R just below large
            "SOFTWARE_IT_SERVICES, 100, 10000000.00, , MEDIUM",  // at the medium bounds
            "SOFTWARE_IT_SERVICES, 99, 10000000.00, , SMALL",  // Y just below medium
            "SOFTWARE_IT_SERVICES, 100, 9999999.99, , SMALL",  // R just below medium
            "SOFTWARE_IT_SERVICES, 10, 500000.00, , SMALL",  // at the small bounds
            "SOFTWARE_IT_SERVICES, 9, 500000.00, , MICRO",  // Y just below small
            "SOFTWARE_IT_SERVICES, 10, 499999.99, , MICRO",  // R just below small
            "REAL_ESTATE_DEVELOPMENT, , 2000000000.00, 100000000.00, LARGE",  // at the large bounds
            "REAL_ESTATE_DEVELOPMENT, , 1999999999.99, 100000000.00, MEDIUM",  // R just below large
            "REAL_ESTATE_DEVELOPMENT, , 2000000000.00, 99999999.99, MEDIUM",  // A just below large
            "REAL_ESTATE_DEVELOPMENT, , 10000000.00, 50000000.00, MEDIUM",  // at the medium bounds
            "REAL_ESTATE_DEVELOPMENT, , 9999999.99, 50000000.00, SMALL",  // R just below medium
            "REAL_ESTATE_DEVELOPMENT, , 10000000.00, 49999999.99, SMALL",  // A just below medium
            "REAL_ESTATE_DEVELOPMENT, , 1000000.00, 20000000.00, SMALL",  // at the small bounds
            "REAL_ESTATE_DEVELOPMENT, , 999999.99, 20000000.00, MICRO",  // R just below small
            "REAL_ESTATE_DEVELOPMENT, , 1000000.00, 19999999.99, MICRO",  // A just below small
            "PROPERTY_MANAGEMENT, 1000, 50000000.00, , LARGE",  // at the large bounds
            "PROPERTY_MANAGEMENT, 999, 50000000.00, , MEDIUM",  // Y just below large
            "PROPERTY_MANAGEMENT, 1000, 49999999.99, , MEDIUM",  // R just below large
            "PROPERTY_MANAGEMENT, 300, 10000000.00, , MEDIUM",  // at the medium bounds
            "PROPERTY_MANAGEMENT, 299, 10000000.00, , SMALL",  // Y just below medium
            "PROPERTY_MANAGEMENT, 300, 9999999.99, , SMALL",  // R just below medium
            "PROPERTY_MANAGEMENT, 100, 5000000.00, , SMALL",  // at the small bounds
            "PROPERTY_MANAGEMENT, 99, 5000000.00, , MICRO",  // Y just below small
            "PROPERTY_MANAGEMENT, 100, 4999999.99, , MICRO",  // R just below small
            "LEASING_BUSINESS_SERVICES, 300, , 1200000000.00, LARGE",  // at the large bounds
            "LEASING_BUSINESS_SERVICES, 299, , 1200000000.00, MEDIUM",  // Y just below large
            "LEASING_BUSINESS_SERVICES, 300, , 1199999999.99, MEDIUM",  // A just below large
            "LEASING_BUSINESS_SERVICES, 100, , 80000000.00, MEDIUM",  // at the medium bounds
            "LEASING_BUSINESS_SERVICES, 99, , 80000000.00, SMALL",  // Y just below medium
            "LEASING_BUSINESS_SERVICES, 100, , 79999999.99, SMALL",  // A just below medium
            "LEASING_BUSINESS_SERVICES, 10, , 1000000.00, SMALL",  // at the small bounds
            "LEASING_BUSINESS_SERVICES, 9, , 1000000.00, MICRO",  // Y just below small
            "LEASING_BUSINESS_SERVICES, 10, , 999999.99, MICRO",  // A just below small
            "OTHER, 300, , , LARGE",  // at the large bounds
            "OTHER, 299, , , MEDIUM",  // Y just below large
            "OTHER, 100, , , MEDIUM",  // at the medium bounds
            "OTHER, 99, , , SMALL",  // Y just below medium
            "OTHER, 10, , , SMALL",  // at the small bounds
            "OTHER, 9, , , MICRO",  // Y just below small
    })
    void classifiesAtEveryBoundOfEveryIndustryRow(String group, Integer employees, BigDecimal revenue,
                                                   BigDecimal assets, SizeClass expected) {
        assertEquals(Optional.of(expected), MIIT.classify(group, new SizeClassifier.Facts(employees, revenue, assets)));
    }

    @Test
    void aMicroFirmNeedsOnlyOneIndicatorBelowTheSmallBound() {
        // industry: 5,000 employees but revenue 2.99 million CNY (< 300万) is micro
        assertEquals(Optional.of(SizeClass.MICRO),
                MIIT.classify("INDUSTRY", new SizeClassifier.Facts(5000, new BigDecimal("2999999.99"), null)));
    }

    @Test
    void cannotClassifyWithoutAnIndicatorTheRowNeeds() {
        assertTrue(MIIT.classify("INDUSTRY", new SizeClassifier.Facts(null, new BigDecimal("1000000"), null)).isEmpty());
        // construction reads revenue and assets only: unknown employees do not matter
        assertEquals(Optional.of(SizeClass.SMALL), MIIT.classify("CONSTRUCTION",
                new SizeClassifier.Facts(null, new BigDecimal("3000000"), new BigDecimal("3000000"))));
    }

    @Test
    void largeFirmsAreOutOfTheSmeSegment() {
        assertTrue(SizeClass.LARGE.outOfSegment());
        assertEquals(false, SizeClass.MEDIUM.outOfSegment());
    }
}
