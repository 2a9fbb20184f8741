package org.hallway.stage.control;

/** A live-stage session ended (CDI event, fired inside the transaction that ended it). */
public record StageEnded(long sessionId) {}
