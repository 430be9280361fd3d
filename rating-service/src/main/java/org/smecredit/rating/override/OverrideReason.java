package org.smecredit.rating.override;

/** The fixed list of reasons an analyst may give for an override (free text explains it further). */
public enum OverrideReason {
    /** Material information the model does not read (e.g. a large contract won or lost after the statement). */
    INFORMATION_NOT_IN_MODEL,
    /** Support from a parent, group or guarantor that the stand-alone scorecard ignores. */
    GROUP_OR_GUARANTOR_SUPPORT,
    /** An event after the statement date: litigation, loss of a key customer, a disaster, a fraud. */
    SUBSEQUENT_EVENT,
    /** Industry or market outlook materially different from the data the model was fitted on. */
    INDUSTRY_OUTLOOK,
    /** Management quality, governance or ownership concerns. */
    MANAGEMENT_AND_GOVERNANCE,
    /** The statement is unaudited, inconsistent or known to misstate. */
    STATEMENT_QUALITY
}
