package se.medborgarloften.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The same synthetic promises built with Antora 3.1 (npm), for the ratio of the two builds' times in one run:
 * one Antora page per promise period and language, its AsciiDoc the period's promise.sv.adoc or promise.en.adoc
 * under a title. Antora reads its pages from a git repository, so the component is committed first (not timed);
 * its UI is a minimal local bundle (a layout that places the page's HTML), since the default UI is downloaded from
 * GitLab, which this machine cannot reach, and a fuller UI would only make Antora slower. Antora is installed
 * into target/benchmark/antora-tool with npm (not timed).
 */
final class AntoraSideBySide {

    static final String VERSION = "3.1.15";

    private AntoraSideBySide() {
    }

    /** Whether npm is here to install Antora. */
    static boolean available(Path project) {
        Path tool = project.resolve("target/benchmark/antora-tool");
        if (Files.isExecutable(tool.resolve("node_modules/.bin/antora"))) {
            return true;
        }
        try {
            Files.createDirectories(tool);
            return SearchTransfer.run(tool, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
                    "--prefix", tool.toString(), "antora@" + VERSION) == 0
                    && Files.isExecutable(tool.resolve("node_modules/.bin/antora"));
        } catch (IOException noNpm) {
            return false;
        }
    }

    /** Writes the Antora project for a synthetic project's promises into work; the number of pages. */
    static int prepare(Path root, Path work) throws IOException {
        Path pages = work.resolve("docs/modules/ROOT/pages");
        Files.createDirectories(pages);
        Files.writeString(work.resolve("docs/antora.yml"), "name: medborgarloften\nversion: ~\ntitle: Medborgarlöften\n");
        int count = 0;
        List<Path> texts;
        try (Stream<Path> files = Files.walk(root.resolve("content/areas"))) {
            texts = files.filter(f -> f.getFileName().toString().matches("promise\\.(sv|en)\\.adoc")).sorted().toList();
        }
        for (Path text : texts) {
            String period = text.getParent().getFileName().toString();
            String area = text.getParent().getParent().getFileName().toString();
            String language = text.getFileName().toString().substring("promise.".length(), "promise.".length() + 2);
            Path page = pages.resolve(area).resolve(period + "-" + language + ".adoc");
            Files.createDirectories(page.getParent());
            Files.writeString(page, "= " + area + " " + period + "\n:lang: " + language + "\n\n" + Files.readString(text));
            count++;
        }
        Path docs = work.resolve("docs");
        git(docs, "init", "-q");
        git(docs, "add", "-A");
        git(docs, "-c", "user.email=benchmark@example.org", "-c", "user.name=benchmark", "commit", "-q", "-m", "pages");
        try (OutputStream file = Files.newOutputStream(work.resolve("ui.zip")); ZipOutputStream zip = new ZipOutputStream(file)) {
            String layout = "<!DOCTYPE html><html lang=\"{{page.attributes.lang}}\"><head><meta charset=\"utf-8\"><title>{{page.title}}</title>"
                    + "<link rel=\"stylesheet\" href=\"{{uiRootPath}}/css/site.css\"></head><body><main>{{{page.contents}}}</main></body></html>\n";
            for (String name : List.of("layouts/default.hbs", "layouts/404.hbs")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(layout.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("css/site.css"));
            zip.write("body { font-family: sans-serif; }\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.writeString(work.resolve("playbook.yml"), """
                site:
                  title: Medborgarlöften
                content:
                  sources:
                  - url: ./docs
                    branches: HEAD
                ui:
                  bundle:
                    url: ./ui.zip
                output:
                  dir: ./out
                runtime:
                  quiet: true
                """);
        return count;
    }

    /** Builds the prepared project from nothing (no output folder); the wall time in seconds. */
    static double build(Path project, Path work) throws IOException {
        se.medborgarloften.TestProjects.deleteTree(work.resolve("out"));
        long start = System.nanoTime();
        int exit = SearchTransfer.run(work, project.resolve("target/benchmark/antora-tool/node_modules/.bin/antora").toString(),
                "playbook.yml");
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("antora failed (exit " + exit + ")");
        }
        return seconds;
    }

    private static void git(Path folder, String... arguments) throws IOException {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        if (SearchTransfer.run(folder, command) != 0) {
            throw new IllegalStateException("git " + String.join(" ", arguments) + " failed");
        }
    }
}
