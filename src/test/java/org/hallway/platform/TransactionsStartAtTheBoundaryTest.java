package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who starts a transaction shows in its package: only a class in a {@code boundary} package does
 * (and the demo loader, {@code org.hallway.demo}, a start-up entry without layers). A control or
 * entity class runs in its caller's transaction ({@code @Transactional(MANDATORY)}) or in none.
 * Read from the compiled classes, so an annotation inherited from a default counts too.
 */
class TransactionsStartAtTheBoundaryTest {

    static final Set<Transactional.TxType> STARTING =
            Set.of(Transactional.TxType.REQUIRED, Transactional.TxType.REQUIRES_NEW);
    static final Set<TransactionAttributeType> EJB_STARTING =
            Set.of(TransactionAttributeType.REQUIRED, TransactionAttributeType.REQUIRES_NEW);

    @Test
    void onlyBoundaryClassesStartTransactions() throws IOException, ClassNotFoundException {
        List<String> found = new ArrayList<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/hallway"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (startsTransactions(type) && !mayStart(type)) {
                    found.add(type.getName());
                }
            }
        }
        assertEquals(List.of(), found, "these start transactions outside a boundary package");
    }

    /** A boundary package, or the demo loader (no layers: all of it runs at start-up). */
    static boolean mayStart(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.endsWith(".boundary") || pkg.equals("org.hallway.demo");
    }

    /** CDI {@code @Transactional} that begins one, an EJB with container transactions that begins one, or a {@link UserTransaction}. */
    static boolean startsTransactions(Class<?> type) {
        Transactional onType = type.getAnnotation(Transactional.class);
        if (onType != null && STARTING.contains(onType.value())) {
            return true;
        }
        for (Method method : type.getDeclaredMethods()) {
            Transactional onMethod = method.getAnnotation(Transactional.class);
            if (onMethod != null && STARTING.contains(onMethod.value())) {
                return true;
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (field.getType() == UserTransaction.class) {
                return true;
            }
        }
        boolean ejb = type.isAnnotationPresent(Stateless.class)
                || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(Stateful.class)
                || type.isAnnotationPresent(jakarta.ejb.MessageDriven.class);
        TransactionManagement management = type.getAnnotation(TransactionManagement.class);
        if (!ejb || (management != null && management.value() == TransactionManagementType.BEAN)) {
            return false;
        }
        TransactionAttribute classAttribute = type.getAnnotation(TransactionAttribute.class);
        // the container's default for an EJB is REQUIRED: a transaction for every business method, timer and callback
        if (classAttribute == null || EJB_STARTING.contains(classAttribute.value())) {
            return true;
        }
        for (Method method : type.getDeclaredMethods()) {
            TransactionAttribute onMethod = method.getAnnotation(TransactionAttribute.class);
            if (onMethod != null && EJB_STARTING.contains(onMethod.value())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theCheckSeesEachWayOfStartingATransaction() {
        for (Class<?> starter : List.of(
                Required.class,
                RequiresNewMethod.class,
                DefaultEjb.class,
                EjbMethod.class,
                BeanManaged.class,
                StatefulDefault.class)) {
            assertTrue(startsTransactions(starter), starter.getSimpleName());
        }
        for (Class<?> joiner : List.of(Mandatory.class, Supports.class, NotSupportedEjb.class, Plain.class)) {
            assertFalse(startsTransactions(joiner), joiner.getSimpleName());
        }
        assertFalse(mayStart(Pages.class), "platform has no boundary");
        assertTrue(mayStart(org.hallway.chat.boundary.ChatMessages.class));
    }

    @Transactional
    static class Required {}

    static class RequiresNewMethod {
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        void write() {}
    }

    @Singleton
    static class DefaultEjb {
        @Schedule(second = "*", persistent = false)
        void tick() {}
    }

    @Singleton
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    static class EjbMethod {
        @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
        void write() {}
    }

    @Stateless
    @TransactionManagement(TransactionManagementType.BEAN)
    static class BeanManaged {
        @Resource
        UserTransaction transaction;
    }

    @Stateful
    static class StatefulDefault {}

    @Transactional(Transactional.TxType.MANDATORY)
    static class Mandatory {
        @Transactional(Transactional.TxType.SUPPORTS)
        void read() {}
    }

    static class Supports {
        @Transactional(Transactional.TxType.SUPPORTS)
        void read() {}
    }

    @Singleton
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    static class NotSupportedEjb {
        @Schedule(second = "*", persistent = false)
        void tick() {}
    }

    static class Plain {}
}
