package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Timeout;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.servlet.http.HttpServlet;
import jakarta.transaction.Transactional;
import jakarta.websocket.server.ServerEndpoint;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hallway.account.control.AccountRef;
import org.hallway.account.entity.Account;
import org.hallway.event.entity.Event;
import org.junit.jupiter.api.Test;

/**
 * Entities never leave their transaction: pages, sockets and timers read values. A JPA entity type
 * appears only in the entity and control layers and inside the use case that loaded it (a boundary
 * bean's transactional method, mapping it to a value there: a value's constructor or static
 * {@code of(entity)}). Hibernate on WildFly enforces this at run time with a
 * LazyInitializationException; this test says so before any server runs.
 */
class PagesReadValuesTest {

    static final Path CLASSES = Path.of("target/classes");

    /**
     * A Faces bean, servlet, WebSocket endpoint, socket handler or channel gate (and the classes nested
     * in it) names no entity class at all: no field, parameter, variable, lambda or call of one. It
     * asks a boundary bean, which answers with values.
     */
    @Test
    void noPageSocketOrServletTouchesAnEntity() throws Exception {
        List<Class<?>> entities = entities();
        assertTrue(entities.size() >= 20, "found the entities: " + entities);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : classes()) {
            Class<?> outer = outermost(c);
            if (!isPageOrSocket(outer) || startsTransactions(outer)) {
                continue;
            }
            checked++;
            Set<String> named = entitiesNamedIn(c, entities);
            if (!named.isEmpty()) {
                problems.add(c.getName() + " touches " + named);
            }
        }
        assertTrue(checked >= 40, "checked the pages and sockets: " + checked);
        assertEquals(List.of(), problems);
    }

    /**
     * Outside the control and entity layers no field holds an entity (nor a value holding one), no
     * method a page or socket can call takes or answers one, and no timer or observer receives one.
     * Constructors and static factories may read an entity: they map it to a value, inside the
     * transaction that loaded it.
     */
    @Test
    void noSignatureOutsideTheControlLayerCarriesAnEntity() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> c : classes()) {
            if (c.isAnnotationPresent(Entity.class) || hidden(c)) {
                continue;
            }
            boolean control = layer(c, "control") || layer(c, "entity");
            for (Method m : c.getDeclaredMethods()) {
                if (m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                boolean entryPoint = isTimerOrObserver(m);
                boolean callable =
                        !control && !Modifier.isPrivate(m.getModifiers()) && !Modifier.isStatic(m.getModifiers());
                if (!entryPoint && !callable) {
                    continue;
                }
                Set<String> carried = new TreeSet<>(entitiesIn(m.getGenericReturnType()));
                for (Parameter p : m.getParameters()) {
                    carried.addAll(entitiesIn(p.getParameterizedType()));
                }
                if (!carried.isEmpty()) {
                    problems.add(c.getName() + "." + m.getName() + " carries " + carried);
                }
            }
            if (control) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (f.isSynthetic() || Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Set<String> carried = entitiesIn(f.getGenericType());
                if (!carried.isEmpty()) {
                    problems.add(c.getName() + "." + f.getName() + " holds " + carried);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theChecksSeeAnEntityWhereverItHides() throws Exception {
        List<Class<?>> entities = List.of(Account.class, Event.class);
        assertEquals(Set.of("Account"), entitiesNamedIn(PageReadingAName.class, entities));
        assertEquals(Set.of("Event"), entitiesNamedIn(PageCallingAStaticHelper.class, entities));
        assertEquals(Set.of(), entitiesNamedIn(PageOfValues.class, entities));

        assertEquals(
                Set.of("Account"),
                entitiesIn(PageReadingAName.class.getDeclaredField("names").getGenericType()));
        assertEquals(Set.of("Account"), entitiesIn(ValueCarryingAnEntity.class));
        assertEquals(
                Set.of("Account"),
                entitiesIn(Holder.class.getDeclaredField("values").getGenericType()));
        assertEquals(Set.of(), entitiesIn(AccountRef.class));
        assertTrue(isTimerOrObserver(Holder.class.getDeclaredMethod("changed", Event.class)));
    }

    /** For the self-check: a page that reads a name through the entity, in a lambda. */
    static class PageReadingAName {
        java.util.Map<Long, Account> names;

        String name(java.util.Optional<Object> found) {
            return found.map(Account.class::cast).map(Account::getDisplayName).orElse("");
        }
    }

    static class PageCallingAStaticHelper {
        Object wherever() {
            return Event.class;
        }
    }

    static class PageOfValues {
        String name(AccountRef account) {
            return account.displayName();
        }
    }

    record ValueCarryingAnEntity(String why, List<Account> accounts) {}

    static class Holder {
        java.util.Map<String, List<ValueCarryingAnEntity>> values;

        void changed(@Observes Event event) {}
    }

    /** Pages (Faces beans), servlets, WebSocket endpoints and what a socket runs: handlers and gates. */
    static boolean isPageOrSocket(Class<?> c) {
        return c.isAnnotationPresent(Named.class)
                || c.getSimpleName().endsWith("Page")
                || HttpServlet.class.isAssignableFrom(c)
                || c.isAnnotationPresent(ServerEndpoint.class)
                || hallwayTypesOf(c).stream()
                        .anyMatch(t -> t.getSimpleName().endsWith("Handler")
                                || t.getSimpleName().endsWith("Gate"));
    }

    /** A use case bean (a transactional method, or an EJB's): it may read entities inside its transaction. */
    static boolean startsTransactions(Class<?> c) {
        if (c.isAnnotationPresent(Transactional.class)
                || c.isAnnotationPresent(jakarta.ejb.Singleton.class)
                || c.isAnnotationPresent(jakarta.ejb.Stateless.class)) {
            return true;
        }
        return Stream.of(c.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Transactional.class));
    }

    static boolean isTimerOrObserver(Method m) {
        if (m.isAnnotationPresent(Schedule.class)
                || m.isAnnotationPresent(Schedules.class)
                || m.isAnnotationPresent(Timeout.class)) {
            return true;
        }
        for (Annotation[] annotations : m.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof Observes || a instanceof ObservesAsync) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entities a type carries: itself, its type arguments, and the fields of a value of ours. */
    static Set<String> entitiesIn(Type type) {
        Set<String> found = new TreeSet<>();
        entitiesIn(type, found, new HashSet<>());
        return found;
    }

    private static void entitiesIn(Type type, Set<String> found, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                entitiesIn(c.getComponentType(), found, seen);
            } else if (c.isAnnotationPresent(Entity.class)) {
                found.add(c.getSimpleName());
            } else if (c.getName().startsWith("org.hallway.") && !c.isEnum() && seen.add(c)) {
                for (Field f : c.getDeclaredFields()) {
                    if (!f.isSynthetic() && !Modifier.isStatic(f.getModifiers()) && !isInjected(f)) {
                        entitiesIn(f.getGenericType(), found, seen);
                    }
                }
            }
        } else if (type instanceof ParameterizedType p) {
            entitiesIn(p.getRawType(), found, seen);
            for (Type argument : p.getActualTypeArguments()) {
                entitiesIn(argument, found, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                entitiesIn(bound, found, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            entitiesIn(a.getGenericComponentType(), found, seen);
        }
    }

    private static boolean isInjected(Field f) {
        return f.isAnnotationPresent(jakarta.inject.Inject.class)
                || f.isAnnotationPresent(jakarta.persistence.PersistenceContext.class);
    }

    /** The entity classes a compiled class names anywhere: its constant pool. */
    static Set<String> entitiesNamedIn(Class<?> c, List<Class<?>> entities) throws IOException {
        Set<String> pool = constantPoolStrings(c);
        Set<String> named = new TreeSet<>();
        for (Class<?> entity : entities) {
            String internal = entity.getName().replace('.', '/');
            if (pool.stream().anyMatch(s -> s.equals(internal) || s.contains("L" + internal + ";"))) {
                named.add(entity.getSimpleName());
            }
        }
        return named;
    }

    /** Every UTF-8 constant of a class file: class names, descriptors, signatures. */
    private static Set<String> constantPoolStrings(Class<?> c) throws IOException {
        String resource = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(resource);
                DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor
            data.readUnsignedShort(); // major
            int count = data.readUnsignedShort();
            Set<String> strings = new LinkedHashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(data.readUTF());
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.readInt();
                    case 5, 6 -> {
                        data.readLong();
                        i++; // a long or double takes two entries
                    }
                    case 7, 8, 16, 19, 20 -> data.readUnsignedShort();
                    case 15 -> {
                        data.readUnsignedByte();
                        data.readUnsignedShort();
                    }
                    default -> throw new IOException("constant pool tag " + tag + " in " + c.getName());
                }
            }
            return strings;
        }
    }

    private static Set<Class<?>> hallwayTypesOf(Class<?> c) {
        Set<Class<?>> types = new HashSet<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            types.add(k);
            for (Class<?> i : k.getInterfaces()) {
                types.add(i);
            }
        }
        types.removeIf(t -> !t.getName().startsWith("org.hallway."));
        types.remove(c);
        return types;
    }

    /** A private class (or one nested in a private class): it cannot leave the class that holds it. */
    private static boolean hidden(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (Modifier.isPrivate(k.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    private static boolean layer(Class<?> c, String layer) {
        return c.getPackageName().endsWith("." + layer);
    }

    private static Class<?> outermost(Class<?> c) {
        Class<?> k = c;
        while (k.getEnclosingClass() != null) {
            k = k.getEnclosingClass();
        }
        return k;
    }

    private static List<Class<?>> entities() throws Exception {
        return classes().stream()
                .filter(c -> c.isAnnotationPresent(Entity.class))
                .toList();
    }

    private static List<Class<?>> classes() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/hallway"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name =
                        CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, PagesReadValuesTest.class.getClassLoader());
                if (!c.isSynthetic()) {
                    classes.add(c);
                }
            }
        }
        return classes;
    }
}
