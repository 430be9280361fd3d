package org.smecredit.origination.application;

import java.time.LocalDate;

/**
 * Pays out a CONTRACTED loan. {@code valueDate} defaults to the business date; it must be neither before the business
 * date nor after the contract's latest drawdown date (422 naming {@code valueDate}). The schedule runs from it.
 */
public record DisbursementRequest(LocalDate valueDate) {
}
