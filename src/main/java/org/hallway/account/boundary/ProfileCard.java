package org.hallway.account.boundary;

import java.io.Serializable;
import org.hallway.account.control.Person;
import org.hallway.account.control.ProfileRules;
import org.hallway.account.entity.Account;

/** The public face of an account, as other attendees see it (the profile card component shows it). */
public final class ProfileCard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Person person;
    private final String bio;
    private final String link;

    public ProfileCard(Account account) {
        this.person = Person.of(account);
        this.bio = account.getBio();
        // Only a link that passes today's rules is ever rendered as a link.
        this.link = account.getLink() != null && ProfileRules.problemWithLink(account.getLink()) == null
                ? account.getLink().trim()
                : null;
    }

    public Person getPerson() {
        return person;
    }

    public String getBio() {
        return bio;
    }

    public String getLink() {
        return link;
    }
}
