package org.smecredit.collections.strategy;

/** Kinds of collateral, each with its own haircut and time to realize (see {@link StrategyAssumptions}). */
public enum CollateralType {
    REAL_ESTATE, EQUIPMENT, RECEIVABLES, INVENTORY, DEPOSIT, OTHER
}
