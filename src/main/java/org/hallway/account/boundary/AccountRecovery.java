package org.hallway.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.control.AccountMail;
import org.hallway.account.control.AccountTokens;
import org.hallway.account.control.PasswordChanged;
import org.hallway.account.control.Passwords;
import org.hallway.account.control.ProfileRules;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.TokenPurpose;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;

/**
 * The account use cases that go through a mailed link: asking for a password reset, choosing a new
 * password with the link (also the "set your password" link of imported attendees), and confirming
 * an e-mail address. One transaction each; mails are queued in it and sent after it commits.
 */
@ApplicationScoped
public class AccountRecovery {

    public static final String LINK_INVALID = "This link is no longer valid: it was used already, has expired,"
            + " or a newer one was sent. Ask for a new one.";

    @Inject
    AccountLookup lookup;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMail mails;

    @Inject
    Passwords passwords;

    @Inject
    Event<PasswordChanged> passwordChanged;

    /** At most this many reset links per address within {@link #RESET_WINDOW}; further requests mail nothing. */
    public static final int RESET_LIMIT = 3;

    public static final Duration RESET_WINDOW = Duration.ofHours(1);

    private static final System.Logger LOG = System.getLogger(AccountRecovery.class.getName());

    /**
     * Mails a reset link when the address has an account that has not had {@link #RESET_LIMIT} of
     * them within the last {@link #RESET_WINDOW}, and does nothing otherwise. Pages never call this
     * while answering ({@link ResetRequests} runs it after the answer), so neither the answer nor its
     * timing tells whether the address has an account.
     */
    @Transactional
    public void requestReset(String email) {
        if (ProfileRules.problemWithEmail(email) != null) {
            return;
        }
        lookup.byEmail(email).ifPresent(account -> {
            if (tokens.issuedWithin(account, TokenPurpose.PASSWORD_RESET, RESET_WINDOW) >= RESET_LIMIT) {
                LOG.log(
                        System.Logger.Level.INFO,
                        "Password reset for account {0} not mailed: {1} links within {2}",
                        account.getId(),
                        RESET_LIMIT,
                        RESET_WINDOW);
                return;
            }
            mails.resetLink(account);
        });
    }

    /** Whether the reset page should offer its form for this link. */
    @Transactional
    public boolean resetLinkUsable(String token) {
        return tokens.usable(token, TokenPurpose.PASSWORD_RESET, TokenPurpose.SET_PASSWORD);
    }

    /**
     * Sets the new password with a reset or set-your-password link, which is used up; the address is
     * thereby proven. Every session of the account ends once this commits. Returns the account's e-mail.
     */
    @Transactional
    public String resetPassword(String token, String password, String confirmation) {
        List<Violation> problems = new ArrayList<>();
        if (!Objects.equals(password, confirmation)) {
            problems.add(Violation.of("confirmation", "The two passwords differ."));
        }
        Account account = tokens.redeem(token, TokenPurpose.PASSWORD_RESET, TokenPurpose.SET_PASSWORD)
                .orElseThrow(() -> Rejected.general(LINK_INVALID));
        String problem = Passwords.problemWith(password, account.getEmail());
        if (problem != null) {
            problems.add(0, Violation.of("password", problem));
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems); // rolls back: the link stays usable
        }
        account.changePassword(passwords.hash(password));
        account.verifyEmail();
        passwordChanged.fire(new PasswordChanged(account.getEmail()));
        return account.getEmail();
    }

    /** Confirms the address of the link's account; false for a used, expired or forged link. */
    @Transactional
    public boolean verifyEmail(String token) {
        return tokens.redeem(token, TokenPurpose.VERIFY_EMAIL)
                .map(account -> {
                    account.verifyEmail();
                    return true;
                })
                .orElse(false);
    }
}
