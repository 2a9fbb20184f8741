package org.hallway.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.AccountToken;
import org.hallway.account.entity.TokenPurpose;

/**
 * Issues and redeems single-use account links. The token travels only in the mail; the database
 * keeps its SHA-256, so a leaked table does not hold working links. Issuing a new link of a purpose
 * retires the older ones of that account.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Returns the token to put in the link (32 random bytes, URL-safe). */
    public String issue(Account account, TokenPurpose purpose) {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNamedQuery(AccountToken.OPEN_OF_ACCOUNT, AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(t -> t.use(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountToken(account, purpose, hash(token), now));
        return token;
    }

    /**
     * How many links of the purpose the account got within the window before now: counted in the
     * database, so the limit holds whichever node answered each request.
     */
    public long issuedWithin(Account account, TokenPurpose purpose, java.time.Duration window) {
        return em.createNamedQuery(AccountToken.ISSUED_SINCE, Long.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setParameter("since", LocalDateTime.now(clock).minus(window))
                .getSingleResult();
    }

    /** The account of a valid, unused, unexpired token of the purpose; marks it used. Forged shapes never reach a query. */
    public Optional<Account> redeem(String token, TokenPurpose... purposes) {
        Optional<AccountToken> found = find(token, purposes);
        found.ifPresent(t -> t.use(LocalDateTime.now(clock)));
        return found.map(AccountToken::getAccount);
    }

    /** True when the token could be redeemed now (the page shows the form only then). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usable(String token, TokenPurpose... purposes) {
        return find(token, purposes).isPresent();
    }

    private Optional<AccountToken> find(String token, TokenPurpose... purposes) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst()
                .filter(t -> java.util.Arrays.stream(purposes).anyMatch(p -> t.usableFor(p, now)));
    }

    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
