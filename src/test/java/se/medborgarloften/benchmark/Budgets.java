package se.medborgarloften.benchmark;

import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The budgets of the issue "All of Sweden", printed by the benchmark for the site as published (indexed by
 * Pagefind before publishing): the whole site's size and files with the open data and the index, the
 * heaviest HTML page with the CSS it loads, what one search transfers in a real browser, and the same AsciiDoc
 * built by Antora side by side. Peak memory is the build's own line ("Peak memory (RSS)").
 */
final class Budgets {

    static final long PAGE = 100 * 1024;
    static final long SEARCH = 300 * 1024;
    static final long SITE_BYTES = 500L * 1024 * 1024;
    static final long SITE_FILES = 200_000;

    private Budgets() {
    }

    /**
     * @param site the site as published, indexed by Pagefind where Node is installed
     * @param published the seconds the build as published took (from nothing, Pagefind's index included); 0 if not run
     */
    static void report(Path project, Path root, Path site, double coldBuild, double published) throws IOException, InterruptedException {
        System.out.println("  budgets:");
        boolean pagefind = published > 0;
        if (!pagefind) {
            System.out.println("    search index: not written by Pagefind (install Debian's nodejs and npm); the build's own index counted");
        }
        long bytes = 0;
        long files = 0;
        long css = Files.size(site.resolve("css/site.css"));
        long heaviest = 0;
        String heaviestPage = "";
        try (Stream<Path> all = Files.walk(site, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                long size = Files.size(file);
                bytes += size;
                files++;
                if (file.toString().endsWith(".html") && size + css > heaviest) {
                    heaviest = size + css;
                    heaviestPage = site.relativize(file).toString();
                }
            }
        }
        System.out.printf("    whole site: %.0f MB in %,d files (budget %d MB and %,d files): %s%n", bytes / 1e6, files,
                SITE_BYTES / 1024 / 1024, SITE_FILES, bytes <= SITE_BYTES && files <= SITE_FILES ? "met" : "NOT MET");
        System.out.printf("    heaviest page with its CSS: %s, %.1f KB (budget %d KB): %s%n", heaviestPage, heaviest / 1024.0,
                PAGE / 1024, heaviest <= PAGE ? "met" : "NOT MET");
        if (pagefind && SearchTransfer.browserInstalled()) {
            try (SearchTransfer search = new SearchTransfer(site)) {
                for (String query : List.of("sv/sok/?q=Centrum", "sv/sok/?q=nedskr%C3%A4pningen+trafik", "en/search/?q=Centrum",
                        "sv/sok/?q=polisen")) {
                    SearchTransfer.Result result = search.query(query);
                    System.out.printf("    search %s: %d results shown, %.1f KB transferred (budget %d KB): %s%n", query,
                            result.titles().size(), result.bytes() / 1024.0, SEARCH / 1024,
                            result.pagefind() && result.bytes() <= SEARCH ? "met" : "NOT MET");
                }
            }
        } else {
            System.out.println("    search transfer: not measured (needs Pagefind and Debian's chromium and chromium-driver)");
        }
        if (AntoraSideBySide.available(project)) {
            Path work = root.resolveSibling(root.getFileName() + "-antora");
            TestProjects.deleteTree(work);
            int pages = AntoraSideBySide.prepare(root, work);
            double antora = AntoraSideBySide.build(project, work);
            System.out.printf("    Antora %s, the same promises' AsciiDoc as %,d pages, from nothing: %.1f s; this site from nothing"
                    + " %.1f s = %.2f x Antora's time%n", AntoraSideBySide.VERSION, pages, antora, coldBuild, coldBuild / antora);
            if (pagefind) {
                System.out.printf("    as published, with Pagefind's index: %.1f s = %.2f x Antora's time%n", published, published / antora);
            }
            TestProjects.deleteTree(work);
        } else {
            System.out.println("    Antora: not run (install Debian's npm)");
        }
    }
}
