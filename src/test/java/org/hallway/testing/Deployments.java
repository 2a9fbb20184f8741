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
