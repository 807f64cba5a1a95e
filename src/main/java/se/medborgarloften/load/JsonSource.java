package se.medborgarloften.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;
import se.medborgarloften.diagnostics.SourcePosition;

/**
 * A parsed JSON file under content/. Its tree keeps source locations, so any later stage can say on which
 * line a value stands, given its JSON pointer.
 *
 * @param path   relative to the project, e.g. content/areas/rosengard/2024-2025/promise.json
 * @param folder the folder names between the role's root and the file, e.g. ["rosengard", "2024-2025"]
 */
public record JsonSource(String path, ContentRole role, java.util.List<String> folder, String text, JsonNode tree) {

    /** The position of the value at this pointer, or of its nearest existing parent. */
    public SourcePosition locate(String pointer) {
        JsonPointer p = JsonPointer.compile(pointer == null || pointer.isEmpty() ? "" : pointer);
        JsonNode node = tree.at(p);
        while (node.isMissingNode() && !p.matches()) {
            p = p.head();
            node = tree.at(p);
        }
        return positionOf(node);
    }

    public static SourcePosition positionOf(JsonNode node) {
        JsonLocation location = node == null ? null : JsonNodes.tokenLocationOf(node);
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.UNKNOWN;
        }
        return new SourcePosition(location.getLineNr(), location.getColumnNr());
    }

    /** The folder name that identifies this file's area, news item or page. */
    public String folderName(int index) {
        return folder.get(index);
    }
}
