package se.medborgarloften.cli;

import se.medborgarloften.build.BuildReport;
import se.medborgarloften.build.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.render.jbake.PreviewServer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code build} writes the site to target/site; {@code validate} only checks the content; {@code serve}
 * builds and then serves the site on http://localhost:8080/. Exit code 1 means the content has errors,
 * 2 a wrong command line.
 */
public final class Main {

    private static final String USAGE = """
            Usage: build|validate|serve [--project DIR] [--out DIR] [--port N]
              build     build the site from content/ into --out (default target/site)
              validate  check the content and report every problem, write nothing
              serve     build, then serve the site on http://localhost:PORT/ (default 8080)""";

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
        SiteBuild build = new SiteBuild(line.project(), line.out());
        try {
            switch (line.command()) {
                case "validate" -> {
                    build.validateOnly();
                    out.println("The content is valid.");
                }
                case "build" -> {
                    BuildReport report = build.run();
                    out.println(report.summary());
                    out.println("The site is in " + line.out());
                }
                case "serve" -> {
                    BuildReport report = build.run();
                    out.println(report.summary());
                    out.println("Serving " + line.out() + " on http://localhost:" + line.port() + "/  (Ctrl+C stops)");
                    new PreviewServer(line.project()).serve(line.out(), line.port());
                }
                default -> throw new IllegalStateException(line.command());
            }
            return 0;
        } catch (ContentException e) {
            report(e.diagnostics(), err);
            return 1;
        }
    }

    private static void report(List<Diagnostic> diagnostics, PrintStream err) {
        for (Diagnostic d : diagnostics) {
            err.println(d.format());
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        err.println();
        err.println(errors + (errors == 1 ? " error" : " errors") + " found; nothing was published. "
                + "The previously built site is unchanged.");
    }

    /** The parsed command line. */
    record CommandLine(String command, Path project, Path out, int port) {

        static CommandLine parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("No command given.");
            }
            String command = args[0];
            if (!List.of("build", "validate", "serve").contains(command)) {
                throw new IllegalArgumentException("Unknown command \"" + command + "\".");
            }
            Path project = Path.of(".");
            Path out = null;
            int port = 8080;
            for (int i = 1; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Option " + option + " needs a value.");
                }
                String value = args[++i];
                switch (option) {
                    case "--project" -> project = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--port" -> port = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("Unknown option \"" + option + "\".");
                }
            }
            return new CommandLine(command, project, out != null ? out : project.resolve("target/site"), port);
        }
    }
}
