package org.smecredit.monitoring.classification;

import java.util.Arrays;
import java.util.List;

/**
 * Days-past-due early-warning signals: one signal the first time a delinquency episode reaches each threshold.
 * An episode ends when the loan is back to 0 days past due; a later missed installment starts a new one. Pure.
 */
public final class EarlyWarningRules {

    /** Signal types and severities, by the days past due that trigger them. */
    public enum Signal {
        MISSED_INSTALLMENT(1, "LOW"),
        DPD_30(30, "MEDIUM"),
        DPD_60(60, "HIGH"),
        DPD_90(90, "CRITICAL");

        public final int threshold;
        public final String severity;

        Signal(int threshold, String severity) {
            this.threshold = threshold;
            this.severity = severity;
        }
    }

    private EarlyWarningRules() {
    }

    /**
     * Signals to raise now, lowest first: thresholds reached at {@code daysPastDue} above the highest one already
     * signalled in this episode ({@code signalledLevel}, 0 for none). A run that jumps several thresholds raises
     * each of them.
     */
    public static List<Signal> newlyCrossed(int signalledLevel, int daysPastDue) {
        return Arrays.stream(Signal.values())
                .filter(s -> s.threshold > signalledLevel && daysPastDue >= s.threshold)
                .toList();
    }

    /** The episode's signalled level after this assessment: reset to 0 when the loan is current again. */
    public static int levelAfter(int signalledLevel, int daysPastDue) {
        if (daysPastDue == 0) {
            return 0;
        }
        int level = signalledLevel;
        for (Signal s : Signal.values()) {
            if (daysPastDue >= s.threshold) {
                level = Math.max(level, s.threshold);
            }
        }
        return level;
    }
}
