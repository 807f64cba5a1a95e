package se.medborgarloften.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import se.medborgarloften.diagnostics.SourcePosition;

import java.util.List;

/**
 * A parsed JSON file under content/. Any stage can say on which line a value stands, given its JSON pointer:
 * the file is parsed a second time, keeping the position of every value, the first time a position is asked
 * for. Keeping positions for every file would take several times the memory of the trees themselves, which
 * on a national site is more than the build has, and positions are only needed to report a problem.
 */
public final class JsonSource {

    private static final ObjectMapper READER = new ObjectMapper();

    private final String path;
    private final ContentRole role;
    private final List<String> folder;
    private final String text;
    /** Null once {@link #forgetParsed()} let go of it; parsed again from the text when asked for. */
    private volatile JsonNode tree;
    private JsonNode withPositions;

    /**
     * @param path   relative to the project, e.g. content/areas/rosengard/2024-2025/promise.json
     * @param folder the folder names between the role's root and the file, e.g. ["rosengard", "2024-2025"]
     * @param tree   the parsed text
     */
    public JsonSource(String path, ContentRole role, List<String> folder, String text, JsonNode tree) {
        this.path = path;
        this.role = role;
        this.folder = List.copyOf(folder);
        this.text = text;
        this.tree = tree;
    }

    public String path() {
        return path;
    }

    public ContentRole role() {
        return role;
    }

    public List<String> folder() {
        return folder;
    }

    public String text() {
        return text;
    }

    public JsonNode tree() {
        JsonNode parsed = tree;
        if (parsed != null) {
            return parsed;
        }
        // The text parsed once already, so it parses again; not kept, since the memory is why it was let go.
        try {
            return READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(path + " parsed before and not now", e);
        }
    }

    /**
     * Lets go of the parsed tree and positions, keeping the text. The live preview keeps every file it read
     * for the next build (see ReadCache); kept parsed, a national site's files filled its memory, and a file
     * that has not changed is not checked again, so its tree is seldom needed.
     */
    public synchronized void forgetParsed() {
        tree = null;
        withPositions = null;
    }

    /** The folder name that identifies this file's area, news item or page. */
    public String folderName(int index) {
        return folder.get(index);
    }

    /** The position of the value at this pointer, or of its nearest existing parent. */
    public SourcePosition locate(String pointer) {
        JsonNode positions = withPositions();
        JsonPointer p = JsonPointer.compile(pointer == null || pointer.isEmpty() ? "" : pointer);
        JsonNode node = positions.at(p);
        while (node.isMissingNode() && !p.matches()) {
            p = p.head();
            node = positions.at(p);
        }
        JsonLocation location = JsonNodes.tokenLocationOf(node);
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.UNKNOWN;
        }
        return new SourcePosition(location.getLineNr(), location.getColumnNr());
    }

    private synchronized JsonNode withPositions() {
        if (withPositions == null) {
            // The text parsed once already, so it parses again.
            withPositions = JsonNodes.readTree(READER, text, LocationJsonNodeFactoryFactory.getInstance());
        }
        return withPositions;
    }

    @Override
    public String toString() {
        return path;
    }
}
