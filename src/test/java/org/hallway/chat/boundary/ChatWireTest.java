package org.hallway.chat.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hallway.account.control.Person;
import org.hallway.chat.control.ChatChannel;
import org.hallway.chat.control.ChatLine;
import org.hallway.chat.control.ConversationSummary;
import org.hallway.chat.control.History;
import org.hallway.chat.control.ReportedMessage;
import org.hallway.chat.control.Unread;
import org.junit.jupiter.api.Test;

/** Golden JSON of chat's payloads, as docs/protocol.md ("Chat") shows them. */
class ChatWireTest {

    static final Person ADA = new Person(7, "Ada Lovelace", "Analyst of engines", "/images/ab12");
    static final Person GRACE = new Person(8, "Grace Hopper", null, null);
    static final Instant SENT = Instant.parse("2026-12-01T10:15:00Z");

    static final ChatLine LINE =
            new ChatLine(1234, ChatChannel.session(42), ADA, "Hello <b>there</b>", SENT, null, false);

    @Test
    void aMessageCarriesItsSenderTextAndTimesAndNoEditedAtUnlessEdited() {
        assertEquals(
                "{\"id\":1234,\"channel\":\"session:42\",\"sender\":{\"id\":7,\"displayName\":\"Ada Lovelace\","
                        + "\"headshotUrl\":\"/images/ab12\"},\"text\":\"Hello <b>there</b>\",\"sentAt\":\"2026-12-01T10:15:00Z\","
                        + "\"deleted\":false}",
                ChatWire.message(LINE).toString());
        ChatLine edited =
                new ChatLine(1, ChatChannel.conversation(3), GRACE, "Fixed", SENT, SENT.plusSeconds(60), false);
        assertEquals(
                "{\"id\":1,\"channel\":\"conversation:3\",\"sender\":{\"id\":8,\"displayName\":\"Grace Hopper\"},"
                        + "\"text\":\"Fixed\",\"sentAt\":\"2026-12-01T10:15:00Z\",\"deleted\":false,"
                        + "\"editedAt\":\"2026-12-01T10:16:00Z\"}",
                ChatWire.message(edited).toString());
    }

    @Test
    void aHistoryPageListsItsMessagesOldestFirstWithMoreAndTheModeratorFlag() {
        assertEquals(
                "{\"channel\":\"session:42\",\"messages\":[" + ChatWire.message(LINE) + "],\"more\":true,"
                        + "\"moderator\":false}",
                ChatWire.history(new History(ChatChannel.session(42), List.of(LINE), true, false))
                        .toString());
    }

    @Test
    void unreadCountsAreKeyedByConversationIdWithTheirEventAndTotal() {
        assertEquals(
                "{\"eventId\":5,\"total\":3,\"conversations\":{\"9\":3}}",
                ChatWire.unread(5, Unread.of(Map.of(9L, 3))).toString());
    }

    @Test
    void aConversationShowsItsPartnerUnreadCountAndLastMessageWhenThereIsOne() {
        assertEquals(
                "{\"conversations\":[{\"id\":9,\"channel\":\"conversation:9\",\"partner\":{\"id\":8,"
                        + "\"displayName\":\"Grace Hopper\"},\"unread\":0}]}",
                ChatWire.conversations(List.of(new ConversationSummary(9, GRACE, null, 0)))
                        .toString());
    }

    @Test
    void aReportShowsTheMessageTheReporterAndTheReason() {
        assertEquals(
                "{\"reports\":[{\"id\":77,\"message\":" + ChatWire.message(LINE) + ",\"reporter\":{\"id\":8,"
                        + "\"displayName\":\"Grace Hopper\"},\"reason\":\"Spam\",\"reportedAt\":\"2026-12-01T10:15:00Z\"}]}",
                ChatWire.reports(List.of(new ReportedMessage(77, LINE, GRACE, "Spam", SENT)))
                        .toString());
    }
}
