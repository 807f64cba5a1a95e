package se.medborgarloften.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * When each content file last changed, from the git history (read by load/GitHistory): the committed state, so the same commit
 * always gives the same dates. Outside a git checkout (or without git) no dates are known, and pages
 * say so rather than guess.
 *
 * @param head the date of the checked-out commit, or null outside git: the day a build describes the archive's
 *             follow-ups as of, unless it is told another (see generator/BuildOptions)
 */
public record ContentHistory(Map<String, LocalDate> lastChanged, LocalDate head) {

    public static final ContentHistory UNKNOWN = new ContentHistory(Map.of(), null);

    public ContentHistory {
        lastChanged = Map.copyOf(lastChanged);
    }

    /** The latest change of any file below this folder (relative to the project), or null. */
    public LocalDate lastChangedBelow(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return lastChanged.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .max(LocalDate::compareTo).orElse(null);
    }
}
