package org.hallway.platform;

/**
 * Fired by {@link Cluster} when a node of the data grid is heard again, the same run of it, after at
 * least {@link Cluster#HEALED_AFTER_MILLIS} of silence: a split healed (or a long stall ended), and
 * what either side published meanwhile may not have reached the other.
 */
public record GridHealed(String node) {}
