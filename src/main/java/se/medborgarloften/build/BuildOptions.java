package se.medborgarloften.build;

import java.time.LocalDate;

/**
 * How to build: whether warnings count as errors, which day it is (warnings about overdue follow-ups
 * depend on it; the site itself never does), and an address to publish at instead of site.json's.
 */
public record BuildOptions(boolean strict, LocalDate today, String baseUrl) {

    public static BuildOptions defaults() {
        return new BuildOptions(false, LocalDate.now(), null);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(value, today, baseUrl);
    }

    public BuildOptions withBaseUrl(String value) {
        return new BuildOptions(strict, today, value);
    }
}
