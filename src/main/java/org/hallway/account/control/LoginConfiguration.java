package org.hallway.account.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.hallway.platform.Database;

/**
 * Login with a Faces form against the account table. The caller name is the account's e-mail;
 * its groups are its roles (ADMIN, ATTENDEE).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = Database.JNDI_NAME,
        callerQuery = "select password_hash from account where email = ?",
        groupsQuery = "select r.role from account_role r join account a on a.id = r.account_id where a.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {Passwords.ALGORITHM, Passwords.ITERATIONS, Passwords.SALT, Passwords.KEY})
@DeclareRoles({"ADMIN", "ATTENDEE"})
@ApplicationScoped
public class LoginConfiguration {
}
