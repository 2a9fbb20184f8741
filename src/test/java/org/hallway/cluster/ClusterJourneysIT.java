package org.hallway.cluster;

import org.hallway.testing.browser.BrowserArtifacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journeys that cross the nodes' shared state (registration through an invite link, an organiser's
 * session joined by an attendee, chat and private messages and a networking call) done by real
 * Chromiums through the balancer in front of two nodes: each request may land on either node.
 */
@ExtendWith(BrowserArtifacts.class)
class ClusterJourneysIT {

    static TwoNodes site;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        site = TwoNodes.start("journeys");
    }

    @AfterAll
    static void stopTwoNodes() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aVisitorLogsInAndOpensTheDemoAgendaThroughTheBalancer() throws Exception {
        org.hallway.journeys.DemoVisitJourneyIT.visitsTheDemoEvent(site);
    }
}
