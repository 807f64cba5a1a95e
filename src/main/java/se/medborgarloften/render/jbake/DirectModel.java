package se.medborgarloften.render.jbake;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.function.Function;

/**
 * One of this project's objects as a template sees it: a hash of its properties and methods. Unlike
 * Freemarker's bean models it is not also a string (its toString): a template that prints or compares an
 * object by its toString is a mistake, and asking whether an object has content must not build that string.
 */
final class DirectModel implements MethodCallAwareTemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {

    private final Object object;
    private final ClassAccessors accessors;
    private final DirectObjectWrapper wrapper;

    DirectModel(Object object, ClassAccessors accessors, DirectObjectWrapper wrapper) {
        this.object = object;
        this.accessors = accessors;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Function<Object, Object> property = accessors.properties().get(key);
        if (property != null) {
            return wrapper.wrap(property.apply(object));
        }
        TemplateModel method = method(key);
        return method != null ? method : ((TemplateHashModel) wrapper.beanModel(object)).get(key);
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        TemplateModel method = method(key);
        if (method != null) {
            return method;
        }
        TemplateModel bean = wrapper.beanModel(object);
        return bean instanceof MethodCallAwareTemplateHashModel aware
                ? aware.getBeforeMethodCall(key) : ((TemplateHashModel) bean).get(key);
    }

    private TemplateModel method(String key) {
        DirectMethod.Signature[] signatures = accessors.methods().get(key);
        return signatures == null || signatures.length == 0 ? null : new DirectMethod(object, key, signatures, wrapper);
    }

    /** As Freemarker's bean models: an object is never empty. */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return object;
    }

    @Override
    public Object getWrappedObject() {
        return object;
    }
}
