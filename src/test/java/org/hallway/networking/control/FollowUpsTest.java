package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallway.mail.control.MailTemplates.Contact;
import org.hallway.networking.control.FollowUps.Attendee;
import org.hallway.networking.control.FollowUps.Met;
import org.hallway.networking.entity.ConnectionState;
import org.junit.jupiter.api.Test;

/** How a networking session's meetings become each participant's connection summary, grouped in memory. */
class FollowUpsTest {

    private static final Map<Long, Attendee> PEOPLE = Map.of(
            1L, new Attendee(1, "Ada", "Engineer", "https://ada.example", "ada@example.org"),
            2L, new Attendee(2, "Alan", "Mathematician", null, "alan@example.org"),
            3L, new Attendee(3, "Grace", null, "https://grace.example", "grace@example.org"));

    private static Map<Long, List<Contact>> contacts(
            List<Met> meetings, Set<List<Long>> connected, Map<List<Long>, String> notes) {
        return FollowUps.contacts(
                meetings,
                PEOPLE,
                (viewer, partner) -> connected.contains(List.of(Math.min(viewer, partner), Math.max(viewer, partner)))
                        ? ConnectionState.CONNECTED
                        : ConnectionState.REQUESTED,
                (author, subject) -> notes.get(List.of(author, subject)));
    }

    @Test
    void everyoneWhoMetSomeoneGetsOneSummaryListingEachPersonTheyMetOnceInTheOrderTheyFirstMet() {
        var summaries = contacts(List.of(new Met(1, 2), new Met(3, 1), new Met(2, 1)), Set.of(), Map.of());

        assertEquals(List.of(1L, 2L, 3L), List.copyOf(summaries.keySet()), "by account id");
        assertEquals(
                List.of("Alan", "Grace"),
                summaries.get(1L).stream().map(Contact::name).toList(),
                "Alan once although met twice, before Grace, met later");
        assertEquals(
                List.of("Ada"), summaries.get(2L).stream().map(Contact::name).toList());
        assertEquals(
                List.of("Ada"), summaries.get(3L).stream().map(Contact::name).toList());
    }

    @Test
    void theAddressIsGivenOnlyBetweenConnectionsWithHeadlineAndLinkForAll() {
        var summaries = contacts(List.of(new Met(1, 2), new Met(1, 3)), Set.of(List.of(1L, 2L)), Map.of());

        assertEquals(
                new Contact("Alan", "Mathematician", null, "alan@example.org", true, null),
                summaries.get(1L).get(0));
        assertEquals(
                new Contact("Grace", null, "https://grace.example", null, false, null),
                summaries.get(1L).get(1));
        assertEquals(
                new Contact("Ada", "Engineer", "https://ada.example", "ada@example.org", true, null),
                summaries.get(2L).get(0));
    }

    @Test
    void eachSummaryCarriesOnlyItsRecipientsOwnNotes() {
        var summaries = contacts(List.of(new Met(1, 2)), Set.of(), Map.of(List.of(1L, 2L), "Ask about engines"));

        assertEquals("Ask about engines", summaries.get(1L).get(0).note());
        assertEquals(null, summaries.get(2L).get(0).note(), "Ada's note about Alan is not Alan's");
    }

    @Test
    void nobodyWhoMetNobodyIsSummarised() {
        assertEquals(Map.of(), contacts(List.of(), Set.of(), Map.of()));
        assertFalse(contacts(List.of(new Met(1, 2)), Set.of(), Map.of()).containsKey(3L));
    }
}
