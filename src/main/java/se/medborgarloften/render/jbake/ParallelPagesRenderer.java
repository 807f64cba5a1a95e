package se.medborgarloften.render.jbake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import se.medborgarloften.build.Workers;

import java.io.File;
import java.util.List;
import java.util.Objects;

/**
 * A JBake rendering tool (META-INF/services/org.jbake.render.RenderingTool) that renders the planned
 * pages in parallel with JBake's own {@link Renderer}. Pages are independent of each other, and JBake's
 * documents renderer renders one at a time, so the store gives that renderer nothing and the pages to this tool.
 */
public class ParallelPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof PlannedPageStore store)) {
            return 0;
        }
        List<DocumentModel> pages = store.pagesToRender();
        List<String> errors = Workers.run(() -> pages.parallelStream().map(page -> {
            try {
                renderer.render(page);
                store.markContentAsRendered(page);
                return null;
            } catch (Exception e) {
                return e.getMessage();
            }
        }).filter(Objects::nonNull).sorted().toList());
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return pages.size();
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, (JBakeConfiguration) null);
    }
}
