package org.smecredit.customer.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB/T 4754-2017 codes and their MIIT 2011 group (工信部联企业〔2011〕300号 industry list). */
class IndustryCatalogueTest {
    static final IndustryCatalogue CATALOGUE = IndustryCatalogue.standard();

    @ParameterizedTest
    @CsvSource({
            "A01, AGRICULTURE", "A, AGRICULTURE", "B06, INDUSTRY", "C33, INDUSTRY", "C3311, INDUSTRY",
            "D44, INDUSTRY", "E47, CONSTRUCTION", "F51, WHOLESALE", "F5211, RETAIL", "G54, TRANSPORT",
            "G58, TRANSPORT", "G59, WAREHOUSING", "G60, POSTAL", "H61, ACCOMMODATION", "H62, CATERING",
            "I63, INFORMATION_TRANSMISSION", "I64, INFORMATION_TRANSMISSION", "I65, SOFTWARE_IT_SERVICES",
            "K701, REAL_ESTATE_DEVELOPMENT", "K7010, REAL_ESTATE_DEVELOPMENT", "K702, PROPERTY_MANAGEMENT",
            "K70, OTHER", "K703, OTHER", "L71, LEASING_BUSINESS_SERVICES", "L72, LEASING_BUSINESS_SERVICES",
            "J66, OTHER", "M73, OTHER", "T97, OTHER"})
    void mapsKnownCodesToTheirMiitGroup(String code, String group) {
        assertTrue(CATALOGUE.problem(code).isEmpty(), code);
        assertEquals(group, CATALOGUE.miitGroup(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C99", "C12", "A06", "F53", "G61", "T98", "K71", "U01", "C3", "c33", ""})
    void rejectsCodesThatAreNotInTheStandard(String code) {
        assertTrue(CATALOGUE.problem(code).isPresent(), code);
    }
}
