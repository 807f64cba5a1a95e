package se.medborgarloften.feature.badinput;

import org.junit.jupiter.api.Test;
import se.medborgarloften.diagnostics.Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message the build can show exists in Swedish and English and formats without error. */
class DiagnosticTextsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("Text\\.of\\(\"([a-zA-Z.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyUsedInTheCode() throws IOException {
        Set<String> sv = keys("diagnostics_sv.properties");
        Set<String> en = keys("diagnostics_en.properties");
        assertEquals(sv, en);
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 60, "keys found in the code: " + used.size());
        used.removeIf(k -> k.endsWith(".") );
        for (String key : used) {
            assertTrue(sv.contains(key), "no Swedish text for " + key);
        }
    }

    @Test
    void everyMessageFormatsInBothLanguages() throws IOException {
        for (String key : keys("diagnostics_sv.properties")) {
            for (String language : new String[] {"sv", "en"}) {
                String text = Text.of(key, 1, 2, 3, 4).in(language);
                assertFalse(text.isBlank(), key);
                assertFalse(text.contains("{0}") || text.contains("{1}"), key + " left a placeholder: " + text);
            }
        }
        assertEquals("fel", Text.of("severity.error").in("sv"));
        assertEquals("The field \"end\" is missing.", Text.of("schema.required", "end").in("en"));
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DiagnosticTextsTest.class.getResourceAsStream("/" + bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
