package dev.rapport.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one routing run; {@code misses} is for the tuning set only. */
public final class RoutingReport {

    private final int[][] confusion = new int[Specialist.values().length][Specialist.values().length];
    private final int[] total = new int[2];
    private final int[] leads = new int[2];
    private final int[] exact = new int[2];
    private final List<String> misses = new ArrayList<>();

    void add(RoutingCase c, Route route, boolean exactly) {
        int lang = c.lang().equals("zh") ? 1 : 0;
        total[lang]++;
        confusion[c.expectedLead().ordinal()][route.lead().ordinal()]++;
        if (route.lead() == c.expectedLead()) {
            leads[lang]++;
        }
        if (exactly) {
            exact[lang]++;
        } else {
            misses.add(c.id() + " " + c.message() + " -> " + route.all() + " (" + route.reason() + "), expected "
                    + c.lead() + " " + c.helpers());
        }
    }

    public int turns() {
        return total[0] + total[1];
    }

    public double leadAccuracy() {
        return (double) (leads[0] + leads[1]) / turns();
    }

    public double exactMatch() {
        return (double) (exact[0] + exact[1]) / turns();
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** One line of figures: overall, then English and Chinese apart. */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "%d turns: lead %.3f (%d/%d; en %d/%d, zh %d/%d), lead+helpers exact %.3f (%d/%d)",
                turns(),
                leadAccuracy(),
                leads[0] + leads[1],
                turns(),
                leads[0],
                total[0],
                leads[1],
                total[1],
                exactMatch(),
                exact[0] + exact[1],
                turns());
    }

    /** Rows: the labelled lead; columns: the lead routed to. */
    public String confusionTable() {
        StringBuilder table = new StringBuilder("| labelled \\ routed |");
        for (Specialist s : Specialist.values()) {
            table.append(' ').append(s.wireName()).append(" |");
        }
        table.append("\n|---|---|---|---|---|\n");
        for (Specialist row : Specialist.values()) {
            table.append("| ").append(row.wireName()).append(" |");
            for (Specialist column : Specialist.values()) {
                table.append(' ')
                        .append(confusion[row.ordinal()][column.ordinal()])
                        .append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }
}
