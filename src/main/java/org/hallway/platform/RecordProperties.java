package org.hallway.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets pages read a record as they read a bean, without parentheses: {@code #{page.event.name}} reads
 * the component {@code name()}, {@code #{page.view.live}} a value the record derives, {@code live()}
 * (any public method of the record itself without arguments). The one EL convention (README, "The
 * code"): Expression Language 5 (Jakarta EE 10) reads only bean getters; EL 6 reads record
 * components the same way. Registered in faces-config.xml, it answers only for a record and such a
 * name, read-only; everything else goes on down the chain (bean getters, maps, lists).
 */
public class RecordProperties extends ELResolver {

    /** Each record class's readable names and their methods, looked up once. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers)
                        && !Modifier.isStatic(modifiers)
                        && method.getParameterCount() == 0
                        && method.getReturnType() != void.class
                        && !method.isSynthetic()
                        && !OBJECT_METHODS.contains(method.getName())) {
                    // a record nested in a class that is not public: its methods are public all the same
                    method.trySetAccessible();
                    accessors.put(method.getName(), method);
                }
            }
            // A bean getter of the same name wins (a record formatting its own component, e.g.
            // getAverage() for average()): the bean resolver further down reads it.
            accessors.keySet().removeIf(name -> getter(type, name));
            return Map.copyOf(accessors);
        }
    };

    private static boolean getter(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                if (Modifier.isPublic(type.getMethod(prefix + capitalized).getModifiers())) {
                    return true;
                }
            } catch (NoSuchMethodException none) {
                // no getter of that name
            }
        }
        return false;
    }

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode");

    private static Method accessor(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(name);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only: EL says so with null
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + "." + property + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }
}
