package org.hallway.load;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The start-up baseline: a WAR with one static page, built on the fly. */
final class HelloWar {

    private HelloWar() {
    }

    static Path build(Path directory) throws java.io.IOException {
        Files.createDirectories(directory);
        Path war = directory.resolve("hello.war");
        ShrinkWrap.create(WebArchive.class, "hello.war")
                .add(new StringAsset("<!DOCTYPE html><title>Hello</title><p>Hello, world.</p>\n"), "index.html")
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }
}
