package org.hallway.platform;

import java.util.Locale;

/** How an enum constant is written outside Java (protocol messages, exports): {@code NOT_IN_MEETING} → {@code not-in-meeting}. */
public final class WireNames {

    private WireNames() {}

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
