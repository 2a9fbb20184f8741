package org.hallway.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** A single-use link mailed to an account's owner; only the token's SHA-256 is stored. */
@Entity
@Table(name = "account_token")
@NamedQuery(
        name = AccountToken.BY_HASH,
        query = "select t from AccountToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(
        name = AccountToken.OPEN_OF_ACCOUNT,
        query = "select t from AccountToken t where t.account = :account"
                + " and t.purpose = :purpose and t.usedAt is null")
@NamedQuery(
        name = AccountToken.ISSUED_SINCE,
        query = "select count(t) from AccountToken t where t.account = :account"
                + " and t.purpose = :purpose and t.createdAt > :since")
public class AccountToken extends Identified {

    public static final String ISSUED_SINCE = "AccountToken.issuedSince";
    public static final String BY_HASH = "AccountToken.byHash";
    public static final String OPEN_OF_ACCOUNT = "AccountToken.openOfAccount";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected AccountToken() {}

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, LocalDateTime now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public boolean usableFor(TokenPurpose wanted, LocalDateTime now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(LocalDateTime now) {
        usedAt = now;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }
}
