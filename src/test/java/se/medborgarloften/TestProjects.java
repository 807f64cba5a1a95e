package se.medborgarloften;

import se.medborgarloften.generator.SiteBuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real project (this repository) and copies of it that tests may break. */
public final class TestProjects {

    /** What a build reads; a copy with these is a complete project. */
    private static final List<String> PROJECT_PARTS = List.of("content", "schema", "templates", "assets", "jbake.properties");

    private static Path builtRealSite;
    private static Path builtRichProseSite;

    private TestProjects() {
    }

    public static Path realProject() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * A new folder under the system's temporary folder, deleted with everything in it when the tests' JVM exits:
     * the sites built once per run are used until the last test, so no test can delete them, and a run left
     * three or four folders behind on every machine it ran on.
     */
    public static Path scratchFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    deleteTree(folder);
                } catch (UncheckedIOException e) {
                    // Left to the system's cleaning of its temporary folder: the tests have run, and the JVM is exiting.
                }
            }));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real content built once per test run, shared by the tests that only read it. */
    public static synchronized Path realSite() {
        if (builtRealSite == null) {
            Path out = scratchFolder("medborgarloften-site-").resolve("site");
            new SiteBuild(realProject(), out).run();
            builtRealSite = out;
        }
        return builtRealSite;
    }

    /**
     * The real content with the AsciiDoc an editor may write beyond paragraphs and lists (notes, warnings, tables
     * with and without column widths, a listing, footnotes, a quote, a horizontal list, a collapsible block) from
     * src/test/resources/rich-prose/, added to Rosengård 2024–2025 and, with a footnote of the same name in both
     * its promise and its follow-up, to Rosengård 2023; built once per test run.
     */
    public static synchronized Path richProseSite() {
        if (builtRichProseSite == null) {
            Path project = copyOfRealProject(scratchFolder("medborgarloften-rich-prose-"));
            Path resources = realProject().resolve("src/test/resources/rich-prose");
            for (String language : List.of("sv", "en")) {
                Path latest = project.resolve("content/areas/rosengard/2024-2025/promise." + language + ".adoc");
                write(latest, read(latest) + read(resources.resolve("promise." + language + ".adoc")));
                for (String text : List.of("promise", "follow-up")) {
                    write(project.resolve("content/areas/rosengard/2023/" + text + "." + language + ".adoc"),
                            read(resources.resolve(text + "-2023." + language + ".adoc")));
                }
            }
            Path out = project.resolve("site");
            new SiteBuild(project, out).run();
            builtRichProseSite = out;
        }
        return builtRichProseSite;
    }

    /** A full copy of the project's inputs in the given folder. */
    public static Path copyOfRealProject(Path target) {
        for (String part : PROJECT_PARTS) {
            copy(realProject().resolve(part), target.resolve(part));
        }
        return target;
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line of a file that contains the text. */
    public static int lineOf(Path file, String needle) {
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the real project into this folder with the CLI in a JVM of its own, with these JVM options, and
     * returns the build's output; fails when the build fails or takes longer than five minutes.
     */
    public static String buildRealProjectInAnotherJvm(Path out, String... jvmOptions) {
        return buildInAnotherJvm(realProject(), out, jvmOptions);
    }

    /** As {@link #buildRealProjectInAnotherJvm}, for any project. */
    public static String buildInAnotherJvm(Path project, Path out, String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "se.medborgarloften.cli.Main", "build",
                "--project", project.toString(), "--out", out.toString()));
        try {
            Path log = Files.createTempFile("build-", ".log");
            try {
                Process build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
                String output = Files.readString(log);
                assertEquals(0, build.exitValue(), output);
                return output;
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same files with the same bytes; a failure names the files that differ rather than every digest. */
    public static void assertSameFiles(Path expected, Path actual) {
        Map<String, String> want = fingerprint(expected);
        Map<String, String> got = fingerprint(actual);
        Set<String> differing = new TreeSet<>(want.keySet());
        differing.addAll(got.keySet());
        differing.removeIf(file -> Objects.equals(want.get(file), got.get(file)));
        assertEquals(Set.of(), differing, "files that differ between " + expected + " and " + actual);
    }

    /**
     * Every file below the folder may be read by other users, as a web server running as another user reads it;
     * only where this machine's umask lets a new file be read by others, which the site's own files follow.
     */
    public static void assertReadableByOthers(Path folder) {
        try {
            Path probe = Files.createTempFile(scratchFolder("umask-"), "probe", ".txt");
            Files.delete(probe);
            Files.writeString(probe, "a file as the site writes one");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.getPosixFilePermissions(probe)
                    .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), "this machine's umask hides new files from others");
            List<String> hidden = new ArrayList<>();
            int files = 0;
            try (Stream<Path> all = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    files++;
                    if (!Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
                        hidden.add(folder.relativize(file) + " " + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                    }
                }
            }
            assertTrue(files > 0, "no files below " + folder);
            assertEquals(List.of(), hidden, "files others may not read below " + folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below the folder with the SHA-256 of its bytes, for byte-for-byte comparisons. */
    public static Map<String, String> fingerprint(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                hashes.put(folder.relativize(file).toString(), HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    /** Copies a folder (or a file) with everything below it. */
    public static void copyTree(Path from, Path to) {
        copy(from, to);
    }

    /** Deletes a folder with everything below it, without following symbolic links; nothing if it is absent. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        // A published site is a link to the folder it is in (see SitePublisher): copied as the folder.
        try (Stream<Path> files = Files.walk(from, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
