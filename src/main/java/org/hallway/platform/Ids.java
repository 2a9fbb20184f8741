package org.hallway.platform;

/** Ids as they arrive from outside (URL parameters, paths, form values): hostile until parsed here. */
public final class Ids {

    /** 18 digits always fit a long; longer input is refused without parsing. */
    private static final int MAX_DIGITS = 18;

    private Ids() {}

    /** A positive id written with digits only (at most 18), or null for anything else. */
    public static Long parse(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > MAX_DIGITS
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long id = Long.parseLong(text);
        return id > 0 ? id : null;
    }
}
