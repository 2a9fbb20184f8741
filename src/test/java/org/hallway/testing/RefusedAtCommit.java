package org.hallway.testing;

import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hallway.account.entity.Account;
import org.hallway.networking.entity.NetworkingRules;

/**
 * Test deployments only: a JPA entity listener (declared in the test WAR's META-INF/orm.xml) that
 * dooms the transaction writing a profile named {@link #NAME} or networking rules of
 * {@link #MEETING_SECONDS}: valid input whose commit then fails, as a lost database or a
 * serialization failure would make it. Whatever ran before the commit has run; the commit throws.
 */
public class RefusedAtCommit {

    public static final String NAME = "Refused At Commit";
    public static final int MEETING_SECONDS = 1234;

    public void beforeWrite(Object entity) {
        boolean doomed = entity instanceof Account account && NAME.equals(account.getDisplayName())
                || entity instanceof NetworkingRules rules && rules.getMeetingSeconds() == MEETING_SECONDS;
        if (doomed) {
            try {
                ((TransactionSynchronizationRegistry)
                                new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry"))
                        .setRollbackOnly();
            } catch (NamingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The orm.xml that attaches this listener. */
    static String mapping() {
        String listener = """
                    <entity-listeners>
                      <entity-listener class="%s">
                        <pre-persist method-name="beforeWrite"/>
                        <pre-update method-name="beforeWrite"/>
                      </entity-listener>
                    </entity-listeners>
                """.formatted(RefusedAtCommit.class.getName());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.0">
                  <entity class="%s">
                %s  </entity>
                  <entity class="%s">
                %s  </entity>
                </entity-mappings>
                """.formatted(Account.class.getName(), listener, NetworkingRules.class.getName(), listener);
    }
}
