package se.medborgarloften.render.jbake;

import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.Collection;
import java.util.Date;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Freemarker's object wrapper for this project's model. Records and the page context are read through
 * accessors generated once per class ({@link ClassAccessors}) instead of Freemarker's reflective bean access,
 * where every value a template read cost a {@code Method.invoke} with
 * an access check, a new bean model and an introspection look-up. Whatever the direct path does not cover
 * (other classes, unusual arguments) goes to {@link DefaultObjectWrapper} unchanged, so templates see the
 * same values either way.
 */
final class DirectObjectWrapper extends DefaultObjectWrapper {

    /** How an object of a class is wrapped; each kind is the model {@link DefaultObjectWrapper#wrap} gives it. */
    private enum Kind { TEXT, NUMBER, BOOLEAN, LIST, DIRECT, AS_FREEMARKER_DOES }

    private record Route(Kind kind, ClassAccessors accessors) {
    }

    /**
     * By class, decided once. Freemarker's wrap asks every value up to ten questions about its type, most of
     * them whether it implements an interface, which the client compiler answers by searching the class's
     * interfaces every time the answer is no, as it is for a string or a record.
     */
    private final Map<Class<?>, Route> routes = new ConcurrentHashMap<>();

    DirectObjectWrapper() {
        super(Configuration.VERSION_2_3_34);
        writeProtect();
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object == null) {
            return super.wrap(null);
        }
        Route route = routes.get(object.getClass());
        if (route == null) {
            route = routes.computeIfAbsent(object.getClass(), this::routeOf);
        }
        return switch (route.kind) {
            case TEXT -> new SimpleScalar((String) object);
            case NUMBER -> new SimpleNumber((Number) object);
            case BOOLEAN -> (Boolean) object ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            case LIST -> DefaultListAdapter.adapt((List<?>) object, this);
            case DIRECT -> new DirectModel(object, route.accessors, this);
            case AS_FREEMARKER_DOES -> super.wrap(object);
        };
    }

    /** The same questions, in the same order, as Freemarker's wrap asks them. */
    private Route routeOf(Class<?> type) {
        if (TemplateModel.class.isAssignableFrom(type)) {
            return new Route(Kind.AS_FREEMARKER_DOES, null);
        }
        if (type == String.class) {
            return new Route(Kind.TEXT, null);
        }
        if (Number.class.isAssignableFrom(type)) {
            return new Route(Kind.NUMBER, null);
        }
        if (Date.class.isAssignableFrom(type) || type.isArray()) {
            return new Route(Kind.AS_FREEMARKER_DOES, null);
        }
        if (List.class.isAssignableFrom(type) && getUseAdaptersForContainers()) {
            return new Route(Kind.LIST, null);
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return new Route(Kind.AS_FREEMARKER_DOES, null);
        }
        if (type == Boolean.class) {
            return new Route(Kind.BOOLEAN, null);
        }
        if (Iterator.class.isAssignableFrom(type) || Enumeration.class.isAssignableFrom(type)
                || Iterable.class.isAssignableFrom(type)) {
            return new Route(Kind.AS_FREEMARKER_DOES, null);
        }
        ClassAccessors accessors = ClassAccessors.of(type);
        return accessors.isEmpty() ? new Route(Kind.AS_FREEMARKER_DOES, null) : new Route(Kind.DIRECT, accessors);
    }

    /** Objects of this project that reach Freemarker's wrap some other way (e.g. as a list's element). */
    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        Route route = routes.computeIfAbsent(object.getClass(), this::routeOf);
        return route.kind == Kind.DIRECT ? new DirectModel(object, route.accessors, this) : super.handleUnknownType(object);
    }

    /** The model Freemarker's own bean access gives this object, for what the direct path does not cover. */
    TemplateModel beanModel(Object object) throws TemplateModelException {
        return super.handleUnknownType(object);
    }
}
