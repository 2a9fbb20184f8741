package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadTest {

    @Test
    void aFileNameKeepsOnlyWhatAHeaderCanCarrySafely() {
        assertEquals("registrations-demo.csv", Download.headerSafe("registrations-demo.csv"));
        assertEquals("evilx.csv", Download.headerSafe("evil\"\r\nx.csv"));
        assertEquals("matches-12.vcf", Download.headerSafe("matches-12.vcf"));
    }
}
