package se.medborgarloften.render.jbake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import se.medborgarloften.build.Workers;
import se.medborgarloften.publish.StagingSite;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A JBake rendering tool (META-INF/services/org.jbake.render.RenderingTool) that renders the planned pages
 * in parallel through JBake's template engines. Pages are independent of each other, and JBake's documents
 * renderer renders one at a time, so the store gives that renderer nothing and the pages to this tool.
 *
 * <p>Each page is rendered in memory and handed to the {@link StagingSite}, which writes it only when its
 * bytes changed since the last build: on most disks writing files costs more than rendering them.
 */
public class ParallelPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof PlannedPageStore store)) {
            return 0;
        }
        DelegatingTemplateEngine engine = new DelegatingTemplateEngine(db, config);
        Charset encoding = Charset.forName(config.getRenderEncoding());
        StagingSite output = store.output();
        List<DocumentModel> pages = store.pagesToRender();
        List<String> errors = Workers.run(() -> pages.parallelStream().map(page -> {
            String file = outputFile(page, config);
            try {
                TemplateModel model = new TemplateModel();
                model.setContent(page);
                model.setRenderer(engine);
                output.write(file, render(engine, model, config.getTemplateByDocType(page.getType()), encoding));
                store.markContentAsRendered(page);
                return null;
            } catch (Exception e) {
                return "Failed to render file " + file + ". Cause: " + e.getMessage() + causedBy(e);
            }
        }).filter(Objects::nonNull).sorted().toList());
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return pages.size();
    }

    private static byte[] render(DelegatingTemplateEngine engine, TemplateModel model, String template, Charset encoding)
            throws RenderingException {
        if (encoding.equals(StandardCharsets.UTF_8)) {
            Utf8PageWriter text = new Utf8PageWriter(32 * 1024);
            engine.renderDocument(model, template, text);
            return text.toByteArray();
        }
        StringWriter text = new StringWriter(32 * 1024);
        engine.renderDocument(model, template, text);
        return text.toString().getBytes(encoding);
    }

    /**
     * What a Java method called from the template said when it failed, e.g. that a page of one area refers to
     * another: Freemarker's own message only says to "see the cause exception", which nobody can see.
     */
    private static String causedBy(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (!(cause instanceof freemarker.template.TemplateException) && cause.getMessage() != null) {
                text.append("\nBecause: ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    /** As JBake's renderer names it: the document's URI with the extension its type has in jbake.properties. */
    private static String outputFile(DocumentModel page, JBakeConfiguration config) {
        String uri = page.getUri();
        int dot = uri.lastIndexOf('.');
        String stem = dot > uri.lastIndexOf('/') ? uri.substring(0, dot) : uri;
        return stem + config.getOutputExtensionByDocType(page.getType());
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, (JBakeConfiguration) null);
    }
}
