package org.hallway.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.hallway.platform.Pages;

/** The caller's own profile: what other attendees see. Never any other account: there is no id to pass. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    ProfileDesk desk;

    @Inject
    FacesContext faces;

    private String email;
    private String displayName;
    private String headline;
    private String bio;
    private String link;
    private ProfileCard card;
    private Part headshot;
    private boolean listed;

    @PostConstruct
    void load() {
        desk.own().ifPresent(this::show);
    }

    private void show(ProfileDesk.OwnProfile own) {
        email = own.email();
        displayName = own.displayName();
        headline = own.headline();
        bio = own.bio();
        link = own.link();
        card = own.card();
        listed = own.listed();
    }

    /** Says "saved" only once the desk's transaction has committed. */
    public void save() {
        if (Pages.attempt(faces, "profile", () -> card = desk.save(displayName, headline, bio, link))) {
            faces.addMessage(null, new FacesMessage("Your profile is saved."));
        }
    }

    /** The people-directory setting; says so only once it committed. */
    public void saveDirectory() {
        if (Pages.attempt(faces, "directory", () -> listed = desk.showInDirectory(listed))) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            listed
                                    ? "You are listed in the people directories of your events."
                                    : "You are no longer listed in the people directories of your events."));
        }
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public void uploadHeadshot() {
        if (Pages.attempt(faces, "headshotForm", () -> card = desk.changeHeadshot(headshot))) {
            faces.addMessage(null, new FacesMessage("Your headshot is updated."));
        }
    }

    public void removeHeadshot() {
        if (Pages.attempt(faces, "headshotForm", () -> card = desk.removeHeadshot())) {
            faces.addMessage(null, new FacesMessage("Your headshot is removed."));
        }
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    /** The profile as saved (not as typed into a form that was refused). */
    public ProfileCard getCard() {
        return card;
    }

    public Part getHeadshot() {
        return headshot;
    }

    public void setHeadshot(Part headshot) {
        this.headshot = headshot;
    }
}
