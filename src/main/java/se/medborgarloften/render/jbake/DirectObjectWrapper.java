package se.medborgarloften.render.jbake;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Freemarker's object wrapper for this project's model. Records and the page context are read through
 * accessors generated once per class ({@link ClassAccessors}) instead of Freemarker's reflective bean access,
 * which took most of a page's rendering time: every value a template read cost a {@code Method.invoke} with
 * an access check, a new bean model and an introspection look-up. Whatever the direct path does not cover
 * (other classes, unusual arguments) goes to {@link DefaultObjectWrapper} unchanged, so templates see the
 * same values either way.
 */
final class DirectObjectWrapper extends DefaultObjectWrapper {

    /** By class; looked up for every object a template reads, where a ClassValue took its slow path most times. */
    private final Map<Class<?>, ClassAccessors> accessors = new ConcurrentHashMap<>();

    DirectObjectWrapper() {
        super(Configuration.VERSION_2_3_34);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        ClassAccessors table = accessors.get(object.getClass());
        if (table == null) {
            table = accessors.computeIfAbsent(object.getClass(), ClassAccessors::of);
        }
        return table.isEmpty() ? super.handleUnknownType(object) : new DirectModel(object, table, this);
    }

    /** The model Freemarker's own bean access gives this object, for what the direct path does not cover. */
    TemplateModel beanModel(Object object) throws TemplateModelException {
        return super.handleUnknownType(object);
    }
}
