package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;

/** Loans, their outstanding principal (exposure, CNY) and their ECL within one slice of the book. */
public record Exposure(int loans, BigDecimal exposure, BigDecimal ecl) {
}
