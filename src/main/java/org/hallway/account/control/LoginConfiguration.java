package org.hallway.account.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles Hallway declares. Accounts are checked by {@link AccountIdentityStore}; {@link SessionLogin}
 * is the mechanism that uses it.
 */
@DeclareRoles({"ADMIN", "ATTENDEE"})
@ApplicationScoped
public class LoginConfiguration {}
