package org.hallway.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants as the database keeps them: {@code LocalDateTime} columns in UTC (JPA 3.1 maps no Instant). */
public final class Utc {

    private Utc() {}

    /** The UTC date and time of an instant, for a column. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant of a UTC column's value; null stays null. */
    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
