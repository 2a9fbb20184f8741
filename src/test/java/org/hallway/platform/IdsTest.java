package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @Test
    void positiveDigitsAreAnId() {
        assertEquals(42L, Ids.parse("42"));
        assertEquals(42L, Ids.parse("0042"));
        assertEquals(999_999_999_999_999_999L, Ids.parse("999999999999999999"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "0",
                "-1",
                "+1",
                " 1",
                "1 ",
                "1e3",
                "0x1F",
                "١٢",
                "1234567890123456789",
                "99999999999999999999999999999999",
                "1;drop table",
                "../1"
            })
    void anythingElseIsNoId(String text) {
        assertNull(Ids.parse(text));
    }
}
