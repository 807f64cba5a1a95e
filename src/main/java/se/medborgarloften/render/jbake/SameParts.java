package se.medborgarloften.render.jbake;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates' {@code <@same key=[…]>…</@same>} directive: a part of the frame that is the same on every
 * page with the same key, such as the main navigation for one language, one place in the site's folders and
 * one current section. It is rendered for the first such page of a build and copied into the others: the
 * navigation and the footer are the same on thousands of pages, and rendered once they cost nothing more.
 *
 * <p>Everything the part shows must be in its key. Each build starts afresh, so the key need not name what
 * the whole site shares (settings, UI texts, templates). A build with -Dtemplates.fragments=false renders
 * every part on every page; tests build the real site both ways and compare the bytes.
 */
final class SameParts implements TemplateDirectiveModel {

    private final boolean enabled;
    private final Map<String, byte[]> parts = new ConcurrentHashMap<>();

    SameParts(boolean enabled) {
        this.enabled = enabled;
    }

    /** Forgets the parts of the build before: what the whole site shares may have changed since. */
    void startBuild() {
        parts.clear();
    }

    @Override
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (loopVars.length > 0 || body == null || params.size() != 1 || !params.containsKey("key")) {
            throw new TemplateModelException("<@same> takes a key and a body, and no loop variables: <@same key=[…]>…</@same>");
        }
        Writer out = env.getOut();
        if (!enabled || !(out instanceof Utf8PageWriter page) || page.holdsHalfACharacter()) {
            body.render(out);
            return;
        }
        StringBuilder key = TemplateParts.callPlace(env);
        TemplateParts.appendKey(key, (TemplateModel) params.get("key"));
        byte[] kept = parts.get(key.toString());
        if (kept == null) {
            kept = TemplateParts.renderApart(body, out);
            if (kept == null) {
                return;
            }
            parts.putIfAbsent(key.toString(), kept);
        }
        page.writeBytes(kept);
    }
}
