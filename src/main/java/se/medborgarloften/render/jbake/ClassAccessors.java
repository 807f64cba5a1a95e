package se.medborgarloften.render.jbake;

import java.beans.Introspector;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a template can read directly from one of this project's classes: its properties (record components
 * and getters, as Freemarker names them) and its public methods by name. Property accessors are compiled
 * to lambdas once per class, so reading one is an ordinary call.
 */
record ClassAccessors(NameTable<Function<Object, Object>> properties, NameTable<DirectMethod.Signature[]> methods) {

    private static final ClassAccessors NONE = new ClassAccessors(new NameTable<>(Map.of()), new NameTable<>(Map.of()));
    private static final String OWN_PACKAGES = "se.medborgarloften.";

    boolean isEmpty() {
        return properties.isEmpty() && methods.isEmpty();
    }

    /** The accessors of a public class of this project; none for other classes, which Freemarker reads itself. */
    static ClassAccessors of(Class<?> type) {
        if (!type.getName().startsWith(OWN_PACKAGES) || !isPublic(type)) {
            return NONE;
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        Map<String, Function<Object, Object>> properties = new HashMap<>();
        Map<String, List<DirectMethod.Signature>> methods = new HashMap<>();
        try {
            for (Method method : publicMethods(type)) {
                String property = propertyName(method, type.isRecord());
                if (property != null) {
                    properties.put(property, accessor(lookup, method));
                }
                methods.computeIfAbsent(method.getName(), name -> new ArrayList<>()).add(DirectMethod.Signature.of(lookup, method));
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    properties.put(component.getName(), accessor(lookup, component.getAccessor()));
                }
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            return NONE;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + type.getName() + " from templates", e);
        }
        Map<String, DirectMethod.Signature[]> overloads = new HashMap<>();
        methods.forEach((name, signatures) ->
                overloads.put(name, DirectMethod.Signature.unambiguous(signatures).toArray(DirectMethod.Signature[]::new)));
        return new ClassAccessors(new NameTable<>(properties), new NameTable<>(overloads));
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Public instance methods not inherited from Object, in a stable order. */
    private static List<Method> publicMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class
                    && !method.isBridge() && !method.isSynthetic() && isPublic(method.getDeclaringClass())) {
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(Method::toGenericString));
        return methods;
    }

    /**
     * The property a method stands for, as Freemarker exposes it: getLang() is "lang", and a record's other
     * methods without arguments are properties under their own name (changed() is also "changed").
     */
    private static String propertyName(Method method, boolean ofRecord) {
        if (method.getParameterCount() != 0 || method.getReturnType() == void.class) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return Introspector.decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            return Introspector.decapitalize(name.substring(2));
        }
        return ofRecord ? name : null;
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(MethodHandles.Lookup lookup, Method getter) throws Throwable {
        MethodHandle target = lookup.unreflect(getter);
        CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                MethodType.methodType(Object.class, Object.class), target, target.type().wrap());
        return (Function<Object, Object>) site.getTarget().invokeExact();
    }
}
