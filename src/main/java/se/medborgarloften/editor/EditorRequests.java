package se.medborgarloften.editor;

import se.medborgarloften.render.admin.EditorConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.scaffold.Scaffold;
import se.medborgarloften.validate.ContentValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the editor cannot do itself: start a period from the area's latest one, or a follow-up with one entry per
 * commitment. The editor saves a request ({@code {"action": "new-period", "area": "rosengard", "period": "2026"}}) in
 * content/editor-requests/; the live preview's backend carries it out at once, the pull-request check
 * (`apply-editor-requests`) when the editor works on GitHub. Either way the existing scaffolds write the files.
 */
public final class EditorRequests {

    public static final String NEW_PERIOD = EditorConfig.NEW_PERIOD;
    public static final String NEW_FOLLOW_UP = EditorConfig.NEW_FOLLOW_UP;

    private final Path project;
    private final ObjectMapper json = new ObjectMapper();

    public EditorRequests(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /** Carries out one request; returns the file written, relative to the project. */
    public String apply(JsonNode request) {
        String action = request.path("action").asText("");
        String area = request.path("area").asText("");
        String period = request.path("period").asText("");
        if (!action.equals(NEW_PERIOD) && !action.equals(NEW_FOLLOW_UP)) {
            throw new ContentException(Diagnostic.error(EditorConfig.REQUESTS, 0, 0, "",
                    Text.of("editor.request.unknown", action), Text.of("scaffold.hint")));
        }
        Scaffold scaffold = new Scaffold(project, new ContentValidator(project).validate(new ContentLoader(project).load()));
        Path written = action.equals(NEW_PERIOD) ? scaffold.newPeriod(area, period) : scaffold.newFollowUp(area, period);
        return project.relativize(written.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Carries out every request saved in content/editor-requests/ and deletes them; returns the files written. */
    public List<String> applyAll() {
        Path folder = project.resolve(EditorConfig.REQUESTS);
        List<String> written = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return written;
        }
        // Taken out of content/ first: the scaffolds load the content, of which a request is no part.
        List<JsonNode> requests = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                requests.add(json.readTree(file.toFile()));
                Files.delete(file);
            }
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode request : requests) {
            written.add(apply(request));
        }
        return written;
    }
}
