package se.medborgarloften.cli;

import se.medborgarloften.support.Sha256;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * JVM class-data sharing for the site's JVM: the classes a build loads (JRuby, Asciidoctor, JBake, OrientDB,
 * Freemarker, Jackson and this program) are parsed and verified once, written to an archive at
 * the end of a build, and mapped from it by every later build, which then starts in a fraction of the time.
 *
 * <p>The JVM only archives classes from jars, and only uses an archive while every jar on the class path has
 * the size and modification time it had when the archive was written, else it silently loads every class
 * again. So this program's classes are packed into a jar named by their digest (a new jar only when they
 * change), and the archive is named by a digest of the JVM, its options and every jar: whatever changes,
 * a new archive is written instead of a stale one being ignored.
 */
final class ClassDataArchive {

    private static final String PROGRAM_JAR = "program-";
    private static final String ARCHIVE = "classes-";

    private final Path folder;
    private final Path programJar;
    private final Path archive;

    private ClassDataArchive(Path folder, Path programJar, Path archive) {
        this.folder = folder;
        this.programJar = programJar;
        this.archive = archive;
    }

    /**
     * @param folder    where the jar and the archive are kept, e.g. target/cds
     * @param classes   this program's compiled classes, e.g. target/classes
     * @param libraries the jars of the program's libraries, in class path order
     * @param options   the JVM options the archive is used with
     */
    static ClassDataArchive prepare(Path folder, Path classes, List<Path> libraries, List<String> options) {
        try {
            Files.createDirectories(folder);
            Path jar = folder.resolve(PROGRAM_JAR + Sha256.ofTree(classes).substring(0, 16) + ".jar");
            if (!Files.exists(jar)) {
                writeJar(classes, jar);
            }
            StringBuilder identity = new StringBuilder()
                    .append(System.getProperty("java.home")).append('\n')
                    .append(System.getProperty("java.vm.version")).append('\n')
                    .append(String.join(" ", options)).append('\n');
            for (Path entry : classPath(libraries, jar)) {
                identity.append(entry.toAbsolutePath()).append(' ').append(Files.size(entry)).append(' ')
                        .append(Files.getLastModifiedTime(entry).toMillis()).append('\n');
            }
            Path archive = folder.resolve(ARCHIVE + Sha256.hex(identity.toString()).substring(0, 16) + ".jsa");
            return new ClassDataArchive(folder, jar, archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The libraries and then this program's jar: nothing but jars, so the JVM may archive every class. */
    List<Path> classPath(List<Path> libraries) {
        return classPath(libraries, programJar);
    }

    private static List<Path> classPath(List<Path> libraries, Path jar) {
        List<Path> entries = new ArrayList<>(libraries);
        entries.add(jar);
        return entries;
    }

    /**
     * Whether this JVM has the archive of its own classes that an archive of the program's classes builds
     * on; a JDK installed without it would only warn about the options and start without sharing.
     */
    static boolean supported() {
        Path lib = Path.of(System.getProperty("java.home"), "lib");
        return Files.isRegularFile(lib.resolve("server/classes.jsa")) || Files.isRegularFile(lib.resolve("client/classes.jsa"));
    }

    boolean exists() {
        return Files.isRegularFile(archive);
    }

    /** The JVM options that map the archive. */
    List<String> useOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * The JVM options that write the archive as the JVM exits, into a file of its own that {@link #keep}
     * renames: a JVM that is killed while writing leaves a part-file, never a broken archive.
     */
    List<String> writeOptions(Path part) {
        return List.of("-XX:ArchiveClassesAtExit=" + part, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** A name no other build uses; the JVM creates the file. */
    Path newPart() {
        return folder.resolve(ARCHIVE + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".part");
    }

    /** A part-file left by a JVM that was killed; the hour leaves alone one that another build is writing. */
    private static boolean abandoned(Path file, String name) throws IOException {
        return name.endsWith(".part") && Files.getLastModifiedTime(file).toInstant()
                .isBefore(java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
    }

    /** Takes the written archive in place of the one for other classes or options, which is deleted. */
    void keep(Path part) {
        try {
            Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    boolean older = name.startsWith(ARCHIVE) && name.endsWith(".jsa") && !file.equals(archive)
                            || name.startsWith(PROGRAM_JAR) && name.endsWith(".jar") && !file.equals(programJar)
                            || abandoned(file, name);
                    if (older) {
                        deleteIfUnused(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another JVM may still run from an older jar, and some systems keep a file in use: a later build deletes it. */
    private static void deleteIfUnused(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // In use: left for a later build to delete.
        }
    }

    Path archive() {
        return archive;
    }

    /** Entries in a fixed order with a fixed time: the same classes give the same jar. */
    private static void writeJar(Path classes, Path jar) throws IOException {
        Path part = jar.resolveSibling(PROGRAM_JAR + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".part");
        try (OutputStream out = Files.newOutputStream(part); JarOutputStream zip = new JarOutputStream(out)) {
            for (Path file : filesBelow(classes)) {
                JarEntry entry = new JarEntry(classes.relativize(file).toString().replace('\\', '/'));
                entry.setTime(0);
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        Files.move(part, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<Path> filesBelow(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
