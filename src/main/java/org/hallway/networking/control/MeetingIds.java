package org.hallway.networking.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.hallway.platform.Database;

/**
 * Meeting ids allocated ahead, in blocks of {@value #BLOCK} from the one {@code hallway_seq}
 * (which counts in steps of {@value #BLOCK}): matching takes an id from memory instead of
 * flushing an insert. One value {@code v} of the sequence is the block {@code v … v+49}; the ORM
 * uses no block of that sequence for meetings, so the blocks never collide.
 */
@ApplicationScoped
public class MeetingIds {

    static final int BLOCK = 50;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private long next;
    private long end;

    /** The next free meeting id; a round trip to the database once per block. */
    public synchronized long next() {
        if (next == end) {
            next = fetchBlock();
            end = next + BLOCK;
        }
        return next++;
    }

    private long fetchBlock() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            // The standard form (H2 and most others); PostgreSQL has only its function.
            String sql = product.contains("postgres")
                    ? "SELECT nextval('hallway_seq')"
                    : "SELECT NEXT VALUE FOR hallway_seq";
            try (ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No meeting ids from hallway_seq", e);
        }
    }
}
