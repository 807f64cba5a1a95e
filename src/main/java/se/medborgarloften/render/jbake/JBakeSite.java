package se.medborgarloften.render.jbake;

import com.orientechnologies.orient.core.Orient;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;
import se.medborgarloften.support.DiskFull;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.output.StagingSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bakes planned pages with JBake: JBake's {@link Oven} and {@link Renderer} with the project's
 * jbake.properties, templates/ and assets/, and this project's utensils plugged in.
 */
public final class JBakeSite implements AutoCloseable {

    /** The key under which a template finds its {@link TemplatePage}: {@code content.page}. */
    public static final String PAGE = "page";

    /** OrientDB, which JBake starts, reports its memory auto-configuration at INFO on every build. */
    private static final Logger ORIENT_LOG = Logger.getLogger("com.orientechnologies");

    private static final String SALT_ITERATIONS = "security.userPasswordSaltIterations";
    private static final String FREEMARKER_LOGGING = "org.freemarker.loggerLibrary";

    static {
        ORIENT_LOG.setLevel(Level.SEVERE);
        // Freemarker logs through the first logging library it finds on the class path, and reads this setting
        // when it first logs. With Log4j 1 there too (the Nu Html Checker brings it to the tests' class path,
        // which running the program from a development tool uses), it chose Log4j, unconfigured, which printed
        // "log4j:WARN No appenders could be found" at every build; the site logs through SLF4J (logback.xml).
        if (System.getProperty(FREEMARKER_LOGGING) == null) {
            System.setProperty(FREEMARKER_LOGGING, "SLF4J");
        }
        // The database lives in memory for one process and holds nothing secret, but OrientDB hashes the
        // passwords of its default users 65,536 times as it starts, on a processor the content's loading needs.
        // OrientDB reads its settings from system
        // properties when it is first loaded; JBake offers no other way to set them.
        if (System.getProperty(SALT_ITERATIONS) == null) {
            System.setProperty(SALT_ITERATIONS, "1");
        }
    }

    private final Path project;
    /** JBake's store, with its database, kept from one bake to the next; see {@link #start()}. */
    private PlannedPageStore store;

    public JBakeSite(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /**
     * Renders every page into the destination folder and copies the assets there.
     *
     * @return JBake's errors; empty when every page was rendered
     */
    public List<String> bake(Map<PlannedPage, ? extends TemplatePage> pages, StagingSite destination) {
        SiteConfiguration config = configuration(destination.root());
        List<DocumentModel> documents = new ArrayList<>();
        pages.forEach((planned, context) -> documents.add(document(planned, context)));

        PlannedPageStore store = startedStore();
        store.prepare(documents, destination);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new PlannedPageCrawler(store, config));
        utensils.setRenderer(new Renderer(store, config));
        utensils.setAsset(new SiteAssets(config, destination));

        Oven oven = new Oven(utensils);
        oven.bake();
        for (Throwable error : oven.getErrors()) {
            // Not a template's problem: the build says the disk is full (see support/DiskFull), not that a page failed.
            if (DiskFull.in(error)) {
                throw new UncheckedIOException(new IOException(error.getMessage(), error));
            }
        }
        return oven.getErrors().stream().map(Throwable::getMessage).toList();
    }

    /**
     * Renders these pages into memory, each as {@link #bake} would write it, without copying the assets.
     *
     * @return each page's bytes, by its file below the site's root
     * @throws IllegalStateException with JBake's message when a page fails to render
     */
    public Map<String, byte[]> renderInMemory(Map<PlannedPage, ? extends TemplatePage> pages) {
        // Nothing is written, so the folder JBake's configuration names as the destination is not used.
        PageTemplates templates = new PageTemplates(startedStore(), configuration(project.resolve("target")));
        Map<String, byte[]> rendered = new TreeMap<>();
        pages.forEach((planned, context) -> {
            DocumentModel document = document(planned, context);
            String file = templates.outputFile(document);
            try {
                rendered.put(file, templates.render(document));
            } catch (RenderingException e) {
                throw new IllegalStateException(ParallelPagesRenderer.failure(file, e), e);
            }
        });
        return rendered;
    }

    /**
     * Starts JBake's database, which takes most of a second; a build calls this on a thread of its own while
     * the content is loaded and checked, and the bake waits for it to finish.
     */
    public void start() {
        startedStore();
    }

    private synchronized PlannedPageStore startedStore() {
        if (store == null) {
            SiteConfiguration config = configuration(project.resolve("target"));
            PlannedPageStore started = new PlannedPageStore(config.getDatabaseStore(), config.getDatabasePath());
            started.startup();
            store = started;
        }
        return store;
    }

    private SiteConfiguration configuration(Path destination) {
        DefaultJBakeConfiguration loaded = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), destination.toFile(), true);
        return new SiteConfiguration(loaded.getSourceFolder(), loaded.getCompositeConfiguration(), destination.toFile());
    }

    /**
     * Stops JBake's database. OrientDB's own shutdown hook is removed with it: at the program's exit it would
     * call System.gc(), a full collection of the heap, for an in-memory database that has nothing to write.
     */
    @Override
    public synchronized void close() {
        if (store != null) {
            store.stop();
            store = null;
            Orient.instance().removeShutdownHook();
        }
    }

    private static DocumentModel document(PlannedPage planned, TemplatePage context) {
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
