package dev.rapport.memory;

import java.util.ArrayList;
import java.util.List;

/** Five-fold cross-validation of the stance model on the tuning sets' clauses: figures to choose a threshold by. */
final class StanceModelCrossValidation {

    public static void main(String[] args) {
        List<StanceModelTraining.Example> all = StanceModelTraining.examples(StanceModelTraining.SETS);
        double[] thresholds = {0.4, 0.5, 0.6, 0.7, 0.8};
        int[][] counts = new int[thresholds.length][3]; // found right, found wrong/junk, stances
        for (int fold = 0; fold < 5; fold++) {
            List<StanceModelTraining.Example> train = new ArrayList<>();
            List<StanceModelTraining.Example> test = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                (i % 5 == fold ? test : train).add(all.get(i));
            }
            StanceModel model = new StanceModel(StanceModelTraining.train(train));
            for (StanceModelTraining.Example e : test) {
                StanceModel.Reading r = model.read(e.clause());
                int predicted = StanceModel.CLASSES.indexOf(r.polarity());
                for (int t = 0; t < thresholds.length; t++) {
                    if (e.label() != 0) {
                        counts[t][2]++;
                    }
                    if (predicted != 0 && r.probability() >= thresholds[t]) {
                        counts[t][predicted == e.label() ? 0 : 1]++;
                    }
                }
            }
        }
        for (int t = 0; t < thresholds.length; t++) {
            System.out.printf(
                    "threshold %.1f: recall %.3f precision %.3f%n",
                    thresholds[t],
                    counts[t][0] / (double) counts[t][2],
                    counts[t][0] / (double) Math.max(1, counts[t][0] + counts[t][1]));
        }
    }
}
