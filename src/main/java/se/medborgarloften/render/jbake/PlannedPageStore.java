package se.medborgarloften.render.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JBake content store that serves the planned pages from memory. JBake's own store answers every query
 * from its database, once per rendered page, which makes rendering grow with the square of the page count;
 * the pages are already known, so they are held here instead. JBake still starts its (in-memory) database,
 * because {@link org.jbake.app.Oven} needs it for its own bookkeeping.
 */
final class PlannedPageStore extends ContentStore {

    private final List<DocumentModel> documents;
    private final Map<String, List<DocumentModel>> byType = new LinkedHashMap<>();

    PlannedPageStore(String type, String name, List<DocumentModel> documents) {
        super(type, name);
        this.documents = List.copyOf(documents);
        for (DocumentModel document : documents) {
            byType.computeIfAbsent(document.getType(), t -> new java.util.ArrayList<>()).add(document);
        }
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return list(documents);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return list(byType.getOrDefault(docType, List.of()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return getAllContent(docType);
    }

    @Override
    public long getDocumentCount(String docType) {
        return byType.getOrDefault(docType, List.of()).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getDocumentCount(docType);
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        // Every planned page is rendered exactly once per build; there is nothing to remember.
    }

    private static DocumentList<DocumentModel> list(List<DocumentModel> documents) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(documents);
        return list;
    }
}
