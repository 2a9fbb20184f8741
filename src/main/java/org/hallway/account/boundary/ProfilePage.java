package org.hallway.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.transaction.Transactional;
import org.hallway.account.control.Accounts;
import org.hallway.account.control.ProfileRules;
import org.hallway.account.entity.Account;
import org.hallway.media.control.ImageStore;
import org.hallway.media.control.InvalidImageException;

/** The caller's own profile: what other attendees see. Never any other account: there is no id to pass. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    Accounts accounts;

    @Inject
    ImageStore images;

    @Inject
    FacesContext faces;

    private String email;
    private String displayName;
    private String headline;
    private String bio;
    private String link;
    private ProfileCard card;
    private Part headshot;

    @PostConstruct
    void load() {
        accounts.current().ifPresent(this::show);
    }

    private void show(Account account) {
        email = account.getEmail();
        displayName = account.getDisplayName();
        headline = account.getHeadline();
        bio = account.getBio();
        link = account.getLink();
        card = new ProfileCard(account);
    }

    @Transactional
    public void save() {
        boolean ok = check("displayName", ProfileRules.problemWithName(displayName))
                & check("headline", ProfileRules.problemWithHeadline(headline))
                & check("bio", ProfileRules.problemWithBio(bio))
                & check("link", ProfileRules.problemWithLink(link));
        if (!ok) {
            return;
        }
        Account account = accounts.current().orElse(null);
        if (account == null) {
            message(FacesMessage.SEVERITY_ERROR, "Log in again to edit your profile.");
            return;
        }
        account.updateProfile(displayName.trim(), ProfileRules.blankToNull(headline), ProfileRules.blankToNull(bio),
                ProfileRules.blankToNull(link));
        show(account);
        message(FacesMessage.SEVERITY_INFO, "Your profile is saved.");
    }

    @Transactional
    public void uploadHeadshot() {
        Account account = accounts.current().orElse(null);
        if (account == null) {
            message(FacesMessage.SEVERITY_ERROR, "Log in again to change your headshot.");
            return;
        }
        long imageId;
        try {
            imageId = images.store(headshot).getId();
        } catch (InvalidImageException e) {
            faces.addMessage("headshotForm:headshot", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        account.changeHeadshot(imageId);
        show(account);
        message(FacesMessage.SEVERITY_INFO, "Your headshot is updated.");
    }

    @Transactional
    public void removeHeadshot() {
        accounts.current().ifPresent(account -> {
            account.changeHeadshot(null);
            show(account);
            message(FacesMessage.SEVERITY_INFO, "Your headshot is removed.");
        });
    }

    private boolean check(String field, String problem) {
        if (problem == null) {
            return true;
        }
        faces.addMessage("profile:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
        return false;
    }

    private void message(FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
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
