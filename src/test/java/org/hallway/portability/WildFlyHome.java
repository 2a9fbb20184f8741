package org.hallway.portability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The WildFly the build unpacked from Maven Central ({@code org.wildfly:wildfly-dist}, the
 * {@code matrix} profile's dependency plugin; system property {@code hallway.wildfly.home}),
 * configured once with the README's one CLI setting.
 */
final class WildFlyHome {

    /**
     * Hallway brings its own Jakarta Security mechanism and identity store. WildFly's default
     * application security domain ({@code other}) otherwise hands the caller to Elytron's
     * {@code ApplicationRealm} after the mechanism succeeded ("integrated JASPI"), where Hallway's
     * users do not exist: every login would end in 403.
     */
    static final String SETTING =
            "/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi,value=false)";

    private WildFlyHome() {}

    static synchronized Path prepared() throws Exception {
        Path home = Path.of(System.getProperty("hallway.wildfly.home", "target/wildfly"))
                .toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No WildFly at " + home + ": run with -Pmatrix (it unpacks wildfly-dist)");
        }
        Path marker = home.resolve("standalone/configuration/.hallway-configured");
        if (Files.exists(marker)) {
            return home;
        }
        // The same command as the README's, against the stopped server (an embedded one), once.
        Path log = home.resolve("standalone/hallway-cli.log");
        var cli = new ProcessBuilder(List.of(
                        home.resolve("bin/jboss-cli.sh").toString(),
                        "--commands=embed-server --std-out=discard," + SETTING + ",stop-embedded-server"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        cli.environment().put("JBOSS_HOME", home.toString());
        Process process = cli.start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("WildFly CLI failed:\n" + Files.readString(log));
        }
        if (!Files.readString(home.resolve("standalone/configuration/standalone.xml"))
                .contains("integrated-jaspi=\"false\"")) {
            throw new IllegalStateException("The CLI setting did not reach standalone.xml:\n" + Files.readString(log));
        }
        Files.writeString(marker, SETTING + "\n");
        return home;
    }
}
