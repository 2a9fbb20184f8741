package org.hallway.journeys;

import java.util.Map;
import org.hallway.portability.Combination;
import org.hallway.portability.DeployedServer;
import org.hallway.portability.TestDatabase;

/**
 * The build's own target/hallway.war, started once per test JVM on the combination under test
 * (Payara Micro + H2 unless the matrix profile's execution names another) on an empty database with
 * the demo data, its mail going to a {@link Mailbox} in this JVM. Every journeys class of the run
 * shares it, so a journey makes its own people and events (or only reads the demo's); it stops when
 * the JVM exits.
 */
public final class JourneyServer implements Site {

    private static JourneyServer shared;

    private final Combination combination;
    private final TestDatabase db;
    private final DeployedServer server;
    private final Mailbox mailbox;

    private JourneyServer(Combination combination, TestDatabase db, DeployedServer server, Mailbox mailbox) {
        this.combination = combination;
        this.db = db;
        this.server = server;
        this.mailbox = mailbox;
    }

    /** The one server of this JVM, started on first use. */
    public static synchronized JourneyServer shared() throws Exception {
        if (shared == null) {
            var combination = Combination.current();
            var mailbox = Mailbox.start();
            var db = TestDatabase.create(combination, "journeys", DeployedServer.workDir(combination));
            DeployedServer server;
            try {
                server = DeployedServer.start(
                        combination,
                        "journeys",
                        db,
                        Map.of(
                                "HALLWAY_DEMO", "true",
                                "HALLWAY_MAIL_HOST", "127.0.0.1",
                                "HALLWAY_MAIL_PORT", String.valueOf(mailbox.port()),
                                "HALLWAY_MAIL_TLS", "none"));
            } catch (Exception | Error e) {
                mailbox.close();
                db.close();
                throw e;
            }
            shared = new JourneyServer(combination, db, server, mailbox);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "journey-server-stop"));
        }
        return shared;
    }

    @Override
    public String address() {
        return server.base();
    }

    @Override
    public Mailbox mailbox() {
        return mailbox;
    }

    @Override
    public String name() {
        return combination.toString();
    }

    /** The server's log, for a journey that checks what the server said. */
    public String log() throws java.io.IOException {
        return server.log();
    }

    private void stop() {
        server.close();
        mailbox.close();
        try {
            db.close();
        } catch (Exception e) {
            System.getLogger(JourneyServer.class.getName()).log(System.Logger.Level.WARNING, "Database not dropped", e);
        }
    }
}
