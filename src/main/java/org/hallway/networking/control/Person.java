package org.hallway.networking.control;

/** What a partner sees of someone: the public part of the profile. {@code headshotUrl} is context-relative. */
public record Person(long id, String displayName, String headline, String headshotUrl) {
}
