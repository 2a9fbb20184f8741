package org.hallway.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code verify-email.xhtml?token=}: the verification mail's link confirms the address. */
@Named
@RequestScoped
public class VerifyEmailPage {

    @Inject
    AccountRecovery recovery;

    private String token;
    private boolean verified;

    /** View action (a GET: mail clients open links with GET; the token is single-use). */
    public void open() {
        verified = recovery.verifyEmail(token);
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
