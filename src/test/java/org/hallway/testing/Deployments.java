package org.hallway.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Builds test deployments from the compiled application (target/classes and src/main/webapp),
 * with a test configuration: a private in-memory database holding the demo data.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The whole application with the test configuration plus {@code extraConfig} (later keys win). */
    public static WebArchive application(String name, java.util.Map<String, String> extraConfig) {
        WebArchive war = application(name);
        try (var in = Deployments.class.getResourceAsStream("/it-config.properties")) {
            var text = new StringBuilder(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            extraConfig.forEach((k, v) -> text.append('\n').append(k).append('=').append(v));
            war.delete("/WEB-INF/classes/META-INF/microprofile-config.properties");
            war.addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset(text.toString()),
                    "META-INF/microprofile-config.properties");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return war;
    }

    /** The whole application, as the README's run command deploys it. */
    public static WebArchive application(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        war.merge(ShrinkWrap.create(ExplodedImporter.class).importDirectory(new File("target/classes"))
                .as(org.jboss.shrinkwrap.api.GenericArchive.class), "/WEB-INF/classes");
        war.merge(ShrinkWrap.create(ExplodedImporter.class).importDirectory(new File("src/main/webapp"))
                .as(org.jboss.shrinkwrap.api.GenericArchive.class), "/");
        war.addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile());
        war.addAsResource("it-config.properties", "META-INF/microprofile-config.properties");
        war.addPackage(Deployments.class.getPackage());
        return war;
    }
}
