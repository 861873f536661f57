package dev.rapport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run rewrites only the parts of docs/benchmarks.md it measured. */
class BenchmarksDocTest {

    private static final String DOC = """
        <!-- benchmark part: suite -->
        # Rapport benchmarks
        old suite figures
        <!-- end of part: suite -->

        ## Campaign dispatch
        written by hand, kept
        """;

    @Test
    void aPartIsReplacedAndEverythingOutsideItKept() {
        String updated = BenchmarksDoc.replace(DOC, "suite", "# Rapport benchmarks\nnew suite figures\n");

        assertThat(updated)
                .contains("new suite figures")
                .doesNotContain("old suite figures")
                .contains("## Campaign dispatch\nwritten by hand, kept\n")
                .startsWith("<!-- benchmark part: suite -->\n"
                        + "# Rapport benchmarks\n"
                        + "new suite figures\n"
                        + "<!-- end of part: suite -->\n");
    }

    @Test
    void aNewPartIsAppendedAfterWhatIsThere() {
        String updated = BenchmarksDoc.replace(DOC, "export-10000", "## Training-data export\nfigures");

        assertThat(updated)
                .startsWith(DOC)
                .endsWith("\n\n"
                        + "<!-- benchmark part: export-10000 -->\n"
                        + "## Training-data export\n"
                        + "figures\n"
                        + "<!-- end of part: export-10000 -->\n");
        assertThat(BenchmarksDoc.replace(updated, "export-10000", "## Training-data export\nother figures"))
                .startsWith(DOC)
                .contains("other figures")
                .doesNotContain("\nfigures\n");
    }
}
