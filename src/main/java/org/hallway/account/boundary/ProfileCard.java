package org.hallway.account.boundary;

import java.io.Serializable;
import org.hallway.account.control.ProfileRules;
import org.hallway.account.entity.Account;

/** The public face of an account, as other attendees see it (the profile card component shows it). */
public final class ProfileCard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final String headline;
    private final String bio;
    private final String link;
    private final String headshotPath;

    public ProfileCard(Account account) {
        this.displayName = account.getDisplayName();
        this.headline = account.getHeadline();
        this.bio = account.getBio();
        // Only a link that passes today's rules is ever rendered as a link.
        this.link = account.getLink() != null && ProfileRules.problemWithLink(account.getLink()) == null
                ? account.getLink().trim() : null;
        this.headshotPath = account.getHeadshotPath();
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getHeadline() {
        return headline;
    }

    public String getBio() {
        return bio;
    }

    public String getLink() {
        return link;
    }

    public String getHeadshotPath() {
        return headshotPath;
    }
}
