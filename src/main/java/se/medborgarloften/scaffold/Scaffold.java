package se.medborgarloften.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.support.CanonicalJson;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes new content files, starting from the validated content of the project. */
public final class Scaffold {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path project;
    private final SiteContent content;
    private final ObjectMapper json = new ObjectMapper();

    public Scaffold(Path project, SiteContent content) {
        this.project = project;
        this.content = content;
    }

    /** content/areas/&lt;id&gt;/area.json; the name is used in every language until translated. */
    public Path newArea(String id, String name, String localPoliceArea, String municipality, String city) {
        requireId(id);
        requireOrganisation(localPoliceArea);
        requireOrganisation(municipality);
        Path file = project.resolve("content/areas").resolve(id).resolve("area.json");
        requireAbsent(file);
        ObjectNode area = json.createObjectNode();
        area.put("$schema", "../../../schema/area.schema.json");
        area.put("id", id);
        area.set("name", everyLanguage(name));
        area.set("city", everyLanguage(city));
        area.put("municipality", municipality);
        area.put("localPoliceArea", localPoliceArea);
        return write(file, area);
    }

    /**
     * content/areas/&lt;area&gt;/&lt;period&gt;/promise.json, a copy of the area's latest period with the new
     * dates: the same problems and commitments under the same ids, without what belongs to the old period
     * (publication, signing, basis, signatories, quotes, sources, notes, planned follow-up).
     */
    public Path newPeriod(String areaId, String periodId) {
        AreaHistory area = content.area(areaId).orElseThrow(() -> error(Text.of("scaffold.noArea", areaId)));
        Matcher m = PERIOD.matcher(periodId);
        if (!m.matches() || (m.group(2) != null && m.group(2).compareTo(m.group(1)) <= 0)) {
            throw error(Text.of("scaffold.badPeriod", periodId));
        }
        Path file = project.resolve("content/areas").resolve(areaId).resolve(periodId).resolve("promise.json");
        requireAbsent(file);
        ObjectNode promise;
        if (area.latest().isPresent()) {
            PromisePeriod latest = area.latest().get();
            promise = (ObjectNode) read(project.resolve(latest.sourceFile()));
            for (String stale : new String[] {"published", "signing", "basis", "signatories", "quotes", "sourceDifferences",
                    "notes", "followUpPlan", "pendingTranslations", "editorsNotes"}) {
                promise.remove(stale);
            }
            // Where the old period's source says an item is no evidence for the new period, which has a source of
            // its own to quote, and neither is what the editors inferred about the old one.
            promise.findParents("passages").forEach(item -> ((ObjectNode) item).remove("passages"));
            promise.findParents("editorsNote").forEach(item -> ((ObjectNode) item).remove("editorsNote"));
        } else {
            promise = json.createObjectNode();
            promise.put("$schema", "../../../../schema/promise.schema.json");
            ObjectNode title = json.createObjectNode();
            title.put("sv", "Medborgarlöfte " + periodId);
            title.put("en", "Citizen promise " + periodId);
            promise.set("title", title);
            promise.putArray("parties").add(area.area().localPoliceArea()).add(area.area().municipality());
            promise.put("localPoliceArea", area.area().localPoliceArea());
        }
        ObjectNode period = json.createObjectNode();
        period.put("start", m.group(1));
        period.put("end", m.group(2) == null ? m.group(1) : m.group(2));
        promise.set("period", period);
        promise.set("sources", json.createArrayNode());
        return write(file, reorder(promise));
    }

    /** follow-up.json for a period: every commitment "not-followed-up" until someone records its outcome. */
    public Path newFollowUp(String areaId, String periodId) {
        PromisePeriod period = content.period(areaId, periodId)
                .orElseThrow(() -> error(Text.of("scaffold.noPeriod", areaId + "/" + periodId)));
        Path file = project.resolve(period.sourceFile()).resolveSibling("follow-up.json");
        requireAbsent(file);
        ObjectNode followUp = json.createObjectNode();
        followUp.put("$schema", "../../../../schema/follow-up.schema.json");
        followUp.putArray("by").add(period.promise().localPoliceArea());
        ArrayNode entries = followUp.putArray("entries");
        for (Promise.Commitment c : period.promise().commitments()) {
            entries.addObject().put("commitment", c.id()).put("status", "not-followed-up");
        }
        followUp.putArray("findings");
        followUp.putArray("sources");
        return write(file, followUp);
    }

    /** "$schema" first and "period" after "title", as in the files people write by hand. */
    private ObjectNode reorder(ObjectNode promise) {
        ObjectNode ordered = json.createObjectNode();
        for (String first : new String[] {"$schema", "title", "focus", "period"}) {
            if (promise.has(first)) {
                ordered.set(first, promise.get(first));
            }
        }
        promise.fields().forEachRemaining(f -> {
            if (!ordered.has(f.getKey())) {
                ordered.set(f.getKey(), f.getValue());
            }
        });
        return ordered;
    }

    private ObjectNode everyLanguage(String text) {
        ObjectNode node = json.createObjectNode();
        content.site().languages().forEach(l -> node.put(l.code(), text));
        return node;
    }

    private void requireId(String id) {
        if (!ID.matcher(id).matches()) {
            throw error(Text.of("scaffold.badId", id));
        }
    }

    private void requireOrganisation(String id) {
        if (!content.organisationsById().containsKey(id)) {
            throw error(Text.of("reference.organisation", id));
        }
    }

    private void requireAbsent(Path file) {
        if (Files.exists(file)) {
            throw error(Text.of("scaffold.exists", project.relativize(file)));
        }
    }

    private JsonNode read(Path file) {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(Path file, JsonNode node) {
        try {
            Files.createDirectories(file.getParent());
            // The content's layout, so that the editor (and a diff) can change these files line by line.
            Files.writeString(file, CanonicalJson.write(node), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ContentException error(Text message) {
        return new ContentException(Diagnostic.error("content", 0, 0, "", message, Text.of("scaffold.hint")));
    }
}
