package org.hallway.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hallway.platform.Identified;

/** A person who can log in, with the public profile other attendees see. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
public class Account extends Identified {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final int MAX_NAME = 80;
    public static final int MAX_HEADLINE = 140;
    public static final int MAX_BIO = 2000;
    public static final int MAX_LINK = 500;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String headline;
    private String bio;
    private String link;

    @Column(name = "headshot_image_id")
    private Long headshotImageId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified = true;
    /** Shown in the people directories of the account's events (and found by their search). */
    @Column(nullable = false)
    private boolean listed = true;

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String passwordHash, String displayName, LocalDateTime createdAt, Role... roles) {
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.createdAt = createdAt;
        this.roles = roles.length == 0 ? new HashSet<>() : new HashSet<>(EnumSet.of(roles[0], roles));
    }

    /** Emails are compared case-insensitively: stored and looked up in lower case. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public void updateProfile(String displayName, String headline, String bio, String link) {
        this.displayName = displayName;
        this.headline = headline;
        this.bio = bio;
        this.link = link;
    }

    /** Whether others see this account in the people directories of its events. */
    public void showInDirectory(boolean listed) {
        this.listed = listed;
    }

    public boolean isListed() {
        return listed;
    }

    public void changeHeadshot(Long imageId) {
        this.headshotImageId = imageId;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Registered through an invite link: the address is unconfirmed until the mailed link is opened. */
    public void awaitVerification() {
        this.emailVerified = false;
    }

    public void verifyEmail() {
        this.emailVerified = true;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
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

    public Long getHeadshotImageId() {
        return headshotImageId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isOrganiser() {
        return roles.contains(Role.ADMIN);
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
