package se.medborgarloften.publish;

import se.medborgarloften.support.WholeFiles;
import se.medborgarloften.model.PublishedUrls;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.plan.SitePlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Adds the addresses a successful build published to content/published-urls.txt, so that later builds
 * keep them. Only ever adds; commit the file when a build changes it.
 */
public final class PublishedUrlRecord {

    private static final String HEADER = """
            # Every address this site has published, kept by the build; commit this file when it changes.
            # An address listed here must stay a page, or be redirected in content/redirects.json.
            # A comparison of two periods (…/jamfor/A/B/, …/compare/A/B/) leads on by itself: see README.md.
            """;

    private final Path file;

    public PublishedUrlRecord(Path project) {
        this.file = project.resolve(PublishedUrls.PATH);
    }

    /** @return whether the file changed */
    public boolean update(PublishedUrls before, SitePlan plan) {
        TreeSet<String> urls = new TreeSet<>(before.urls());
        plan.pages().stream().filter(PlannedPage::permanent).map(PlannedPage::path)
                .filter(path -> !path.isEmpty()).forEach(urls::add);
        String text = HEADER + String.join("\n", urls) + "\n";
        try {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                return false;
            }
            WholeFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
