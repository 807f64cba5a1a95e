package se.medborgarloften.render.jbake;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.utility.StringUtil;

import java.io.IOException;
import java.io.Writer;

/**
 * Freemarker's HTML output format (the one .ftlh templates get), escaping straight into the page's UTF-8
 * bytes when the page is rendered into a {@link Utf8PageWriter}: Freemarker's own escaping reads the text
 * char by char and hands the writer the pieces between entities, so every value was read twice. Escapes the
 * same characters with the same entities as Freemarker's HTMLOutputFormat, which it cannot extend: that
 * format's markup values name it, not a subclass, as their format.
 */
final class EncodingHtmlFormat extends CommonMarkupOutputFormat<EncodingHtmlFormat.Markup> {

    static final EncodingHtmlFormat INSTANCE = new EncodingHtmlFormat();

    /** A value that is HTML already, such as converted prose printed with ?no_esc. */
    static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public EncodingHtmlFormat getOutputFormat() {
            return INSTANCE;
        }
    }

    private EncodingHtmlFormat() {
    }

    @Override
    public String getName() {
        return "HTML";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        if (out instanceof Utf8PageWriter page) {
            page.writeEscaped(textToEsc);
        } else {
            StringUtil.XHTMLEnc(textToEsc, out);
        }
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return StringUtil.XHTMLEnc(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("html") || builtInName.equals("xml") || builtInName.equals("xhtml");
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }
}
