package se.medborgarloften.render.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import se.medborgarloften.publish.StagingSite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JBake content store that serves the planned pages from memory. JBake's own store answers every query
 * from its database, once per rendered page, which makes rendering grow with the square of the page count;
 * the pages are already known, so they are held here instead. JBake still starts its (in-memory) database,
 * because {@link org.jbake.app.Oven} needs it for its own bookkeeping.
 */
final class PlannedPageStore extends ContentStore {

    private final List<DocumentModel> documents;
    private final Map<String, List<DocumentModel>> byType = new LinkedHashMap<>();
    private final Set<DocumentModel> rendered = ConcurrentHashMap.newKeySet();
    private final StagingSite output;

    PlannedPageStore(String type, String name, List<DocumentModel> documents, StagingSite output) {
        super(type, name);
        this.documents = List.copyOf(documents);
        this.output = output;
        for (DocumentModel document : documents) {
            byType.computeIfAbsent(document.getType(), t -> new java.util.ArrayList<>()).add(document);
        }
    }

    /**
     * Nothing, for JBake's own documents renderer, which renders one page at a time: the planned pages are
     * rendered by {@link ParallelPagesRenderer}, whatever order the rendering tools are loaded in.
     */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    /** Where the pages are written. */
    StagingSite output() {
        return output;
    }

    /** The planned pages not yet rendered. */
    List<DocumentModel> pagesToRender() {
        return documents.stream().filter(d -> !rendered.contains(d)).toList();
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
        rendered.add(document);
    }

    private static DocumentList<DocumentModel> list(List<DocumentModel> documents) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(documents);
        return list;
    }
}
