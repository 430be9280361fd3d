package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where the loans of the book at {@code from} stood at {@code to}, by five-category class or by grade ({@code by}).
 * Rows ({@code rows}, in order) are the states at {@code from} plus {@value PortfolioSql#NEW} (loans that entered the
 * book after it); columns ({@code columns}) the states at {@code to} plus {@value PortfolioSql#CLOSED} (loans that
 * left the book: repaid or no longer assessed). Every cell holds the loans that moved from its row to its column, their
 * exposure at {@code from} and at {@code to}, so the matrix reconciles to both books: the rows' {@code fromExposure}
 * (without NEW) add up to the from book by state, the columns' {@code toExposure} (without CLOSED) to the to book.
 * Categories are in regulatory order (normal .. loss); grades from the lowest PD to the highest.
 */
public record MigrationMatrix(
        LocalDate from,
        LocalDate to,
        String by,
        List<String> rows,
        List<String> columns,
        /** row state → column state → cell, dense (every row has every column). */
        Map<String, Map<String, Cell>> matrix,
        Map<String, Cell> rowTotals,
        Map<String, Cell> columnTotals,
        Book fromBook,
        Book toBook) {

    /** Loans in a cell (or a row or column), their outstanding principal at {@code from} and at {@code to} (CNY). */
    public record Cell(int loans, BigDecimal fromExposure, BigDecimal toExposure) {
        Cell plus(Cell other) {
            return new Cell(loans + other.loans, fromExposure.add(other.fromExposure), toExposure.add(other.toExposure));
        }
    }

    /** A whole book: the loans a run assessed and their exposure. */
    public record Book(int loans, BigDecimal exposure) {
    }
}
