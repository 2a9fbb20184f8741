package org.hallway.cluster;

import org.hallway.journeys.ChatAndMeetingJourneyIT;
import org.hallway.journeys.DemoVisitJourneyIT;
import org.hallway.journeys.OrganiserJourneyIT;
import org.hallway.journeys.RegistrationJourneyIT;
import org.hallway.testing.browser.BrowserArtifacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journeys that cross the nodes' shared state (registration through an invite link, an organiser's
 * session joined by an attendee, chat and private messages and a networking call) done by real
 * Chromiums through the balancer in front of two nodes: each request may land on either node (before
 * platform.CarriedMessages, journeys 1 and 3 lost their "Thank you!" and "created." messages when
 * the other node answered the redirect).
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
        DemoVisitJourneyIT.visitsTheDemoEvent(site);
    }

    @Test
    void aNewPersonRegistersThroughAnInviteLinkThroughTheBalancer() throws Exception {
        RegistrationJourneyIT.registersThroughAnInviteLink(site);
    }

    @Test
    void anOrganisersNewSessionIsStartedAndWatchedThroughTheBalancer() throws Exception {
        OrganiserJourneyIT.organisesAnEventThatAnAttendeeWatches(site);
    }

    @Test
    void twoAttendeesMessageChatMeetAndRateThroughTheBalancer() throws Exception {
        ChatAndMeetingJourneyIT.chatsMeetsAndRates(site);
    }
}
