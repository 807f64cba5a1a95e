package se.medborgarloften.render.jbake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import se.medborgarloften.support.Workers;
import se.medborgarloften.output.StagingSite;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A JBake rendering tool (META-INF/services/org.jbake.render.RenderingTool) that renders the planned pages
 * in parallel through JBake's template engines. Pages are independent of each other, and JBake's documents
 * renderer renders one at a time, so the store gives that renderer nothing and the pages to this tool.
 *
 * <p>Each page is rendered in memory, as UTF-8 bytes ({@link Utf8PageWriter}), and handed to the
 * {@link StagingSite}, which writes it only when its bytes changed since the last build: on most disks
 * writing files costs more than rendering them.
 */
public class ParallelPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof PlannedPageStore store)) {
            return 0;
        }
        // Every template declares <meta charset="utf-8"> (or encoding="UTF-8"), so pages are written as UTF-8;
        // another render.encoding in jbake.properties would make every page lie about its bytes.
        String encoding = config.getRenderEncoding();
        if (!Charset.isSupported(encoding) || !Charset.forName(encoding).equals(StandardCharsets.UTF_8)) {
            throw new RenderingException("render.encoding in jbake.properties is " + encoding
                    + "; the templates declare UTF-8, so it must be UTF-8.");
        }
        PageTemplates templates = new PageTemplates(db, config);
        StagingSite output = store.output();
        List<DocumentModel> pages = store.pagesToRender();
        List<String> errors = Workers.run(() -> pages.parallelStream().map(page -> {
            String file = templates.outputFile(page);
            byte[] bytes;
            try {
                bytes = templates.render(page);
            } catch (Exception e) {
                return failure(file, e);
            }
            // A page that cannot be written (a full disk) is not the template's problem: thrown as it is.
            output.write(file, bytes);
            store.markContentAsRendered(page);
            return null;
        }).filter(Objects::nonNull).sorted().toList());
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return pages.size();
    }

    /** JBake's message for a page that failed, with the reason a method called from the template gave. */
    static String failure(String file, Exception e) {
        return "Failed to render file " + file + ". Cause: " + e.getMessage() + causedBy(e);
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

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, (JBakeConfiguration) null);
    }
}
