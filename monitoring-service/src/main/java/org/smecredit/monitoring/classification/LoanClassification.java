package org.smecredit.monitoring.classification;

import org.smecredit.contracts.LoanCategory;

/**
 * Days-past-due floors of the five-category classification and the IFRS 9 stage backstops. Pure.
 *
 * <p>Five categories, CBIRC/PBOC Order [2023] No. 1 (商业银行金融资产风险分类办法), "at least" floors on principal,
 * interest or income overdue:
 * <ul>
 *   <li>any amount overdue, short technical or operational overdue (7 days, configurable) excepted → at least
 *       special mention;</li>
 *   <li>more than 90 days → at least substandard;</li>
 *   <li>more than 270 days → at least doubtful;</li>
 *   <li>more than 360 days → loss.</li>
 * </ul>
 * The class is the worst of this floor, the restructuring floor ({@link Restructuring}), a risk manager's
 * judgment (which can only make it worse) and "credit-impaired ⇒ at least substandard" ({@link #category}).
 *
 * <p>IFRS 9: more than 30 days past due is the rebuttable presumption of a significant increase in credit risk
 * (§5.5.11) → stage 2; more than 90 days past due is the rebuttable presumption of default (§B5.5.37) → stage 3,
 * which the Measures tie to non-performing (credit-impaired ⇒ at least substandard).
 */
public final class LoanClassification {
    public static final int SUBSTANDARD_AFTER_DAYS = 90;
    public static final int DOUBTFUL_AFTER_DAYS = 270;
    public static final int LOSS_AFTER_DAYS = 360;
    public static final int STAGE_2_AFTER_DAYS = 30;
    public static final int STAGE_3_AFTER_DAYS = 90;

    private LoanClassification() {
    }

    /** The five-category floor for {@code daysPastDue}, with {@code technicalGraceDays} of overdue excepted. */
    public static LoanCategory categoryFloor(int daysPastDue, int technicalGraceDays) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("days past due cannot be negative: " + daysPastDue);
        }
        if (daysPastDue > LOSS_AFTER_DAYS) {
            return LoanCategory.LOSS;
        }
        if (daysPastDue > DOUBTFUL_AFTER_DAYS) {
            return LoanCategory.DOUBTFUL;
        }
        if (daysPastDue > SUBSTANDARD_AFTER_DAYS) {
            return LoanCategory.SUBSTANDARD;
        }
        if (daysPastDue > technicalGraceDays) {
            return LoanCategory.SPECIAL_MENTION;
        }
        return LoanCategory.NORMAL;
    }

    /** IFRS 9 stage from the days-past-due backstops. */
    public static int stage(int daysPastDue) {
        if (daysPastDue > STAGE_3_AFTER_DAYS) {
            return 3;
        }
        if (daysPastDue > STAGE_2_AFTER_DAYS) {
            return 2;
        }
        return 1;
    }

    /** The worse (more severe) of two categories. */
    public static LoanCategory worst(LoanCategory a, LoanCategory b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * The five-category class: the worst of the overdue floor, the restructuring floor and the risk manager's
     * judgment (null for none), and at least substandard when credit-impaired (CBIRC/PBOC Order [2023] No. 1: a
     * credit-impaired asset is at least substandard, so IFRS 9 stage 3 ⇔ non-performing).
     */
    public static LoanCategory category(LoanCategory overdueFloor, LoanCategory restructuringFloor,
                                        LoanCategory judgment, boolean creditImpaired) {
        LoanCategory c = worst(overdueFloor, restructuringFloor);
        if (judgment != null) {
            c = worst(c, judgment);
        }
        return creditImpaired ? worst(c, LoanCategory.SUBSTANDARD) : c;
    }

    /**
     * Credit-impaired (IFRS 9 Appendix A, stage 3): more than 90 days past due (§B5.5.37), still in a default
     * episode (defaulted and not yet back to 0 days past due), or classified non-performing by the other floors or
     * a judgment (the Measures tie stage 3 to NPL both ways).
     */
    public static boolean creditImpaired(int daysPastDue, boolean inOpenDefaultEpisode, LoanCategory floorsAndJudgment) {
        return daysPastDue > STAGE_3_AFTER_DAYS || (inOpenDefaultEpisode && daysPastDue > 0)
                || floorsAndJudgment.isNonPerforming();
    }

    /**
     * IFRS 9 stage: 3 when credit-impaired; 2 on a significant increase in credit risk since origination (more than
     * 30 days past due, §5.5.11, or another SICR trigger: a downgrade of the set number of notches, the watch list);
     * otherwise 1.
     */
    public static int stage(int daysPastDue, boolean creditImpaired, boolean otherSicr) {
        if (creditImpaired) {
            return 3;
        }
        return daysPastDue > STAGE_2_AFTER_DAYS || otherSicr ? 2 : 1;
    }

    /** Default for the loan-defaulted event: more than 90 days past due (IFRS 9 §B5.5.37). */
    public static boolean isDefault(int daysPastDue) {
        return daysPastDue > STAGE_3_AFTER_DAYS;
    }
}
