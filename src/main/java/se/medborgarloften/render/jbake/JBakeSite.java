package se.medborgarloften.render.jbake;

import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.publish.StagingSite;
import se.medborgarloften.render.PageContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bakes planned pages with JBake: JBake's {@link Oven} and {@link Renderer} with the project's
 * jbake.properties, templates/ and assets/, and this project's utensils plugged in.
 */
public final class JBakeSite implements AutoCloseable {

    /** The key under which a template finds its {@link PageContext}: {@code content.page}. */
    public static final String PAGE = "page";

    /** OrientDB, which JBake starts, reports its memory auto-configuration at INFO on every build. */
    private static final Logger ORIENT_LOG = Logger.getLogger("com.orientechnologies");

    static {
        ORIENT_LOG.setLevel(Level.SEVERE);
    }

    private final Path project;
    /** JBake's store, with its database, kept from one bake to the next; started by the first bake. */
    private PlannedPageStore store;

    public JBakeSite(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /**
     * Renders every page into the destination folder and copies the assets there.
     *
     * @return JBake's errors; empty when every page was rendered
     */
    public List<String> bake(Map<PlannedPage, PageContext> pages, StagingSite destination) {
        DefaultJBakeConfiguration loaded = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), destination.root().toFile(), true);
        SiteConfiguration config = new SiteConfiguration(loaded.getSourceFolder(), loaded.getCompositeConfiguration(),
                destination.root().toFile());
        List<DocumentModel> documents = new ArrayList<>();
        pages.forEach((planned, context) -> documents.add(document(planned, context)));

        if (store == null) {
            store = new PlannedPageStore(config.getDatabaseStore(), config.getDatabasePath());
        }
        store.prepare(documents, destination);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new PlannedPageCrawler(store, config));
        utensils.setRenderer(new Renderer(store, config));
        utensils.setAsset(new SiteAssets(config, destination));

        Oven oven = new Oven(utensils);
        oven.bake();
        return oven.getErrors().stream().map(Throwable::getMessage).toList();
    }

    /** Stops JBake's database. */
    @Override
    public void close() {
        if (store != null) {
            store.stop();
            store = null;
        }
    }

    private static DocumentModel document(PlannedPage planned, PageContext context) {
        DocumentModel document = new PlannedDocument();
        document.setType(planned.template());
        document.setUri(planned.outputFile());
        document.setNoExtensionUri(planned.path());
        document.setStatus("published");
        document.setRootPath(context.getRoot());
        document.put(PAGE, context);
        return document;
    }
}
