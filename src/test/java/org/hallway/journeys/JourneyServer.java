package org.hallway.journeys;

import java.util.Map;
import org.hallway.portability.Combination;
import org.hallway.portability.DeployedServer;
import org.hallway.portability.TestDatabase;
import org.hallway.testing.JanusServer;

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
    private final JanusServer janus;

    private JourneyServer(
            Combination combination, TestDatabase db, DeployedServer server, Mailbox mailbox, JanusServer janus) {
        this.combination = combination;
        this.db = db;
        this.server = server;
        this.mailbox = mailbox;
        this.janus = janus;
    }

    /** The live stage's Janus, when this machine has one (else the site offers no stage). */
    public java.util.Optional<JanusServer> janus() {
        return java.util.Optional.ofNullable(janus);
    }

    /** The one server of this JVM, started on first use. */
    public static synchronized JourneyServer shared() throws Exception {
        if (shared == null) {
            var combination = Combination.current();
            var mailbox = Mailbox.start();
            var db = TestDatabase.create(combination, "journeys", DeployedServer.workDir(combination));
            // The live stage's Janus, on loopback ports of its own, where this machine has Janus
            JanusServer janus = JanusServer.installed() ? JanusServer.start() : null;
            DeployedServer server;
            try {
                Map<String, String> environment = new java.util.HashMap<>(Map.of(
                        "HALLWAY_DEMO", "true",
                        "HALLWAY_MAIL_HOST", "127.0.0.1",
                        "HALLWAY_MAIL_PORT", String.valueOf(mailbox.port()),
                        "HALLWAY_MAIL_TLS", "none"));
                if (janus != null) {
                    environment.putAll(janus.hallwayEnvironment());
                }
                server = DeployedServer.start(combination, "journeys", db, environment);
            } catch (Exception | Error e) {
                mailbox.close();
                db.close();
                if (janus != null) {
                    janus.stop();
                }
                throw e;
            }
            shared = new JourneyServer(combination, db, server, mailbox, janus);
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
        if (janus != null) {
            janus.stop();
        }
        try {
            db.close();
        } catch (Exception e) {
            System.getLogger(JourneyServer.class.getName()).log(System.Logger.Level.WARNING, "Database not dropped", e);
        }
    }
}
