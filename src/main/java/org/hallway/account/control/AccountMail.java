package org.hallway.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.TokenPurpose;
import org.hallway.mail.control.MailSettings;
import org.hallway.mail.control.MailTemplates;
import org.hallway.mail.control.Outbox;

/**
 * The mails about an account, each with a fresh single-use link, queued in the caller's
 * transaction (nothing goes out for a change that rolls back).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountMail {

    public static final String RESET_PAGE = "reset-password.xhtml?token=";
    public static final String VERIFY_PAGE = "verify-email.xhtml?token=";

    @Inject
    AccountTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mail;

    public void resetLink(Account account) {
        String token = tokens.issue(account, TokenPurpose.PASSWORD_RESET);
        outbox.queue(MailTemplates.passwordReset(account.getEmail(), mail.link(RESET_PAGE + token), (int)
                TokenPurpose.PASSWORD_RESET.validity().toMinutes()));
    }

    /** A newly registered account: usable at once, its address unconfirmed until the mailed link is opened. */
    public void askToVerify(Account account) {
        account.awaitVerification();
        String token = tokens.issue(account, TokenPurpose.VERIFY_EMAIL);
        outbox.queue(MailTemplates.verification(
                account.getEmail(), account.getDisplayName(), mail.link(VERIFY_PAGE + token), (int)
                        TokenPurpose.VERIFY_EMAIL.validity().toDays()));
    }

    /** An attendee the organiser registered (import): "you were registered, choose your password". */
    public void askToSetPassword(Account account, String eventName) {
        String token = tokens.issue(account, TokenPurpose.SET_PASSWORD);
        outbox.queue(MailTemplates.registered(
                account.getEmail(), account.getDisplayName(), eventName, mail.link(RESET_PAGE + token), (int)
                        TokenPurpose.SET_PASSWORD.validity().toDays()));
    }

    /** Someone tried to register an address that has an account: its owner learns how to get the ticket. */
    public void alreadyRegistered(Account account, String eventName, String invitePath) {
        String token = tokens.issue(account, TokenPurpose.PASSWORD_RESET);
        outbox.queue(MailTemplates.alreadyRegistered(
                account.getEmail(), eventName, mail.link(invitePath), mail.link(RESET_PAGE + token)));
    }
}
