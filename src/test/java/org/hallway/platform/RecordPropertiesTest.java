package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One EL convention: pages read properties, {@code #{page.event.name}}, a record's as a bean's; a
 * method is called only with arguments ({@code #{page.sortState(key)}}) or on a JDK collection
 * ({@code size()}).
 */
class RecordPropertiesTest {

    record Talk(String name, int seats, Integer capacity) {
        public boolean full() {
            return capacity != null && seats >= capacity;
        }

        public String with(String suffix) {
            return name + suffix;
        }

        static String helper() {
            return "not a property";
        }
    }

    record Rating(Double average) {
        public String getAverage() {
            return average == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", average);
        }
    }

    /** The smallest context a resolver needs: it records whether the property was resolved. */
    static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }

    final RecordProperties resolver = new RecordProperties();
    final Talk talk = new Talk("Keynote", 40, 40);

    @Test
    void aRecordsComponentsAndDerivedValuesReadAsProperties() {
        assertEquals("Keynote", value(talk, "name"));
        assertEquals(40, value(talk, "seats"));
        assertEquals(true, value(talk, "full"));
        assertNull(new Talk("Open", 3, null).capacity());
        var context = new Context();
        assertNull(resolver.getValue(context, new Talk("Open", 3, null), "capacity"));
        assertTrue(context.isPropertyResolved(), "a null component is resolved too");
    }

    @Test
    void everythingElseGoesOnDownTheChain() {
        for (Object[] unresolved : new Object[][] {
            {talk, "with"}, // takes an argument: a method call
            {talk, "helper"}, // static
            {talk, "toString"},
            {talk, "nobody"},
            {talk, 1},
            {"a string", "length"},
            {null, "name"},
            {new Rating(4.25), "average"}, // its bean getter formats it: the bean resolver reads that
        }) {
            var context = new Context();
            assertNull(resolver.getValue(context, unresolved[0], unresolved[1]));
            assertFalse(context.isPropertyResolved(), () -> unresolved[0] + "." + unresolved[1]);
            assertNull(resolver.getType(context, unresolved[0], unresolved[1]));
            assertFalse(resolver.isReadOnly(context, unresolved[0], unresolved[1]));
            assertFalse(context.isPropertyResolved());
        }
        assertNull(resolver.getCommonPropertyType(new Context(), "a string"));
    }

    @Test
    void aRecordIsReadOnly() {
        var context = new Context();
        assertTrue(resolver.isReadOnly(context, talk, "name"));
        assertTrue(context.isPropertyResolved());
        assertNull(resolver.getType(new Context(), talk, "name"), "read-only: no type to write");
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(new Context(), talk, "name", "x"));
        assertEquals(String.class, resolver.getCommonPropertyType(new Context(), talk));
    }

    @Test
    void theResolverIsRegistered() throws IOException {
        assertTrue(Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"))
                .contains("<el-resolver>" + RecordProperties.class.getName() + "</el-resolver>"));
    }

    /** A call without arguments in a page's expression: {@code #{view.live()}} where {@code #{view.live}} reads. */
    static final Pattern CALL_WITHOUT_ARGUMENTS = Pattern.compile("\\.(\\w+)\\(\\s*\\)");

    static final Pattern EXPRESSION = Pattern.compile("[#$]\\{[^}]*}");

    @Test
    void noPageCallsAnAccessor() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page :
                    files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(page);
                for (int i = 0; i < lines.size(); i++) {
                    if (callsAnAccessor(lines.get(i))) {
                        found.add(page + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theScanSeesAnAccessorCalled() {
        assertTrue(callsAnAccessor("<h:outputText value=\"#{page.event.name()}\"/>"));
        assertTrue(callsAnAccessor("rendered=\"#{page.ok and not page.view.live( )}\""));
        assertFalse(callsAnAccessor("<h:outputText value=\"#{page.event.name}\"/>"));
        assertFalse(callsAnAccessor("#{page.sortState(c.sortKey)} #{page.rows.size()}"));
        assertFalse(callsAnAccessor("onclick=\"return confirm()\""));
    }

    static boolean callsAnAccessor(String line) {
        Matcher expression = EXPRESSION.matcher(line);
        while (expression.find()) {
            Matcher call = CALL_WITHOUT_ARGUMENTS.matcher(expression.group());
            while (call.find()) {
                if (!call.group(1).equals("size")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Object value(Object base, String property) {
        var context = new Context();
        Object value = resolver.getValue(context, base, property);
        assertTrue(context.isPropertyResolved(), property);
        return value;
    }
}
