package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void aStartOnAnUpToDateSchemaReportsItsVersionNotNull() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:database-test;DB_CLOSE_DELAY=-1");
        var first = Database.upToDate(dataSource);
        assertTrue(first.applied() > 0, "an empty database gets every migration");
        assertTrue(first.version().matches("\\d+(\\.\\d+)*"), first.version());

        var second = Database.upToDate(dataSource);
        assertEquals(0, second.applied(), "nothing left to apply");
        assertEquals(first.version(), second.version(), "the schema's version, as after the first start");
    }
}
