package org.hallway.stage.control;

/**
 * The stage's lineup changed (CDI event fired inside the transaction, with the lineup read there);
 * {@code kicked} is an account Janus must drop as a publisher after the commit, else 0.
 */
public record StageChanged(StageLineup lineup, long kicked) {}
