package se.medborgarloften.render.jbake;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.core.Environment;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.TimeZone;

/**
 * JBake's Freemarker engine for .ftlh templates, configured for a public site: HTML auto-escaping of every
 * value, errors that stop the build instead of half-rendered pages, no access to Java classes from
 * templates, records readable as properties (through {@link DirectObjectWrapper}), and each page rendered in
 * its own language's locale. Registered for the "ftlh" extension in
 * META-INF/org.jbake.parser.TemplateEngines.properties; JBake's model (content, config, extractors) reaches
 * templates as with JBake's own engine, except that a page that reads less than everything is not offered
 * JBake's lists of every page (see {@link TemplatePage#readsPartOfSite()}).
 */
public class HtmlTemplateEngine extends AbstractTemplateEngine {

    private final Configuration freemarker;

    public HtmlTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        // The live preview's store outlives its bakes, and keeps the configuration while the templates are the same.
        freemarker = db instanceof PlannedPageStore store
                ? store.templates().configuration(config.getTemplateFolder(), () -> configuration(config, db))
                : configuration(config, db);
    }

    private static Configuration configuration(JBakeConfiguration config, ContentStore db) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        // What Freemarker's standard file extensions give (.ftlh HTML, .ftlx XML, both auto-escaped), with
        // HTML escaped straight into the page's bytes; standard recognition would override the first.
        freemarker.setRecognizeStandardFileExtensions(false);
        freemarker.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                outputFormat("ftlh", EncodingHtmlFormat.INSTANCE),
                outputFormat("ftlx", XMLOutputFormat.INSTANCE)).allowNoMatch(true));
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setBooleanFormat("c");
        freemarker.setLocale(Locale.ROOT);
        // -Dtemplates.reflective=true gives Freemarker's own bean access, which the direct one must match.
        freemarker.setObjectWrapper(Boolean.getBoolean("templates.reflective")
                ? new DefaultObjectWrapper(Configuration.VERSION_2_3_34) : new DirectObjectWrapper());
        // Templates are not translated files (texts come from the message bundles), and a configuration is used
        // only while the templates folder holds the files it was made with (KeptTemplates), so each is looked up
        // and read once.
        freemarker.setLocalizedLookup(false);
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return freemarker;
    }

    private static ConditionalTemplateConfigurationFactory outputFormat(String extension, OutputFormat format) {
        TemplateConfiguration configuration = new TemplateConfiguration();
        configuration.setOutputFormat(format);
        return new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher(extension), configuration);
    }

    /**
     * JBake's model for one page: what JBake put in it (content, config …) first, then JBake's lazily
     * extracted values (published_posts, tags …). JBake's own lazy model asks every extractor first and
     * copies the page's model on each look-up, and templates look up {@code content} hundreds of times a page.
     */
    private record PageModel(SimpleHash eager, TemplateHashModel lazy) implements TemplateHashModel {

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            freemarker.template.TemplateModel value = eager.get(key);
            return value != null ? value : lazy.get(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            TemplatePage page = model.getContent() != null
                    && model.getContent().get(JBakeSite.PAGE) instanceof TemplatePage context ? context : null;
            // JBake's extracted values (all_content …) hold every page; a page that reads less must not see them.
            TemplateHashModel extracted = page != null && page.readsPartOfSite()
                    ? new SimpleHash(freemarker.getObjectWrapper())
                    : new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), model, db, config);
            var data = new PageModel(new SimpleHash(model, freemarker.getObjectWrapper()), extracted);
            Environment environment = template.createProcessingEnvironment(data, writer);
            if (page != null) {
                environment.setLocale(page.getLocale());
            }
            environment.process();
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
