package se.medborgarloften.render.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Renders a page through JBake's template engines, with the template its type has in jbake.properties, into
 * UTF-8 bytes ({@link Utf8PageWriter}). Safe for many threads, as JBake's engines are.
 */
final class PageTemplates {

    private final DelegatingTemplateEngine engine;
    private final JBakeConfiguration config;
    /**
     * One buffer per rendering thread, grown to the largest page it rendered, rather than a new buffer per page,
     * doubled for longer ones, which was much of what a build allocated.
     */
    private final ThreadLocal<Utf8PageWriter> buffers = ThreadLocal.withInitial(() -> new Utf8PageWriter(32 * 1024));

    PageTemplates(ContentStore db, JBakeConfiguration config) {
        this.engine = new DelegatingTemplateEngine(db, config);
        this.config = config;
    }

    byte[] render(DocumentModel page) throws RenderingException {
        TemplateModel model = new TemplateModel();
        model.setContent(page);
        model.setRenderer(engine);
        Utf8PageWriter text = buffers.get();
        text.clear();
        engine.renderDocument(model, config.getTemplateByDocType(page.getType()), text);
        return text.toByteArray();
    }

    /** As JBake's renderer names it: the document's URI with the extension its type has in jbake.properties. */
    String outputFile(DocumentModel page) {
        String uri = page.getUri();
        int dot = uri.lastIndexOf('.');
        String stem = dot > uri.lastIndexOf('/') ? uri.substring(0, dot) : uri;
        return stem + config.getOutputExtensionByDocType(page.getType());
    }
}
