package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a collections officer enters for the strategy valuation of a case. Collateral and guarantees come from the
 * officer until origination publishes credit support; every field may be omitted (then the option that needs it
 * is unavailable, or the configured default applies).
 */
public record StrategyInputsRequest(
        @Valid @Size(max = 50) List<@NotNull @Valid CollateralInput> collateral,
        @Valid @Size(max = 50) List<@NotNull @Valid GuaranteeInput> guarantees,
        @Valid RestructuringInput restructuring,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal amcPriceShare) {

    public StrategyInputsRequest {
        collateral = collateral == null ? List.of() : collateral;
        guarantees = guarantees == null ? List.of() : guarantees;
    }

    /** A pledged asset at its current appraised value (CNY, before haircut). */
    public record CollateralInput(
            @NotNull CollateralType type,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal appraisedValue,
            @Size(max = 200) String description) {
    }

    /** A guarantee: guarantor, amount guaranteed (CNY), probability the guarantor pays (default: configured). */
    public record GuaranteeInput(
            @NotBlank @Size(max = 200) String guarantor,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal payProbability) {
    }

    /** Proposed restructuring terms; omitted fields take the configured defaults. */
    public record RestructuringInput(
            @DecimalMin("0") @DecimalMax("0.36") @Digits(integer = 1, fraction = 6) BigDecimal annualRate,
            @Min(1) @Max(360) Integer termMonths,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal cureProbability) {
    }

    /** The pure model's facts for a case with {@code exposure} still to recover. */
    CaseFacts toFacts(BigDecimal exposure) {
        return new CaseFacts(exposure,
                collateral.stream().map(c -> new CaseFacts.Collateral(c.type(), c.appraisedValue(), c.description())).toList(),
                guarantees.stream().map(g -> new CaseFacts.Guarantee(g.guarantor(), g.amount(), g.payProbability())).toList(),
                restructuring == null ? null : new CaseFacts.RestructuringTerms(restructuring.annualRate(),
                        restructuring.termMonths(), restructuring.cureProbability()),
                amcPriceShare);
    }

    static StrategyInputsRequest none() {
        return new StrategyInputsRequest(List.of(), List.of(), null, null);
    }
}
