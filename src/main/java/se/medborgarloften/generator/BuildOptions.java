package se.medborgarloften.generator;

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
 * @param asOf the reference date of the pages and downloads (a period is running, or its follow-up is not
 *             published here, as of this day); null for the date of the checked-out commit, so that the same
 *             commit always gives the same site (see {@link SiteBuild})
 */
public record BuildOptions(boolean strict, LocalDate today, LocalDate asOf, String baseUrl, boolean recordPublishedUrls,
                           Consumer<String> progress) {

    private static final Consumer<String> SILENT = stage -> { };

    public BuildOptions(boolean strict, LocalDate today, LocalDate asOf, String baseUrl, boolean recordPublishedUrls) {
        this(strict, today, asOf, baseUrl, recordPublishedUrls, SILENT);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(false, LocalDate.now(), null, null, false);
    }

    /** Told the name of each stage (see {@link SiteBuild}) as it begins, e.g. to print it (--progress). */
    public BuildOptions withProgress(Consumer<String> value) {
        return new BuildOptions(strict, today, asOf, baseUrl, recordPublishedUrls, value);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(value, today, asOf, baseUrl, recordPublishedUrls, progress);
    }

    public BuildOptions withAsOf(LocalDate value) {
        return new BuildOptions(strict, today, value, baseUrl, recordPublishedUrls, progress);
    }

    public BuildOptions withBaseUrl(String value) {
        return new BuildOptions(strict, today, asOf, value, recordPublishedUrls, progress);
    }

    public BuildOptions withRecordPublishedUrls(boolean value) {
        return new BuildOptions(strict, today, asOf, baseUrl, value, progress);
    }
}
