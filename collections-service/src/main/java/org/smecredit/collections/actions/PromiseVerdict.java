package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges a promise to pay on the business date: KEPT once the money recovered on the case with a value date from
 * the day of the promise to its due date reaches the promised amount (on any day, also before the due date);
 * BROKEN once the business date is after the due date and it has not; otherwise no verdict yet. A payment on the
 * due date itself is in time. Pure: the promise check feeds it the recovered sum.
 */
public final class PromiseVerdict {
    private PromiseVerdict() {
    }

    public static Optional<ActionStatus> of(BigDecimal promised, BigDecimal recoveredInWindow, LocalDate dueDate,
                                            LocalDate today) {
        Objects.requireNonNull(promised, "promised");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(today, "today");
        BigDecimal recovered = recoveredInWindow == null ? BigDecimal.ZERO : recoveredInWindow;
        if (recovered.compareTo(promised) >= 0) {
            return Optional.of(ActionStatus.KEPT);
        }
        if (today.isAfter(dueDate)) {
            return Optional.of(ActionStatus.BROKEN);
        }
        return Optional.empty();
    }

    /** What is still missing of the promised amount, never below 0. */
    public static BigDecimal shortfall(BigDecimal promised, BigDecimal recoveredInWindow) {
        BigDecimal rest = promised.subtract(recoveredInWindow == null ? BigDecimal.ZERO : recoveredInWindow);
        return rest.signum() < 0 ? BigDecimal.ZERO.setScale(2) : rest;
    }
}
