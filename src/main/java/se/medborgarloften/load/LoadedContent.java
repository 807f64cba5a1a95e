package se.medborgarloften.load;

import java.util.List;

/**
 * Everything read from disk: the JSON files, the AsciiDoc files, the UI message bundles and the list of
 * addresses published so far, and when each file last changed.
 */
public record LoadedContent(List<JsonSource> json, List<ProseSource> prose, List<MessageBundle> messageBundles,
                            PublishedUrls publishedUrls, ContentHistory history) {

    public LoadedContent {
        json = List.copyOf(json);
        prose = List.copyOf(prose);
        messageBundles = List.copyOf(messageBundles);
    }

    public List<JsonSource> withRole(ContentRole role) {
        return json.stream().filter(s -> s.role() == role).toList();
    }
}
