package org.hallway.chat.control;

/** A message was edited or deleted ({@code line.deleted()}); fired inside the transaction. */
public record MessageChanged(long eventId, ChatLine line) {}
