package se.medborgarloften.build;

import java.time.LocalDate;

/**
 * How to build: whether warnings count as errors, which day it is (warnings about overdue follow-ups
 * depend on it; the site itself never does), an address to publish at instead of site.json's, and whether
 * this build is the one that goes public, so that its new addresses are added to content/published-urls.txt.
 * Only that build may add them: an address is promised to readers once they could have seen it, and a draft
 * built on an editor's computer or in the preview was never seen, so it must stay free to be deleted.
 */
public record BuildOptions(boolean strict, LocalDate today, String baseUrl, boolean recordPublishedUrls) {

    public static BuildOptions defaults() {
        return new BuildOptions(false, LocalDate.now(), null, false);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(value, today, baseUrl, recordPublishedUrls);
    }

    public BuildOptions withBaseUrl(String value) {
        return new BuildOptions(strict, today, value, recordPublishedUrls);
    }

    public BuildOptions withRecordPublishedUrls(boolean value) {
        return new BuildOptions(strict, today, baseUrl, value);
    }
}
