package se.medborgarloften.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each content file last changed, from the git history: the committed state, so the same commit
 * always gives the same dates. Outside a git checkout (or without git) no dates are known, and pages
 * say so rather than guess.
 *
 * @param head the date of the checked-out commit, or null outside git: the day a build describes the archive's
 *             follow-ups as of, unless it is told another (see build/BuildOptions)
 */
public record ContentHistory(Map<String, LocalDate> lastChanged, LocalDate head) {

    public static final ContentHistory UNKNOWN = new ContentHistory(Map.of(), null);

    public ContentHistory {
        lastChanged = Map.copyOf(lastChanged);
    }

    /** Reads the whole history of content/ in one pass: linear in the number of commits and files. */
    public static ContentHistory read(Path project) {
        Map<String, LocalDate> dates = new HashMap<>();
        try {
            Process git = new ProcessBuilder("git", "log", "--format=%x1e%cs", "--name-only", "--", "content")
                    .directory(project.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String log = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return UNKNOWN;
            }
            String prefix = gitPrefix(project);
            for (String commit : log.split("\u001e")) {
                String[] lines = commit.strip().split("\n");
                if (lines.length < 2) {
                    continue;
                }
                LocalDate date = LocalDate.parse(lines[0].strip());
                for (int i = 1; i < lines.length; i++) {
                    String file = lines[i].strip();
                    if (!file.isEmpty() && file.startsWith(prefix)) {
                        // Newest commits come first: the first date seen for a file is its last change.
                        dates.putIfAbsent(file.substring(prefix.length()), date);
                    }
                }
            }
            return new ContentHistory(dates, headDate(project));
        } catch (IOException e) {
            return UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        }
    }

    /** The latest change of any file below this folder (relative to the project), or null. */
    public LocalDate lastChangedBelow(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return lastChanged.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** The committer date of HEAD, or null when there is none (no commits, or no git). */
    private static LocalDate headDate(Path project) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "log", "-1", "--format=%cs").directory(project.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String date = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0 || date.isEmpty()) {
            return null;
        }
        return LocalDate.parse(date);
    }

    /** git names files relative to the repository root, which need not be the project folder. */
    private static String gitPrefix(Path project) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "rev-parse", "--show-prefix").directory(project.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String prefix = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        git.waitFor(10, TimeUnit.SECONDS);
        return prefix;
    }
}
