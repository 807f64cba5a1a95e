package se.medborgarloften.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * How to build: whether warnings count as errors, which day it is (warnings about overdue follow-ups
 * depend on it; the site itself never does), the day the site describes the archive's follow-ups as of, an
 * address to publish at instead of site.json's, and whether this build is the one that goes public, so that its
 * new addresses are added to content/published-urls.txt.
 * Only that build may add them: an address is promised to readers once they could have seen it, and a draft
 * built on an editor's computer or in the preview was never seen, so it must stay free to be deleted.
 *
 * @param keepUnchanged whether files made from unchanged inputs are kept from the build before (see the incremental
 *                      package), or everything is made again
 * @param pagefind Pagefind's command, which indexes the working copy for the search before it is published; null for
 *                 the build's own index (the live preview, a machine without Node)
 * @param asOf the reference date of the pages and downloads (a period is running, or its follow-up is not
 *             published here, as of this day); null for the date of the checked-out commit, so that the same
 *             commit always gives the same site (see {@link SiteBuild})
 */
public record BuildOptions(boolean strict, LocalDate today, LocalDate asOf, String baseUrl, boolean recordPublishedUrls,
                           Consumer<String> progress, boolean keepUnchanged, Path pagefind) {

    private static final Consumer<String> SILENT = stage -> { };

    public BuildOptions(boolean strict, LocalDate today, LocalDate asOf, String baseUrl, boolean recordPublishedUrls) {
        this(strict, today, asOf, baseUrl, recordPublishedUrls, SILENT, true, null);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(false, LocalDate.now(), null, null, false);
    }

    /** Told the name of each stage (see {@link SiteBuild}) as it begins, e.g. to print it (--progress). */
    public BuildOptions withProgress(Consumer<String> value) {
        return new BuildOptions(strict, today, asOf, baseUrl, recordPublishedUrls, value, keepUnchanged, pagefind);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(value, today, asOf, baseUrl, recordPublishedUrls, progress, keepUnchanged, pagefind);
    }

    public BuildOptions withAsOf(LocalDate value) {
        return new BuildOptions(strict, today, value, baseUrl, recordPublishedUrls, progress, keepUnchanged, pagefind);
    }

    public BuildOptions withBaseUrl(String value) {
        return new BuildOptions(strict, today, asOf, value, recordPublishedUrls, progress, keepUnchanged, pagefind);
    }

    public BuildOptions withRecordPublishedUrls(boolean value) {
        return new BuildOptions(strict, today, asOf, baseUrl, value, progress, keepUnchanged, pagefind);
    }

    /**
     * Whether files an earlier build made from the same inputs are kept (the default) or everything is made again
     * (--from-nothing); either way the build records what it made.
     */
    public BuildOptions withKeepUnchanged(boolean value) {
        return new BuildOptions(strict, today, asOf, baseUrl, recordPublishedUrls, progress, value, pagefind);
    }

    /** Indexes the site with this Pagefind before publishing it, instead of writing the build's own index; null: not. */
    public BuildOptions withPagefind(Path value) {
        return new BuildOptions(strict, today, asOf, baseUrl, recordPublishedUrls, progress, keepUnchanged, value);
    }
}
