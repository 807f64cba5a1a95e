package se.medborgarloften.cli;

import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.BuildReport;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.preview.LivePreview;
import se.medborgarloften.scaffold.Scaffold;
import se.medborgarloften.editor.EditorRequests;
import se.medborgarloften.validate.ContentValidator;
import se.medborgarloften.validate.TranslationStatus;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line. Problems are reported in Swedish unless --lang en; --format github writes them as
 * GitHub workflow commands so they appear on the changed lines of a pull request. Exit code 1 means the
 * content has errors, 2 a wrong command line.
 */
public final class Main {

    private static final String USAGE = """
            Usage: COMMAND [options]
              build                      build the site from content/ into --out (default target/site)
              validate                   check the content, report every problem, write nothing
              serve                      live preview on http://localhost:PORT/ (default 8080), rebuilt on every save
              translations               list what lacks a translation or has one older than its original
              new-area ID --name NAME --police-area ORG [--municipality ORG] [--city CITY]
              new-period AREA PERIOD     a new promise period, pre-filled from the area's latest one
              new-follow-up AREA PERIOD  a follow-up with one entry per commitment
              apply-editor-requests      carry out the editor's requests in content/editor-requests/ (new periods, follow-ups)
            Options: --project DIR, --out DIR, --port N, --lang sv|en, --format text|github, --strict, --base-url URL,
                     --as-of YYYY-MM-DD  (the day the pages describe the archive's follow-ups as of; default: the date of
                                          the checked-out commit, outside git today's),
                     --record-published-urls  (the build that is published: add its new addresses to content/published-urls.txt),
                     --progress  (print each stage of the build as it begins),
                     --from-nothing  (make every page and download again, rather than keep those made from unchanged inputs),
                     --pagefind PROGRAM  (index the site for the search with Pagefind before publishing it, instead of
                                          the build's own index; the live preview keeps its own)""";

    private static final List<String> SCAFFOLDING = List.of("new-area", "new-period", "new-follow-up", "apply-editor-requests");
    private static final List<String> COMMANDS = List.of("build", "validate", "serve", "translations", "new-area",
            "new-period", "new-follow-up", "apply-editor-requests");

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Reporter reporter = new Reporter(line.option("lang", "sv"), "github".equals(line.option("format", "text")), out, err);
        BuildOptions options;
        try {
            options = BuildOptions.defaults().withStrict(line.flag("strict"))
                    .withAsOf(line.date("as-of"))
                    .withBaseUrl(line.option("base-url", null))
                    .withRecordPublishedUrls("true".equals(line.option("record-published-urls", "false")))
                    .withKeepUnchanged(!line.flag("from-nothing"))
                    .withPagefind(line.path("pagefind"));
            if (line.flag("progress")) {
                String language = reporter.language();
                options = options.withProgress(stage ->
                        out.println(Text.of("build.progress", Text.of(BuildReport.stageKey(stage))).in(language)));
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            switch (line.command()) {
                case "build" -> {
                    BuildReport report = new SiteBuild(line.project(), line.out(), options).run();
                    if (!line.flag("quiet-warnings")) {
                        reporter.warnings(report.warnings());
                    }
                    out.println(report.summary(reporter.language()));
                    if (line.flag("stats")) {
                        out.println(ProcessStats.peakMemoryLine().in(reporter.language()));
                        out.println(ProcessStats.cpuTimeLine().in(reporter.language()));
                    }
                }
                case "validate" -> reporter.valid(new SiteBuild(line.project(), line.out(), options).validateOnly());
                case "serve" -> {
                    // The preview rebuilds on every save: it keeps the build's own index, written with the pages,
                    // rather than wait for Pagefind to read the whole site again.
                    LivePreview preview = new LivePreview(line.project(), line.out(), Integer.parseInt(line.option("port", "8080")),
                            options.withPagefind(null), reporter.language(), out);
                    preview.start();
                    preview.awaitTermination();
                }
                case "translations" -> {
                    LoadedContent loaded = new ContentLoader(line.project()).load();
                    SiteContent content = new ContentValidator(line.project()).validate(loaded);
                    List<String> languages = content.site().languages().stream().map(SiteSettings.Language::code).toList();
                    reporter.translationStatus(new TranslationStatus(loaded, content.site().defaultLanguage(), languages)
                            .report(options.today()));
                }
                case "new-area", "new-period", "new-follow-up" -> {
                    Scaffold scaffold = new Scaffold(line.project(), new ContentValidator(line.project())
                            .validate(new ContentLoader(line.project()).load()));
                    Path written = switch (line.command()) {
                        case "new-area" -> scaffold.newArea(line.argument(0), line.required("name"), line.required("police-area"),
                                line.option("municipality", "malmo-stad"), line.option("city", "Malmö"));
                        case "new-period" -> scaffold.newPeriod(line.argument(0), line.argument(1));
                        default -> scaffold.newFollowUp(line.argument(0), line.argument(1));
                    };
                    out.println(Text.of("scaffold.wrote", line.project().toAbsolutePath().normalize()
                            .relativize(written.toAbsolutePath().normalize())).in(reporter.language()));
                    out.println(Text.of("scaffold.next").in(reporter.language()));
                }
                case "apply-editor-requests" -> {
                    // What the editor on GitHub cannot do itself; the pull-request workflow runs this and commits the result.
                    for (String written : new EditorRequests(line.project()).applyAll()) {
                        out.println(Text.of("editor.applied", written).in(reporter.language()));
                    }
                }
                default -> throw new IllegalStateException(line.command());
            }
            return 0;
        } catch (ContentException e) {
            reporter.failed(e.diagnostics(), SCAFFOLDING.contains(line.command()));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The parsed command line: a command, its plain arguments, and --options. */
    record CommandLine(String command, List<String> arguments, Map<String, String> options) {

        private static final List<String> FLAGS = List.of("strict", "stats", "quiet-warnings", "progress", "from-nothing");

        static CommandLine parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("No command given.");
            }
            if (!COMMANDS.contains(args[0])) {
                throw new IllegalArgumentException("Unknown command \"" + args[0] + "\".");
            }
            List<String> arguments = new ArrayList<>();
            Map<String, String> options = new HashMap<>();
            for (int i = 1; i < args.length; i++) {
                if (!args[i].startsWith("--")) {
                    arguments.add(args[i]);
                    continue;
                }
                String name = args[i].substring(2);
                int equals = name.indexOf('=');
                if (equals > 0) {
                    // --name=value, which keeps an empty value an argument of its own (e.g. from a build tool).
                    options.put(name.substring(0, equals), name.substring(equals + 1));
                } else if (FLAGS.contains(name)) {
                    options.put(name, "true");
                } else if (i + 1 < args.length) {
                    options.put(name, args[++i]);
                } else {
                    throw new IllegalArgumentException("Option --" + name + " needs a value.");
                }
            }
            return new CommandLine(args[0], arguments, options);
        }

        String option(String name, String fallback) {
            String value = options.get(name);
            return value == null || value.isEmpty() ? fallback : value;
        }

        String required(String name) {
            String value = options.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(command + " needs --" + name + ".");
            }
            return value;
        }

        /** A day written YYYY-MM-DD, or null when the option is absent or empty. */
        /** The option's value as a path, or null when it is not given. */
        Path path(String name) {
            String value = option(name, null);
            return value == null ? null : Path.of(value);
        }

        LocalDate date(String name) {
            String value = option(name, null);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--" + name + " needs a day written YYYY-MM-DD, not \"" + value + "\".");
            }
        }

        boolean flag(String name) {
            return options.containsKey(name);
        }

        String argument(int index) {
            if (index >= arguments.size()) {
                throw new IllegalArgumentException(command + " needs " + (index + 1) + " argument(s).");
            }
            return arguments.get(index);
        }

        Path project() {
            return Path.of(option("project", "."));
        }

        Path out() {
            String out = option("out", null);
            return out != null ? Path.of(out) : project().resolve("target/site");
        }
    }
}
