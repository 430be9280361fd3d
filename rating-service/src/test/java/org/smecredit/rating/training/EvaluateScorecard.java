package org.smecredit.rating.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.smecredit.rating.scorecard.Arff;
import org.smecredit.rating.scorecard.ModelFiles;
import org.smecredit.rating.scorecard.ScorecardModel;

/**
 * The evaluation command: scores every row of ANY file in the Polish bankruptcy ARFF format with the committed
 * model (checksum verified against the manifest) and prints AUC, Gini, KS, the calibration table by grade and the
 * population stability index against the training split.
 *
 * <p>{@code ./mvnw -B -q -pl rating-service test-compile exec:java@evaluate -Darff=/path/to/5year.arff}
 */
public final class EvaluateScorecard {
    private EvaluateScorecard() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EvaluateScorecard <file.arff> <models directory>");
            System.exit(2);
        }
        Path arff = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        ModelFiles.Manifest manifest = ModelFiles.readManifest(Files.readAllBytes(dir.resolve(ModelFiles.MANIFEST)));
        ScorecardModel model = ModelFiles.verifiedModel(manifest, Files.readAllBytes(dir.resolve(manifest.file())));
        Arff.Data data = Arff.read(arff);
        int[] all = IntStream.range(0, data.size()).toArray();
        Evaluation.Result r = Evaluation.evaluate(model, data, all);
        System.out.printf("model %s (sha256 %s)%nfile  %s (sha256 %s), every row scored%n%n", model.version(),
                manifest.sha256(), arff, ModelFiles.sha256(Files.readAllBytes(arff)));
        System.out.print(Evaluation.markdown(model, r));
    }
}
