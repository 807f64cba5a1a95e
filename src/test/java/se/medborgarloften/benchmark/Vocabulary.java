package se.medborgarloften.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words of one language of the real content, each as often as the real promises, follow-ups and pages use it.
 * Synthetic texts drawn from it share the real texts' word frequencies: a word like "polisen" is on nearly every
 * page and a topic such as "nedskräpning" on some, which is what a search index of a national site holds. (Drawn
 * from twenty words, every word was on every page, many times over, and each query read the whole index.)
 */
record Vocabulary(List<String> words, int[] cumulative) {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BYTES_PER_WORD = 9;

    /** The vocabulary of a language ("sv", "en") in the real project's content/. */
    static Vocabulary of(Path realProject, String language) {
        Map<String, Integer> counts = new TreeMap<>();
        Path content = realProject.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("." + language + ".adoc")) {
                    count(Files.readString(file), counts);
                } else if (name.endsWith(".json")) {
                    texts(JSON.readTree(file.toFile()), language, counts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> words = new ArrayList<>(counts.keySet());
        int[] cumulative = new int[words.size()];
        int total = 0;
        for (int i = 0; i < words.size(); i++) {
            total += counts.get(words.get(i));
            cumulative[i] = total;
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("no " + language + " text in " + content);
        }
        return new Vocabulary(List.copyOf(words), cumulative);
    }

    /** Every text of this language in a JSON tree: the values of its "sv" or "en" keys. */
    private static void texts(JsonNode node, String language, Map<String, Integer> counts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals(language) && field.getValue().isTextual()) {
                    count(field.getValue().asText(), counts);
                } else {
                    texts(field.getValue(), language, counts);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> texts(child, language, counts));
        }
    }

    private static void count(String text, Map<String, Integer> counts) {
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            counts.merge(words.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }

    /** One word, as likely as its share of the real texts. */
    String word(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextInt(cumulative[cumulative.length - 1]) + 1);
        return words.get(at >= 0 ? at : -at - 1);
    }

    /**
     * A sentence as long as {@code count} words were when the synthetic texts drew on twenty long topic words (about
     * ten bytes a word with its space), so that the content, and the site, weigh what they did; real texts use
     * shorter words more often. The first word capitalised, ending with a full stop.
     */
    String sentence(Random random, int count) {
        int length = count * BYTES_PER_WORD;
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            String word = word(random);
            s.append(s.isEmpty() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.append('.').toString();
    }
}
