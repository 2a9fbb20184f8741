package org.hallway.account.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.hallway.platform.Database;

/**
 * The identity store: accounts are checked against the account table. The caller name is the
 * account's e-mail; its groups are its roles (ADMIN, ATTENDEE). {@link SessionLogin} is the
 * mechanism that uses it.
 */
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
