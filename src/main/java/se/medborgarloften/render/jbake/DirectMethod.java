package se.medborgarloften.render.jbake;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A public method of one object, called from a template. Arguments that are plain values (strings, numbers,
 * booleans, this project's objects, lists) are passed straight to the one overload they fit; anything else
 * (a markup value, a missing value, a list literal) goes through Freemarker's own method call, so calls mean
 * what they meant before.
 */
final class DirectMethod implements TemplateMethodModelEx {

    private static final Object NOT_PLAIN = new Object();

    private final Object target;
    private final String name;
    private final Signature[] signatures;
    private final DirectObjectWrapper wrapper;

    DirectMethod(Object target, String name, Signature[] signatures, DirectObjectWrapper wrapper) {
        this.target = target;
        this.name = name;
        this.signatures = signatures;
        this.wrapper = wrapper;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = plain((TemplateModel) arguments.get(i));
            if (values[i] == NOT_PLAIN) {
                return throughFreemarker(arguments);
            }
        }
        // An array: an iterator per call was a fiftieth of what rendering allocated.
        for (Signature signature : signatures) {
            Object[] call = signature.arguments(values);
            if (call != null) {
                Object result;
                try {
                    result = signature.invoker.invokeExact(target, call);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new TemplateModelException("Calling " + name + " failed: " + e.getMessage(), e);
                }
                return signature.returnsNothing ? TemplateModel.NOTHING : wrapper.wrap(result);
            }
        }
        return throughFreemarker(arguments);
    }

    private Object throughFreemarker(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        TemplateHashModel bean = (TemplateHashModel) wrapper.beanModel(target);
        TemplateModel method = bean instanceof MethodCallAwareTemplateHashModel aware
                ? getBeforeMethodCall(aware) : bean.get(name);
        if (!(method instanceof TemplateMethodModelEx callable)) {
            throw new TemplateModelException(name + " is not a method of " + target.getClass().getSimpleName());
        }
        return callable.exec(arguments);
    }

    private TemplateModel getBeforeMethodCall(MethodCallAwareTemplateHashModel bean) throws TemplateModelException {
        try {
            return bean.getBeforeMethodCall(name);
        } catch (MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException e) {
            return e.getActualValue();
        }
    }

    private static Object plain(TemplateModel model) {
        // Classes are asked about before interfaces: the JVM answers "is it this class" at once, but "does it
        // implement this interface" from a one-entry cache per class, and asking a DirectModel whether it is a
        // WrapperTemplateModel here evicted the TemplateHashModel Freemarker asks about at every dot.
        if (model instanceof DirectModel direct) {
            return direct.getWrappedObject();
        }
        if (model instanceof SimpleScalar scalar) {
            return scalar.getAsString();
        }
        if (model instanceof SimpleNumber number) {
            return number.getAsNumber();
        }
        if (model == TemplateBooleanModel.TRUE || model == TemplateBooleanModel.FALSE) {
            return model == TemplateBooleanModel.TRUE;
        }
        if (model instanceof WrapperTemplateModel wrapped) {
            return wrapped.getWrappedObject();
        }
        return NOT_PLAIN;
    }

    /** One overload: its parameter types and a handle that takes the target and an array of arguments. */
    static final class Signature {

        private final Class<?>[] parameters;
        private final boolean varargs;
        private final boolean returnsNothing;
        private final MethodHandle invoker;

        private Signature(Class<?>[] parameters, boolean varargs, boolean returnsNothing, MethodHandle invoker) {
            this.parameters = parameters;
            this.varargs = varargs;
            this.returnsNothing = returnsNothing;
            this.invoker = invoker;
        }

        static Signature of(MethodHandles.Lookup lookup, Method method) throws IllegalAccessException {
            MethodHandle handle = lookup.unreflect(method).asFixedArity()
                    .asSpreader(Object[].class, method.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object.class, Object[].class));
            Class<?>[] parameters = method.getParameterTypes();
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = MethodType.methodType(parameters[i]).wrap().returnType();
            }
            return new Signature(parameters, method.isVarArgs(), method.getReturnType() == void.class, handle);
        }

        /**
         * The overloads a call can be matched to without guessing: fixed-arity ones first, and none when two
         * of them take the same number of arguments (Freemarker then chooses, as it did before).
         */
        static List<Signature> unambiguous(List<Signature> signatures) {
            Set<Integer> fixedArities = new HashSet<>();
            int varargs = 0;
            for (Signature s : signatures) {
                if (s.varargs) {
                    varargs++;
                } else if (!fixedArities.add(s.parameters.length)) {
                    return List.of();
                }
            }
            if (varargs > 1) {
                return List.of();
            }
            List<Signature> ordered = new ArrayList<>(signatures.stream().filter(s -> !s.varargs).toList());
            ordered.addAll(signatures.stream().filter(s -> s.varargs).toList());
            return List.copyOf(ordered);
        }

        /** The argument array for this overload, or null when the values do not fit it exactly. */
        Object[] arguments(Object[] values) {
            int fixed = varargs ? parameters.length - 1 : parameters.length;
            if (varargs ? values.length < fixed : values.length != fixed) {
                return null;
            }
            Object[] call = new Object[parameters.length];
            for (int i = 0; i < fixed; i++) {
                if (!fits(parameters[i], values[i])) {
                    return null;
                }
                call[i] = values[i];
            }
            if (varargs) {
                Class<?> element = parameters[fixed].getComponentType();
                if (element.isPrimitive()) {
                    return null;
                }
                Object rest = Array.newInstance(element, values.length - fixed);
                for (int i = fixed; i < values.length; i++) {
                    if (!fits(element, values[i])) {
                        return null;
                    }
                    Array.set(rest, i - fixed, values[i]);
                }
                call[fixed] = rest;
            }
            return call;
        }

        private static boolean fits(Class<?> parameter, Object value) {
            return value != null && parameter.isInstance(value);
        }
    }
}
