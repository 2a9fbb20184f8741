package org.hallway.account.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.hallway.account.entity.Account;
import org.hallway.platform.Database;

/**
 * Checks e-mail and password against the account table; the caller name is the e-mail, the groups
 * are the roles. An unknown address costs the same as a known one: a dummy hash is verified, so
 * the answer's timing does not tell who has an account.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Passwords passwords;

    private volatile String dummyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = Account.normalizeEmail(login.getCaller());
        String password = login.getPasswordAsString();
        if (email == null || password == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        try (Connection connection = dataSource.getConnection()) {
            String hash = passwordHash(connection, email);
            boolean matches = passwords.matches(password, hash != null ? hash : dummyHash());
            if (hash == null || !matches) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult(email, roles(connection, email));
        } catch (SQLException e) {
            throw new IllegalStateException("Account lookup failed", e);
        }
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = passwords.hash("not a password of anybody " + System.nanoTime());
        }
        return dummyHash;
    }

    private static String passwordHash(Connection connection, String email) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select password_hash from account where email = ?")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Set<String> roles(Connection connection, String email) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select r.role from account_role r join account a on a.id = r.account_id where a.email = ?")) {
            s.setString(1, email);
            Set<String> roles = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
            return roles;
        }
    }
}
