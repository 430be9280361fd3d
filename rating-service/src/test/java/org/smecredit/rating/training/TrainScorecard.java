package org.smecredit.rating.training;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.smecredit.rating.scorecard.Arff;
import org.smecredit.rating.scorecard.ModelFiles;
import org.smecredit.rating.scorecard.ScorecardModel;
import org.smecredit.rating.scorecard.ScorecardModel.Bin;
import org.smecredit.rating.scorecard.ScorecardModel.Factor;
import org.smecredit.rating.scorecard.ScorecardModel.GradeBand;
import org.smecredit.rating.scorecard.StatementRatio;

/**
 * The training command: fits the financial scorecard on the Polish bankruptcy data, writes the versioned model file
 * and its manifest (SHA-256) and the validation report. Deterministic: same data, same bytes.
 *
 * <ol>
 *   <li>exact duplicate rows (all 64 ratios and the class) are dropped, so no row sits on both sides of the split;</li>
 *   <li>stratified split by class with {@code java.util.Random(SEED)}: {@value #HOLD_OUT} of each class held out;</li>
 *   <li>candidates: only the ratios in {@link StatementRatio} (computable from our statement line items);</li>
 *   <li>coarse classing and weight of evidence per candidate ({@link Binner}) on the training split;</li>
 *   <li>selection: information value ≥ {@value #MIN_IV}, by falling IV, skipping a candidate whose WoE correlates
 *       above {@value #MAX_CORRELATION} with one already kept, at most {@value #MAX_FACTORS} factors; a factor whose
 *       coefficient comes out with the wrong sign is dropped and the fit repeated;</li>
 *   <li>logistic regression of default on the WoE (IRLS, plain maximum likelihood);</li>
 *   <li>points: score = {@value #POINTS_TO_DOUBLE_ODDS} points per doubling of the good:bad odds, 0 at odds 1:1;
 *       each factor's worst class earns 0 points, the rest go to the base points;</li>
 *   <li>calibration: logistic regression of default on the integer score, training split; PD floored at 0.03 %;</li>
 *   <li>master scale: 12 performing grades of 8 points (one doubling of the odds each), PD of a grade = calibrated
 *       PD at the middle of its band, floored.</li>
 * </ol>
 */
public final class TrainScorecard {
    static final String VERSION = "fin-scorecard-1.0.0";
    static final long SEED = 20160410L;
    static final double HOLD_OUT = 0.30;
    static final double MIN_IV = 0.10;
    static final double MAX_CORRELATION = 0.70;
    static final int MAX_FACTORS = 7;
    static final double POINTS_TO_DOUBLE_ODDS = 8.0;
    static final double PD_FLOOR = 0.0003;

    /** Grade code, lowest score of the band; the top grade ends at 100, the bottom starts at 0. */
    static final String[] GRADES = {"AAA", "AA", "A", "BBB", "BB+", "BB", "BB-", "B+", "B", "B-", "CCC", "C"};
    static final int[] GRADE_MIN = {92, 84, 76, 68, 60, 52, 44, 36, 28, 20, 12, 0};

    private TrainScorecard() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: TrainScorecard <1year.arff> <models directory> <report directory>");
            System.exit(2);
        }
        Path arff = Path.of(args[0]);
        Path modelsDir = Path.of(args[1]);
        Path reportDir = Path.of(args[2]);
        byte[] raw = Files.readAllBytes(arff);
        Arff.Data all = Arff.read(arff);

        // 1. exact duplicates out
        List<Integer> unique = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (seen.add(Arrays.toString(all.rows().get(i)) + "|" + all.labels()[i])) {
                unique.add(i);
            }
        }
        // 2. stratified split
        List<Integer> train = new ArrayList<>();
        List<Integer> hold = new ArrayList<>();
        Random random = new Random(SEED);
        for (int cls = 0; cls <= 1; cls++) {
            List<Integer> members = new ArrayList<>();
            for (int i : unique) {
                if (all.labels()[i] == cls) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            int h = (int) Math.round(HOLD_OUT * members.size());
            hold.addAll(members.subList(0, h));
            train.addAll(members.subList(h, members.size()));
        }
        Collections.sort(train);
        Collections.sort(hold);
        int[] tr = train.stream().mapToInt(Integer::intValue).toArray();
        int[] ho = hold.stream().mapToInt(Integer::intValue).toArray();
        int[] ytr = labels(all, tr);
        int[] yho = labels(all, ho);

        // 3-4. candidates, classing
        StatementRatio[] candidates = StatementRatio.values();
        Binner.Result[] binned = new Binner.Result[candidates.length];
        double[][] woeCols = new double[candidates.length][];
        for (int c = 0; c < candidates.length; c++) {
            double[] x = column(all, tr, all.column(candidates[c].attribute()));
            binned[c] = Binner.bin(x, ytr, candidates[c].learnMissing());
            woeCols[c] = Arrays.stream(x).map(binned[c]::woeOf).toArray();
        }
        // 5. selection
        Integer[] byIv = new Integer[candidates.length];
        for (int c = 0; c < byIv.length; c++) {
            byIv[c] = c;
        }
        Arrays.sort(byIv, (a, b) -> Double.compare(binned[b].iv(), binned[a].iv()));
        String[] verdict = new String[candidates.length];
        List<Integer> chosen = new ArrayList<>();
        for (int c : byIv) {
            if (binned[c].iv() < MIN_IV) {
                verdict[c] = String.format(Locale.ROOT, "dropped: IV below %.2f", MIN_IV);
                continue;
            }
            if (chosen.size() >= MAX_FACTORS) {
                verdict[c] = "dropped: " + MAX_FACTORS + " factors already";
                continue;
            }
            String clash = null;
            for (int k : chosen) {
                double r = correlation(woeCols[c], woeCols[k]);
                if (Math.abs(r) > MAX_CORRELATION) {
                    clash = String.format(Locale.ROOT, "dropped: WoE correlation %.2f with %s", r, candidates[k].name());
                    break;
                }
            }
            if (clash != null) {
                verdict[c] = clash;
                continue;
            }
            chosen.add(c);
        }
        // 6. fit, dropping wrong signs (a higher WoE must mean a lower default probability)
        double[] beta;
        while (true) {
            beta = Logit.fit(design(woeCols, chosen, tr.length), ytr, 0.0);
            int wrong = -1;
            for (int j = 0; j < chosen.size(); j++) {
                if (beta[j + 1] >= 0) {
                    wrong = j;
                }
            }
            if (wrong < 0) {
                break;
            }
            verdict[chosen.get(wrong)] = String.format(Locale.ROOT, "dropped: wrong sign in the joint fit (%.3f)",
                    beta[wrong + 1]);
            chosen.remove(wrong);
        }
        for (int k = 0; k < chosen.size(); k++) {
            verdict[chosen.get(k)] = String.format(Locale.ROOT, "kept: coefficient %.4f", beta[k + 1]);
        }
        // 7. points
        double factor = POINTS_TO_DOUBLE_ODDS / Math.log(2);
        double base = -beta[0] * factor;
        List<Factor> factors = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            int c = chosen.get(k);
            Binner.Result r = binned[c];
            double b = beta[k + 1];
            double min = -b * factor * r.missingWoe();
            for (double w : r.woe()) {
                min = Math.min(min, -b * factor * w);
            }
            base += min;
            List<Bin> bins = new ArrayList<>();
            for (int i = 0; i < r.bins().size(); i++) {
                Binner.Cls cls = r.bins().get(i);
                bins.add(new Bin(cls.lower(), cls.upper(), cls.count(), cls.bads(), round6(r.woe()[i]),
                        (int) Math.round(-b * factor * r.woe()[i] - min)));
            }
            Bin missing = new Bin(Double.NaN, Double.NaN, r.missingCount(), r.missingBads(), round6(r.missingWoe()),
                    (int) Math.round(-b * factor * r.missingWoe() - min));
            missing = new Bin(0, 0, missing.count(), missing.bads(), missing.woe(), missing.points());
            StatementRatio sr = candidates[c];
            factors.add(new Factor(sr.name(), sr.attribute(), sr.formula(), round6(r.iv()), round6(r.lowerCap()),
                    round6(r.upperCap()), bins, missing));
        }
        List<Double> coefficients = new ArrayList<>();
        for (double b : beta) {
            coefficients.add(round6(b));
        }
        ScorecardModel.Training training = new ScorecardModel.Training(arff.getFileName().toString(),
                ModelFiles.sha256(raw), all.size(), unique.size(), tr.length, ho.length, HOLD_OUT, SEED,
                round6((double) Arrays.stream(ytr).sum() / tr.length));
        ScorecardModel.Scaling scaling = new ScorecardModel.Scaling(round6(factor), POINTS_TO_DOUBLE_ODDS, 0.0);
        List<GradeBand> provisionalScale = scale(new ScorecardModel.Calibration(0, 0, ""));
        ScorecardModel provisional = new ScorecardModel(VERSION, "", training, factors, (int) Math.round(base),
                scaling, coefficients, new ScorecardModel.Calibration(0, 0, ""), provisionalScale, PD_FLOOR,
                Collections.nCopies(GRADES.length, 0.0));
        // 8. calibration on the integer score
        double[][] scoreX = new double[tr.length][1];
        for (int k = 0; k < tr.length; k++) {
            scoreX[k][0] = provisional.score(Evaluation.factorValues(provisional, all, all.rows().get(tr[k]))).score();
        }
        double[] cal = Logit.fit(scoreX, ytr, 0.0);
        ScorecardModel.Calibration calibration = new ScorecardModel.Calibration(round6(cal[0]), round6(cal[1]),
                "the data set's label: bankruptcy within the forecasting period of 1year.arff (see README)");
        // 9. master scale
        List<GradeBand> masterScale = scale(calibration);
        double[] shares = new double[GRADES.length];
        ScorecardModel calibrated = new ScorecardModel(VERSION, "", training, factors, provisional.basePoints(),
                scaling, coefficients, calibration, masterScale, PD_FLOOR, Collections.nCopies(GRADES.length, 0.0));
        for (double[] s : scoreX) {
            shares[calibrated.gradeIndex((int) s[0])]++;
        }
        List<Double> trainingShares = new ArrayList<>();
        for (double s : shares) {
            trainingShares.add(round6(s / tr.length));
        }
        ScorecardModel model = new ScorecardModel(VERSION,
                "Financial scorecard: logistic regression on weight of evidence of statement ratios, fitted on the "
                        + "UCI Polish bankruptcy data (1year.arff)",
                training, factors, provisional.basePoints(), scaling, coefficients, calibration, masterScale, PD_FLOOR,
                trainingShares);
        // 10. write, re-read through the manifest check
        byte[] modelBytes = ModelFiles.toBytes(model);
        Files.createDirectories(modelsDir);
        String fileName = VERSION + ".json";
        Files.write(modelsDir.resolve(fileName), modelBytes);
        ModelFiles.Manifest manifest = new ModelFiles.Manifest(VERSION, fileName, ModelFiles.sha256(modelBytes));
        Files.write(modelsDir.resolve(ModelFiles.MANIFEST), ModelFiles.toBytes(manifest));
        ScorecardModel shipped = ModelFiles.verifiedModel(manifest, Files.readAllBytes(modelsDir.resolve(fileName)));

        // 11. validation
        String report = Report.write(shipped, manifest, all, tr, ho, ytr, yho, candidates, binned, verdict);
        Files.createDirectories(reportDir);
        Files.writeString(reportDir.resolve(VERSION + "-validation.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.printf("wrote %s (sha256 %s), %s and %s%n", modelsDir.resolve(fileName), manifest.sha256(),
                modelsDir.resolve(ModelFiles.MANIFEST), reportDir.resolve(VERSION + "-validation.md"));
    }

    static List<GradeBand> scale(ScorecardModel.Calibration cal) {
        List<GradeBand> bands = new ArrayList<>();
        for (int i = 0; i < GRADES.length; i++) {
            int max = i == 0 ? 100 : GRADE_MIN[i - 1] - 1;
            double mid = (GRADE_MIN[i] + max) / 2.0;
            double pd = 1 / (1 + Math.exp(-(cal.intercept() + cal.slope() * mid)));
            pd = Math.max(PD_FLOOR, Math.round(pd * 10000) / 10000.0);
            bands.add(new GradeBand(GRADES[i], GRADE_MIN[i], max, pd));
        }
        return bands;
    }

    static int[] labels(Arff.Data d, int[] rows) {
        return Arrays.stream(rows).map(i -> d.labels()[i]).toArray();
    }

    static double[] column(Arff.Data d, int[] rows, int col) {
        return Arrays.stream(rows).mapToDouble(i -> d.rows().get(i)[col]).toArray();
    }

    static double[][] design(double[][] cols, List<Integer> chosen, int n) {
        double[][] x = new double[n][chosen.size()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < chosen.size(); k++) {
                x[i][k] = cols[chosen.get(k)][i];
            }
        }
        return x;
    }

    static double correlation(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
