package org.hallway.networking.entity;

/**
 * How a networking session orders who meets whom among the compatible pairs. A preference never
 * excludes anyone: ticket-type rules, cooldown, blocks and low ratings stay hard rules, and every
 * round still matches as many people as possible.
 */
public enum MatchingMode {
    /** Partners drawn at random among the compatible ones. */
    RANDOM,
    /** Pairs who share more interests first; mutual "I'd like to meet" picks next. */
    INTERESTS_FIRST,
    /** Mutual "I'd like to meet" picks first; shared interests next. */
    PICKS_FIRST
}
