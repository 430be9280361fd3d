package org.smecredit.contracts.origination.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A loan was booked and disbursed, with its full repayment schedule. Key: loanId. */
public record LoanDisbursed(
        UUID loanId,
        UUID applicationId,
        UUID customerId,
        BigDecimal principal,
        String currency,
        BigDecimal annualRate,
        LocalDate disbursedOn,
        LocalDate maturityDate,
        String grade,
        BigDecimal pd,
        /** Loss given default as a decimal, from the credit support (Basel F-IRB 45 % unsecured). */
        BigDecimal lgd,
        List<Installment> schedule) {

    /** One scheduled installment; amounts CNY scale 2. */
    public record Installment(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest) {
    }
}
