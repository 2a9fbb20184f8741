package org.hallway.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aPasswordNeedsTenCharacters() {
        assertEquals("The password needs at least 10 characters.", Passwords.problemWith("123456789", null));
        assertNull(Passwords.problemWith("1234567890", null));
    }

    @Test
    void aPasswordOfOnlySpacesIsRefused() {
        assertEquals("The password cannot be only spaces.", Passwords.problemWith(" \t".repeat(6), null));
    }

    @Test
    void aPasswordMayNotBeTheEmailAddressInAnyCase() {
        assertEquals(
                "The password cannot be your e-mail address.",
                Passwords.problemWith(" Ada@Hallway.test ", "ada@hallway.test"));
        assertNull(Passwords.problemWith("ada@hallway.test!", "ada@hallway.test"));
    }

    @Test
    void aPasswordHasAtMost128Characters() {
        assertEquals("The password may have at most 128 characters.", Passwords.problemWith("x".repeat(129), null));
    }
}
