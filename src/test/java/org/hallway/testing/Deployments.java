package org.hallway.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Builds test deployments from the compiled application (target/classes and src/main/webapp),
 * with a test configuration: a private in-memory database holding the demo data, and the settable
 * clock of this package in place of the wall clock.
 */
public final class Deployments {

    private Deployments() {}

    /**
     * The application's configuration (its defaults) with the test settings of it-config.properties
     * and then {@code overrides} ({@code key=value} lines) on top: a later line wins.
     */
    public static String configuration(String... overrides) {
        try {
            return Files.readString(Path.of("src/main/resources/META-INF/microprofile-config.properties"))
                    + "\n" + Files.readString(Path.of("src/test/resources/it-config.properties"))
                    + "\n" + String.join("\n", overrides) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole application with {@code overrides} on top of the test configuration (a later key wins). */
    public static WebArchive application(String name, java.util.Map<String, String> overrides) {
        WebArchive war = application(name);
        war.delete("/WEB-INF/classes/META-INF/microprofile-config.properties");
        war.addAsResource(
                new StringAsset(configuration(overrides.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new))),
                "META-INF/microprofile-config.properties");
        return war;
    }

    /** The whole application, as the README's run command deploys it. */
    public static WebArchive application(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        war.merge(
                ShrinkWrap.create(ExplodedImporter.class)
                        .importDirectory(new File("target/classes"))
                        .as(org.jboss.shrinkwrap.api.GenericArchive.class),
                "/WEB-INF/classes");
        war.merge(
                ShrinkWrap.create(ExplodedImporter.class)
                        .importDirectory(new File("src/main/webapp"))
                        .as(org.jboss.shrinkwrap.api.GenericArchive.class),
                "/");
        war.addAsLibraries(Maven.resolver()
                .loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies()
                .resolve()
                .withTransitivity()
                .asFile());
        war.addAsResource(new StringAsset(configuration()), "META-INF/microprofile-config.properties");
        war.addPackage(Deployments.class.getPackage());
        war.addAsResource(new StringAsset(RefusedAtCommit.mapping()), "META-INF/orm.xml");
        return war;
    }
}
