package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MigrationLocationsTest {

    @Test
    void h2AndPostgreSqlGetTheirOwnVendorFolder() {
        assertEquals("h2", MigrationLocations.vendor("H2"));
        assertEquals("postgresql", MigrationLocations.vendor("PostgreSQL"));
    }

    @Test
    void anUnsupportedDatabaseIsRefusedByName() {
        var refused = assertThrows(IllegalStateException.class, () -> MigrationLocations.vendor("MySQL"));
        assertEquals("Hallway's migrations support H2 and PostgreSQL, not MySQL", refused.getMessage());
    }
}
