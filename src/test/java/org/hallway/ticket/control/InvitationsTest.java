package org.hallway.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hallway.platform.Rejected;
import org.junit.jupiter.api.Test;

class InvitationsTest {

    @Test
    void aPastedListGivesEachAddressOnceWhateverTheSeparators() {
        assertEquals(
                List.of("ada@example.org", "grace@example.org", "alan@example.org"),
                Invitations.addresses("Ada Lovelace <Ada@Example.org>, grace@example.org;\n"
                        + "alan@example.org ada@example.org\r\n\n"));
    }

    @Test
    void oneWrongAddressInvitesNobodyAndIsNamed() {
        var refused = assertThrows(Rejected.class, () -> Invitations.addresses("ok@example.org, not-an-address"));
        assertEquals("Not e-mail addresses: not-an-address. Nobody was invited.", refused.getMessage());
        assertEquals("addresses", refused.violations().get(0).field());
    }

    @Test
    void anEmptyListIsRefused() {
        assertThrows(Rejected.class, () -> Invitations.addresses(" ,; \n"));
    }
}
