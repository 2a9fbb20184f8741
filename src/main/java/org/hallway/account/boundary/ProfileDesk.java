package org.hallway.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Optional;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.control.ProfileRules;
import org.hallway.account.entity.Account;
import org.hallway.media.control.ImageStore;
import org.hallway.platform.Rejected;

/**
 * The caller's own profile use cases, one transaction each; a {@link Rejected} rolls back
 * everything. Each returns the profile as committed, so the page shows what is stored.
 */
@ApplicationScoped
public class ProfileDesk {

    @Inject
    AccountLookup lookup;

    @Inject
    ImageStore images;

    /** The caller's own profile as stored, for the form: one value read in the transaction. */
    public record OwnProfile(
            String email,
            String displayName,
            String headline,
            String bio,
            String link,
            boolean listed,
            ProfileCard card)
            implements Serializable {}

    /** The caller's own profile; empty when nobody is logged in. */
    @Transactional
    public Optional<OwnProfile> own() {
        return lookup.currentAccount()
                .map(account -> new OwnProfile(
                        account.getEmail(),
                        account.getDisplayName(),
                        account.getHeadline(),
                        account.getBio(),
                        account.getLink(),
                        account.isListed(),
                        new ProfileCard(account)));
    }

    @Transactional
    public ProfileCard save(String displayName, String headline, String bio, String link) {
        Rejected.unless(ProfileRules.profile(displayName, headline, bio, link));
        Account account = caller("Log in again to edit your profile.");
        account.updateProfile(
                displayName.trim(),
                ProfileRules.blankToNull(headline),
                ProfileRules.blankToNull(bio),
                ProfileRules.blankToNull(link));
        return new ProfileCard(account);
    }

    /** Shows or hides the caller in the people directories of their events; returns the setting as stored. */
    @Transactional
    public boolean showInDirectory(boolean listed) {
        Account account = caller("Log in again to change your profile.");
        account.showInDirectory(listed);
        return account.isListed();
    }

    @Transactional
    public ProfileCard changeHeadshot(Part upload) {
        Account account = caller("Log in again to change your headshot.");
        account.changeHeadshot(images.store(upload, "headshot").getId());
        return new ProfileCard(account);
    }

    @Transactional
    public ProfileCard removeHeadshot() {
        Account account = caller("Log in again to change your headshot.");
        account.changeHeadshot(null);
        return new ProfileCard(account);
    }

    private Account caller(String otherwise) {
        return lookup.currentAccount().orElseThrow(() -> Rejected.general(otherwise));
    }
}
