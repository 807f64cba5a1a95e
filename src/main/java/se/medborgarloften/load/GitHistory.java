package se.medborgarloften.load;

import se.medborgarloften.model.ContentHistory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Reads when each content file last changed from git: the committed state, so one commit always gives the same dates. */
public final class GitHistory {

    private GitHistory() {
    }

    /** Reads the whole history of content/ in one pass: linear in the number of commits and files. */
    public static ContentHistory read(Path project) {
        Map<String, LocalDate> dates = new HashMap<>();
        try {
            Process git = new ProcessBuilder("git", "log", "--format=%x1e%cs", "--name-only", "--", "content")
                    .directory(project.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String log = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return ContentHistory.UNKNOWN;
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
            return ContentHistory.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ContentHistory.UNKNOWN;
        }
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
