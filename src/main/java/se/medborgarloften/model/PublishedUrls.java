package se.medborgarloften.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * content/published-urls.txt: every address the site has ever published, one per line. The build adds new
 * addresses after a successful build, and refuses to drop one unless content/redirects.json says where it
 * now leads, so that links from news sites, council papers and research stay valid forever.
 *
 * @param lines the line each address stands on, for error messages
 */
public record PublishedUrls(String path, Map<String, Integer> lines) {

    public static final String FILE_NAME = "published-urls.txt";
    public static final String PATH = "content/" + FILE_NAME;

    public PublishedUrls {
        lines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    public static PublishedUrls none() {
        return new PublishedUrls(PATH, Map.of());
    }

    public static PublishedUrls parse(String path, String text) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (!row.isEmpty() && !row.startsWith("#")) {
                lines.putIfAbsent(row, i + 1);
            }
        }
        return new PublishedUrls(path, lines);
    }

    public List<String> urls() {
        return List.copyOf(lines.keySet());
    }
}
