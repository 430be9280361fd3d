package org.smecredit.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.smecredit.contracts.corebanking.v1.RepaymentReceived;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.contracts.rating.v1.RatingAssigned;

/** Test data: disbursed loans with monthly schedules, repayments and ratings, as the other services send them. */
public final class Loans {
    public static final BigDecimal ORIGINATION_PD = new BigDecimal("0.0125");
    public static final BigDecimal LGD = new BigDecimal("0.4500");

    private Loans() {
    }

    /**
     * {@code months} equal principal installments of {@code principalEach}, interest monthly on the outstanding at
     * 4.85 % a year, due on the same day of each following month.
     */
    public static LoanDisbursed monthly(UUID customerId, LocalDate disbursedOn, int months, String principalEach) {
        BigDecimal each = new BigDecimal(principalEach);
        BigDecimal rate = new BigDecimal("0.0485");
        BigDecimal outstanding = each.multiply(BigDecimal.valueOf(months));
        List<LoanDisbursed.Installment> schedule = new ArrayList<>();
        for (int k = 1; k <= months; k++) {
            BigDecimal interest = outstanding.multiply(rate).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
            schedule.add(new LoanDisbursed.Installment(k, disbursedOn.plusMonths(k), each, interest));
            outstanding = outstanding.subtract(each);
        }
        return new LoanDisbursed(UUID.randomUUID(), UUID.randomUUID(), customerId,
                each.multiply(BigDecimal.valueOf(months)), "CNY", rate, disbursedOn, disbursedOn.plusMonths(months),
                "BBB", ORIGINATION_PD, LGD, schedule);
    }

    /** Principal plus interest of installment {@code number}. */
    public static BigDecimal due(LoanDisbursed loan, int number) {
        LoanDisbursed.Installment i = loan.schedule().get(number - 1);
        return i.principal().add(i.interest());
    }

    public static BigDecimal interest(LoanDisbursed loan, int number) {
        return loan.schedule().get(number - 1).interest();
    }

    /** A repayment of installment {@code number} in full, valued on its due date. */
    public static RepaymentReceived paying(LoanDisbursed loan, int number) {
        return repayment(loan.loanId(), due(loan, number), loan.schedule().get(number - 1).dueDate());
    }

    public static RepaymentReceived repayment(UUID loanId, BigDecimal amount, LocalDate valueDate) {
        return new RepaymentReceived(UUID.randomUUID(), loanId, amount, "CNY", valueDate, "test repayment");
    }

    public static RatingAssigned rating(UUID customerId, String pd, LocalDate ratedOn) {
        return new RatingAssigned(UUID.randomUUID(), customerId, "BB", new BigDecimal(pd), 580, "sme-scorecard-test",
                "STATEMENT_FILED", ratedOn, null, List.of());
    }
}
