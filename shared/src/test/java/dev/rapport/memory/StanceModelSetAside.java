package dev.rapport.memory;

import dev.rapport.testing.TestDynamoDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The stance model's own share on text it has not seen: trains it without one tuning set, writes the weights
 * where the class path finds them first, and scores that set on the real chat path. The rules were tuned on
 * the set, so only the model's part of the figure is unseen. Run with a directory ahead of the test classes:
 * {@code java -cp DIR:... dev.rapport.memory.StanceModelSetAside DIR}, once to write and once to score.
 */
final class StanceModelSetAside {

    private StanceModelSetAside() {}

    public static void main(String[] args) throws IOException {
        Path weights = Path.of(args[0] + StanceModel.RESOURCE);
        String setAside = args.length > 1 ? args[1] : PreferenceEvaluation.HELD_OUT_3;
        if (!Files.exists(weights)) {
            List<String> sets = StanceModelTraining.SETS.stream()
                    .filter(s -> !s.equals(setAside))
                    .toList();
            Files.createDirectories(weights.getParent());
            Files.writeString(
                    weights, StanceModelTraining.render(StanceModelTraining.train(StanceModelTraining.examples(sets))));
            System.out.println("wrote " + weights + "; run again to score " + setAside);
            return;
        }
        System.out.println(
                new PreferenceEvaluation(TestDynamoDb.shared()).run(setAside).table());
        System.exit(0);
    }
}
