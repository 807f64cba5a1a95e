package se.medborgarloften.render.jbake;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import se.medborgarloften.incremental.Fingerprints;
import se.medborgarloften.plan.InputGroups;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates' {@code <@cached area=id key=[…]>…</@cached>} directive, as Hugo's partialCached: one area's
 * part of a page about the whole site (the overview, an archive year), rendered once and copied into later
 * builds of the same page until that area or what no area owns (settings, organisations, pages, UI texts,
 * templates) changes. The live preview then renders only the edited area's part of those pages.
 *
 * <p>Everything else the part shows must be in its key: the same place in a template on the same page with
 * the same area and key gives the same bytes. A build with -Dtemplates.fragments=false renders every part
 * every time; tests build the site both ways and compare the bytes.
 */
final class FragmentCache implements TemplateDirectiveModel {

    /** The custom attribute of Freemarker's environment that holds the page being rendered. */
    static final String PAGE = FragmentCache.class.getName() + ".page";

    private record Fragment(byte[] bytes, long build) {
    }

    private final boolean enabled;
    private final Map<String, Fragment> fragments = new ConcurrentHashMap<>();
    /** What the kept fragments were made from; they are let go of when a build uses them no more. */
    private volatile Fingerprints inputs;
    private volatile long build;

    FragmentCache(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * The inputs of the build about to render. A new build forgets the fragments the build before it did not
     * use; parts of a site that did not change stay.
     */
    synchronized void startBuild(Fingerprints next) {
        if (next == null || next.equals(inputs)) {
            return;
        }
        long previous = build;
        fragments.values().removeIf(fragment -> fragment.build < previous);
        inputs = next;
        build = previous + 1;
    }

    @Override
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (loopVars.length > 0 || body == null) {
            throw new TemplateModelException("<@cached> has no loop variables and needs a body: <@cached area=…>…</@cached>");
        }
        String area = null;
        StringBuilder key = new StringBuilder();
        for (Object entry : params.entrySet()) {
            Map.Entry<?, ?> param = (Map.Entry<?, ?>) entry;
            switch (String.valueOf(param.getKey())) {
                case "area" -> area = TemplateParts.text((TemplateModel) param.getValue(), "area");
                case "key" -> TemplateParts.appendKey(key, (TemplateModel) param.getValue());
                default -> throw new TemplateModelException("<@cached> takes the parameters key and area, not " + param.getKey());
            }
        }
        if (area == null) {
            throw new TemplateModelException("<@cached> needs area=…: it keeps one area's part of a page");
        }
        Writer out = env.getOut();
        String cacheKey = enabled && out instanceof Utf8PageWriter ? cacheKey(env, area, key) : null;
        if (cacheKey == null) {
            body.render(out);
            return;
        }
        Fragment kept = fragments.get(cacheKey);
        long current = build;
        if (kept == null) {
            byte[] part = TemplateParts.renderApart(body, out);
            if (part == null) {
                return;
            }
            kept = new Fragment(part, current);
            fragments.put(cacheKey, kept);
        } else if (kept.build != current) {
            fragments.put(cacheKey, new Fragment(kept.bytes, current));
        }
        ((Utf8PageWriter) out).writeBytes(kept.bytes);
    }

    /**
     * Where the part is and everything it was declared to depend on; null when it cannot be kept: no page
     * (not a page of the site), an area the build has no digest of, or a page writer holding half a
     * character.
     */
    private String cacheKey(Environment env, String area, StringBuilder key) {
        Object attribute = env.getCustomAttribute(PAGE);
        Fingerprints known = inputs;
        String digest = known == null ? null : known.of(InputGroups.ofArea(area));
        if (!(attribute instanceof TemplatePage page) || digest == null || ((Utf8PageWriter) env.getOut()).holdsHalfACharacter()) {
            return null;
        }
        return TemplateParts.callPlace(env)
                .append(page.getPlanned().outputFile()).append('\n').append(area).append('\n').append(digest)
                .append('\n').append(key).toString();
    }
}
