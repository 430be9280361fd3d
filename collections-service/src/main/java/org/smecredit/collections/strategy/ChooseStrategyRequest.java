package org.smecredit.collections.strategy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A collector's choice of disposal strategy. {@code reason} is required when the strategy is expected to recover
 * less than the recommended one (422 reason-required).
 */
public record ChooseStrategyRequest(@NotNull DisposalOption strategy, @Size(max = 1000) String reason) {
}
