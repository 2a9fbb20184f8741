package org.hallway.networking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hallway.platform.Violation;
import org.junit.jupiter.api.Test;

class NotesTest {

    @Test
    void aNoteOfUpTo2000CharactersWithLineBreaksIsKept() {
        assertTrue(Notes.check("Talked about vintage cameras.\nCall in May.").isEmpty());
        assertTrue(Notes.check("x".repeat(2000)).isEmpty());
    }

    @Test
    void aLongerNoteIsRefusedNextToItsField() {
        List<Violation> violations = Notes.check("x".repeat(2001));
        assertEquals(1, violations.size());
        assertEquals(Notes.FIELD, violations.get(0).field());
        assertTrue(violations.get(0).message().contains("2001"));
    }

    @Test
    void controlCharactersAreRefused() {
        assertEquals(Notes.FIELD, Notes.check("bell\u0007").get(0).field());
    }
}
