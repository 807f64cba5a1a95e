package se.medborgarloften.load;

import se.medborgarloften.model.PublishedUrls;
import se.medborgarloften.model.ContentHistory;
import se.medborgarloften.model.MessageBundle;
import se.medborgarloften.model.ArchivedSource;

import java.util.List;

/**
 * Everything read from disk: the JSON files, the AsciiDoc files, the UI message bundles and the list of
 * addresses published so far, the archived texts of the sources, and when each file last changed.
 */
public record LoadedContent(List<JsonSource> json, List<ProseSource> prose, List<MessageBundle> messageBundles,
                            PublishedUrls publishedUrls, List<ArchivedSource> sources, ContentHistory history) {

    public LoadedContent {
        json = List.copyOf(json);
        prose = List.copyOf(prose);
        messageBundles = List.copyOf(messageBundles);
        sources = List.copyOf(sources);
    }

    public List<JsonSource> withRole(ContentRole role) {
        return json.stream().filter(s -> s.role() == role).toList();
    }
}
