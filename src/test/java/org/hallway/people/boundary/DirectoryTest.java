package org.hallway.people.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hallway.people.control.DirectoryPage;
import org.junit.jupiter.api.Test;

class DirectoryTest {

    @Test
    void aBlankSearchIsNoSearch() {
        assertNull(Directory.searched(null));
        assertNull(Directory.searched(""));
        assertNull(Directory.searched("  \t "));
    }

    @Test
    void aSearchIgnoresCaseAndSurroundingSpaceAndKeepsEverythingElseAsTyped() {
        assertEquals("grace hopper", Directory.searched("  Grace HOPPER "));
        assertEquals("100% _sure!\\", Directory.searched("100% _Sure!\\"));
    }

    @Test
    void theSearchIsMatchedAnywhereWithItsWildcardsAndTheEscapeCharacterTakenLiterally() {
        assertNull(Directory.pattern(null));
        assertEquals("%100!% !_sure!!%", Directory.pattern("100% _sure!"));
    }

    @Test
    void aLongSearchIsCut() {
        assertEquals(Directory.MAX_QUERY, Directory.searched("x".repeat(5000)).length());
    }

    @Test
    void pagesCountWhatMatchesAndKnowTheirNeighbours() {
        var middle = new DirectoryPage(List.of(), 49, 1, 24);
        assertEquals(3, middle.pages());
        assertEquals(true, middle.hasPrevious());
        assertEquals(true, middle.hasNext());
        var none = new DirectoryPage(List.of(), 0, 0, 24);
        assertEquals(1, none.pages(), "an empty directory is one empty page");
        assertEquals(false, none.hasNext());
        assertEquals(false, new DirectoryPage(List.of(), 48, 1, 24).hasNext());
    }
}
