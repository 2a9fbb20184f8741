package org.hallway.networking.control;

/** What a partner sees of someone: the public part of the profile. {@code headshotUrl} may be null. */
public record Person(long id, String displayName, String headline, String headshotUrl) {

    // Bean-style names for Faces pages (Expression Language 5 does not read record components).

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getHeadline() {
        return headline;
    }

    public String getHeadshotUrl() {
        return headshotUrl;
    }
}
