package se.medborgarloften.cli;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;

import java.io.PrintStream;
import java.util.List;

/** Writes problems for a person (file:line:column, in their language) or for GitHub (annotations), then a count. */
final class Reporter {

    private final String language;
    private final boolean github;
    private final PrintStream out;
    private final PrintStream err;

    Reporter(String language, boolean github, PrintStream out, PrintStream err) {
        this.language = language.equals("en") ? "en" : "sv";
        this.github = github;
        this.out = out;
        this.err = err;
    }

    String language() {
        return language;
    }

    void warnings(List<Diagnostic> warnings) {
        warnings.forEach(this::print);
    }

    void translationStatus(List<Diagnostic> items) {
        warnings(items);
        out.println(Text.of("translations.summary", items.size()).in(language));
    }

    void valid(List<Diagnostic> warnings) {
        warnings(warnings);
        out.println(Text.of("summary.ok", Text.of("summary.warnings", warnings.size())).in(language));
    }

    /**
     * The problems, then a count and what came of the command: a build or check says that the published site is
     * unchanged, a command that writes a new file that it wrote none.
     */
    void failed(List<Diagnostic> diagnostics, boolean writesFiles) {
        diagnostics.forEach(this::print);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        err.println();
        err.println(Text.of(writesFiles ? "summary.failed.nothingWritten" : "summary.failed", Text.of("summary.errors", errors),
                Text.of("summary.warnings", warnings)).in(language));
    }

    private void print(Diagnostic d) {
        (d.isError() ? err : out).println(github ? d.formatForGitHub(language) : d.format(language));
    }
}
