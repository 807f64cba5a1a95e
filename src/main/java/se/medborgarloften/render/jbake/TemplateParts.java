package se.medborgarloften.render.jbake;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

import java.io.IOException;
import java.io.Writer;

/** What the directives that keep a rendered part of a page ({@code <@cached>}, {@code <@same>}) share. */
final class TemplateParts {

    private TemplateParts() {
    }

    /** Where the directive is called: its template, line and column, the start of every part's key. */
    static StringBuilder callPlace(Environment env) {
        DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
        return new StringBuilder(256).append(place.getTemplate().getSourceName()).append(':')
                .append(place.getBeginLine()).append(':').append(place.getBeginColumn()).append('\n');
    }

    /**
     * The part's bytes, rendered apart from the page; null when it ends in half a character, whose other half
     * may follow it on the page: it is then rendered onto the page instead (rendering is repeatable).
     */
    static byte[] renderApart(TemplateDirectiveBody body, Writer page) throws TemplateException, IOException {
        Utf8PageWriter part = new Utf8PageWriter(4 * 1024);
        body.render(part);
        if (part.holdsHalfACharacter()) {
            body.render(page);
            return null;
        }
        return part.toByteArray();
    }

    /** Appends a key's values, each with its length, so that ["a b", "c"] and ["a", "b c"] are different keys. */
    static void appendKey(StringBuilder key, TemplateModel value) throws TemplateModelException {
        if (value instanceof TemplateSequenceModel items) {
            for (int i = 0; i < items.size(); i++) {
                appendKey(key, items.get(i));
            }
            return;
        }
        String text = text(value, "key");
        key.append(text.length()).append(':').append(text).append(' ');
    }

    static String text(TemplateModel value, String param) throws TemplateModelException {
        if (value instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (value instanceof TemplateNumberModel number) {
            return String.valueOf(number.getAsNumber());
        }
        if (value instanceof TemplateBooleanModel bool) {
            return String.valueOf(bool.getAsBoolean());
        }
        throw new TemplateModelException("<@cached> and <@same> take text, numbers or true/false as " + param
                + " (or a list of them as key), not " + (value == null ? "a missing value" : value.getClass().getSimpleName()));
    }
}
