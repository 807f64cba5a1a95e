package se.medborgarloften.render.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import se.medborgarloften.output.StagingSite;

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

    private List<DocumentModel> documents = List.of();
    private final Map<String, List<DocumentModel>> byType = new LinkedHashMap<>();
    private final Set<DocumentModel> rendered = ConcurrentHashMap.newKeySet();
    private StagingSite output;
    private boolean started;
    private final KeptTemplates templates = new KeptTemplates();

    PlannedPageStore(String type, String name) {
        super(type, name);
    }

    /** The pages of the next bake and where they go. */
    void prepare(List<DocumentModel> pages, StagingSite destination) {
        documents = List.copyOf(pages);
        byType.clear();
        rendered.clear();
        for (DocumentModel document : documents) {
            byType.computeIfAbsent(document.getType(), t -> new java.util.ArrayList<>()).add(document);
        }
        output = destination;
    }

    /**
     * JBake's database takes about half a second to start, so it starts with the first bake and stays up
     * for the next (see {@link #close()}). It belongs to the thread that uses it, so a later bake,
     * perhaps on another thread, takes it over with a query, as JBake's own queries do.
     */
    @Override
    public void startup() {
        if (!started) {
            super.startup();
            started = true;
        } else {
            super.getDocumentCount(getClass().getSimpleName());
        }
    }

    /** JBake closes its store after every bake; this one stays open until {@link #stop()}. */
    @Override
    public void close() {
        // See stop().
    }

    void stop() {
        if (started) {
            super.getDocumentCount(getClass().getSimpleName());
            super.close();
            started = false;
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

    /** The template engine's configuration, kept from one bake to the next while the templates are the same. */
    KeptTemplates templates() {
        return templates;
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
