package se.medborgarloften.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Starts a command of {@link Main} in a JVM of its own, with the JVM options of pom.xml's site.jvm and
 * with class-data sharing ({@link ClassDataArchive}): `mvn package` runs this, in a small JVM that loads
 * nothing but this class, so that the site's JVM gets the options a build needs.
 *
 * <p>A build that finds no archive for its classes writes one as it exits (a few seconds, once); every
 * later build maps it. The live preview only uses an archive: it ends with Ctrl+C, not at a moment to
 * write one.
 *
 * <p>The live preview runs with options of its own (pom.xml's preview.jvm): it lives for hours and rebuilds
 * after every save, where a build starts, works and exits. It maps the archive the builds write, which is
 * named by the builds' options: the classes an archive holds do not depend on the collector or the heap.
 *
 * <p>Arguments: {@code --jvm=OPTIONS [--preview-jvm=OPTIONS] --libraries=CLASSPATH --classes=DIR --work=DIR --
 * COMMAND [options]}.
 */
public final class ForkedJvm {

    private static final String MAIN = "se.medborgarloften.cli.Main";

    private final List<String> options;
    private final List<String> previewOptions;
    private final List<Path> libraries;
    private final Path classes;
    private final Path work;

    /**
     * @param options   JVM options, e.g. the heap size
     * @param libraries the program's libraries (jars), in class path order
     * @param classes   this program's compiled classes
     * @param work      where the class-data archive is kept
     */
    public ForkedJvm(List<String> options, List<Path> libraries, Path classes, Path work) {
        this(options, options, libraries, classes, work);
    }

    /** @param previewOptions the JVM options of the live preview (the serve command) */
    public ForkedJvm(List<String> options, List<String> previewOptions, List<Path> libraries, Path classes, Path work) {
        this.options = List.copyOf(options);
        this.previewOptions = List.copyOf(previewOptions);
        this.libraries = List.copyOf(libraries);
        this.classes = classes;
        this.work = work;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> all = Arrays.asList(args);
        int split = all.indexOf("--");
        if (split < 0) {
            throw new IllegalArgumentException(
                    "Usage: --jvm=OPTIONS [--preview-jvm=OPTIONS] --libraries=CLASSPATH --classes=DIR --work=DIR -- COMMAND …");
        }
        List<String> own = all.subList(0, split);
        String options = value(own, "--jvm");
        ForkedJvm jvm = new ForkedJvm(splitOptions(options), splitOptions(value(own, "--preview-jvm", options)),
                splitPath(value(own, "--libraries")), Path.of(value(own, "--classes")), Path.of(value(own, "--work")));
        int exit = jvm.run(all.subList(split + 1, all.size()));
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Runs the command with this process's input and output, and returns its exit code. */
    public int run(List<String> command) throws IOException, InterruptedException {
        Launch launch = launch(command);
        Process process = new ProcessBuilder(launch.command()).inheritIO().start();
        // Ctrl+C reaches both JVMs; this covers a launcher that is stopped on its own.
        Thread stop = new Thread(process::destroy, "stop-forked-jvm");
        Runtime.getRuntime().addShutdownHook(stop);
        int exit = process.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        launch.finish(exit);
        return exit;
    }

    /** The command line of the JVM for one command, and what to do with the archive once it has exited. */
    public Launch launch(List<String> command) {
        ClassDataArchive archive = ClassDataArchive.prepare(work, classes, libraries, options);
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(!command.isEmpty() && command.get(0).equals("serve") ? previewOptions : options);
        Path part = null;
        // Without sharing (a JDK installed without its own archive) the build only starts slower.
        boolean sharing = ClassDataArchive.supported();
        if (sharing && archive.exists()) {
            line.addAll(archive.useOptions());
        } else if (sharing && !command.isEmpty() && command.get(0).equals("build")) {
            part = archive.newPart();
            line.addAll(archive.writeOptions(part));
        }
        line.add("-cp");
        line.add(String.join(File.pathSeparator, archive.classPath(libraries).stream().map(Path::toString).toList()));
        line.add(MAIN);
        line.addAll(command);
        return new Launch(line, archive, part);
    }

    /** A JVM's command line; {@link #finish} keeps the archive it wrote, if it wrote one and succeeded. */
    public record Launch(List<String> command, ClassDataArchive archive, Path part) {

        public Launch {
            command = List.copyOf(command);
        }

        /** Whether this JVM writes the archive as it exits, rather than using one. */
        public boolean writesArchive() {
            return part != null;
        }

        public void finish(int exit) {
            if (part == null) {
                return;
            }
            try {
                // A failed build may have stopped before loading what a build loads.
                if (exit == 0 && Files.isRegularFile(part)) {
                    archive.keep(part);
                } else {
                    Files.deleteIfExists(part);
                }
            } catch (IOException | UncheckedIOException e) {
                // The site is built; without the archive the next build only starts slower, and writes it again.
                System.err.println("Could not keep the class-data archive " + archive.archive() + ": " + e.getMessage());
            }
        }
    }

    private static String value(List<String> args, String name) {
        return optional(args, name).orElseThrow(() -> new IllegalArgumentException("Missing " + name + "="));
    }

    private static String value(List<String> args, String name, String fallback) {
        return optional(args, name).orElse(fallback);
    }

    private static Optional<String> optional(List<String> args, String name) {
        return args.stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1)).findFirst();
    }

    public static List<String> splitOptions(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }

    public static List<Path> splitPath(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(p -> !p.isBlank()).map(Path::of).toList();
    }
}
