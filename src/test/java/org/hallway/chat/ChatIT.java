package org.hallway.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.hallway.chat.boundary.ChatMessages;
import org.hallway.chat.boundary.ChatModeration;
import org.hallway.chat.boundary.Conversations;
import org.hallway.chat.control.ChatChannel;
import org.hallway.chat.control.ChatLine;
import org.hallway.chat.control.ConversationSummary;
import org.hallway.chat.control.History;
import org.hallway.chat.control.ReportedMessage;
import org.hallway.demo.DemoEvent;
import org.hallway.event.boundary.EventAdministration;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;
import org.hallway.testing.Deployments;
import org.hallway.testing.SettableClock;
import org.hallway.testing.TestData;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Chat in the container, through its boundary: admission per channel (seats, tickets, parties,
 * the caller's event), history and its cursor, text rules, the rate limit, edit and delete, moderation
 * (delete, mute, reports), private conversations with unread counts, blocks, and IDOR attempts on
 * conversation and message ids; then the same over real WebSockets (the event socket: subscriptions,
 * pushes to every follower and every tab, typed error codes). The demo data holds the fixtures (Barbara moderates the networking
 * chat). Time moves with the settable clock; every test first moves it past any rate-limit window.
 */
@ExtendWith(ArquillianExtension.class)
class ChatIT {

    static final String ADA = "ada@hallway.test";
    static final String GRACE = "grace@hallway.test";
    static final String ALAN = "alan@hallway.test";
    static final String BARBARA = "barbara@hallway.test";
    static final String EDSGER = "edsger@hallway.test";
    static final String MARGARET = "margaret@hallway.test";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("chat").addClasses(ChatFixtures.class);
    }

    @Inject
    ChatMessages chatMessages;

    @Inject
    Conversations conversations;

    @Inject
    ChatModeration moderation;

    @Inject
    ChatFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    SettableClock clock;

    @Inject
    EventAdministration events;

    @Inject
    org.hallway.room.boundary.RoomDesk rooms;

    long event;
    ChatChannel networking;

    @BeforeEach
    void freshWindows() {
        clock.advance(Duration.ofSeconds(6));
        event = fixtures.demoEventId();
        networking = ChatChannel.session(fixtures.demoSession("Speed networking"));
    }

    long id(String email) {
        return data.accountId(email);
    }

    static Refusal refusal(Executable call) {
        return assertThrows(Refused.class, call).refusal();
    }

    // ---------------------------------------------------------------- session chat and admission

    @Test
    void aTicketHolderPostsInTheNetworkingChatAndEveryoneAdmittedReadsItLast() {
        int before = fixtures.posted().size();
        ChatLine line = chatMessages.post(event, id(EDSGER), networking, "  Hello from Edsger  ");
        assertEquals("Hello from Edsger", line.text());
        assertEquals("Edsger Dijkstra", line.sender().displayName());
        assertEquals("session:" + networking.id(), line.channel().wire());

        History seen = chatMessages.history(event, id(MARGARET), networking, null);
        assertEquals(line.id(), seen.lines().get(seen.lines().size() - 1).id(), "newest last");
        assertFalse(seen.moderator());
        assertTrue(chatMessages.history(event, id(BARBARA), networking, null).moderator(), "the session's moderator");
        assertTrue(
                chatMessages
                        .history(event, id(DemoEvent.ADMIN_EMAIL), networking, null)
                        .moderator(),
                "an organiser");
        var announced = fixtures.posted().subList(before, fixtures.posted().size());
        assertTrue(
                announced.stream().anyMatch(p -> p.line().id() == line.id() && p.recipientId() == null),
                "announced after commit");
    }

    @Test
    void aStageOrRegularSessionsChatNeedsASeatExceptForOrganisersModeratorsAndSpeakers() {
        ChatChannel talk = ChatChannel.session(fixtures.demoSession("Goto considered harmful, revisited"));
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> chatMessages.history(event, id(MARGARET), talk, null)));
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> chatMessages.post(event, id(MARGARET), talk, "hi")));
        assertEquals(0, fixtures.count("select count(m) from ChatMessage m where m.channelId = ?1", talk.id()));

        chatMessages.history(event, id(EDSGER), talk, null); // its speaker
        chatMessages.history(event, id(DemoEvent.ADMIN_EMAIL), talk, null);
        fixtures.seat(talk.id(), id(MARGARET));
        chatMessages.post(event, id(MARGARET), talk, "Seated now");
        assertEquals(
                1, chatMessages.history(event, id(EDSGER), talk, null).lines().size());
    }

    @Test
    void someoneWithoutATicketForTheEventIsAdmittedNowhere() {
        long stranger = id(data.attendees("chat-stranger" + NEXT.incrementAndGet() + "-", 1, null)
                .get(0));
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> chatMessages.history(event, stranger, networking, null)));
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> chatMessages.post(event, stranger, networking, "let me in")));
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> conversations.converse(event, stranger, id(ADA))));
    }

    @Test
    void aChannelOfAnotherEventIsRefusedLikeAnUnknownOne() {
        String slug = "chat-other-" + NEXT.incrementAndGet();
        long otherSession = data.eventWithData(slug); // Ada holds a ticket there too
        long other = fixtures.eventId(slug);
        chatMessages.history(other, id(ADA), ChatChannel.session(otherSession), null);
        assertEquals(
                Refusal.NOT_ADMITTED,
                refusal(() -> chatMessages.history(event, id(ADA), ChatChannel.session(otherSession), null)),
                "a session of another event through the demo event's socket");
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> chatMessages.history(other, id(ADA), networking, null)));
        assertEquals(
                Refusal.NOT_ADMITTED,
                refusal(() -> chatMessages.history(event, id(ADA), ChatChannel.session(999_999_999L), null)));
    }

    @Test
    void historyHoldsTheLastHundredOldestFirstAndOlderPagesComeByCursor() {
        long sessionId = data.networkingSession("History " + NEXT.incrementAndGet(), 60, false, 0, null);
        ChatChannel room = ChatChannel.session(sessionId);
        fixtures.messages(event, room, id(ALAN), 130, "m");

        History newest = chatMessages.history(event, id(GRACE), room, null);
        assertEquals(100, newest.lines().size());
        assertTrue(newest.more());
        assertEquals("m30", newest.lines().get(0).text());
        assertEquals("m129", newest.lines().get(99).text());

        History older = chatMessages.history(
                event, id(GRACE), room, newest.lines().get(0).id());
        assertEquals(30, older.lines().size());
        assertFalse(older.more());
        assertEquals("m0", older.lines().get(0).text());
        assertEquals("m29", older.lines().get(29).text());
    }

    // ---------------------------------------------------------------- text and rate limit

    @Test
    void blankAndOverlongMessagesAreRefusedAndNothingIsStored() {
        long sessionId = data.networkingSession("Text " + NEXT.incrementAndGet(), 60, false, 0, null);
        ChatChannel room = ChatChannel.session(sessionId);
        assertEquals(Refusal.INVALID_MESSAGE, refusal(() -> chatMessages.post(event, id(ADA), room, "   ")));
        assertEquals(Refusal.INVALID_MESSAGE, refusal(() -> chatMessages.post(event, id(ADA), room, "x".repeat(2001))));
        assertEquals(0, fixtures.count("select count(m) from ChatMessage m where m.channelId = ?1", sessionId));
        assertEquals(
                2000,
                chatMessages.post(event, id(ADA), room, "x".repeat(2000)).text().length());
    }

    @Test
    void theSixthMessageInFiveSecondsIsRateLimitedUntilTheWindowMoves() {
        long sessionId = data.networkingSession("Rate " + NEXT.incrementAndGet(), 60, false, 0, null);
        ChatChannel room = ChatChannel.session(sessionId);
        for (int i = 0; i < 5; i++) {
            chatMessages.post(event, id(GRACE), room, "quick " + i);
        }
        assertEquals(Refusal.RATE_LIMITED, refusal(() -> chatMessages.post(event, id(GRACE), room, "one too many")));
        chatMessages.post(event, id(ALAN), room, "someone else may still speak");
        chatMessages.post(event, id(GRACE), networking, "and Grace in another channel");
        assertEquals(6, fixtures.count("select count(m) from ChatMessage m where m.channelId = ?1", sessionId));

        clock.advance(Duration.ofSeconds(5));
        chatMessages.post(event, id(GRACE), room, "after the window");
    }

    // ---------------------------------------------------------------- edit and delete

    @Test
    void theAuthorEditsAndDeletesWithinFiveMinutesAndOthersCannot() {
        ChatLine mine = chatMessages.post(event, id(MARGARET), networking, "Helo");
        ChatLine edited = chatMessages.edit(event, id(MARGARET), mine.id(), "Hello");
        assertEquals("Hello", edited.text());
        assertNotNull(edited.editedAt());
        assertEquals(Refusal.NOT_YOUR_MESSAGE, refusal(() -> chatMessages.edit(event, id(ADA), mine.id(), "Hijacked")));
        assertEquals(Refusal.NOT_YOUR_MESSAGE, refusal(() -> chatMessages.delete(event, id(ADA), mine.id())));
        assertEquals(Refusal.INVALID_MESSAGE, refusal(() -> chatMessages.edit(event, id(MARGARET), mine.id(), " ")));

        ChatLine deleted = chatMessages.delete(event, id(MARGARET), mine.id());
        assertTrue(deleted.deleted());
        assertEquals("", deleted.text());
        ChatLine shown = chatMessages.history(event, id(ADA), networking, null).lines().stream()
                .filter(l -> l.id() == mine.id())
                .findFirst()
                .orElseThrow();
        assertTrue(shown.deleted(), "kept in its place, shown as deleted");
        assertEquals("", shown.text(), "without its text");
        assertTrue(fixtures.changed().stream()
                .anyMatch(c -> c.line().id() == mine.id() && c.line().deleted()));
        assertEquals(Refusal.UNKNOWN_MESSAGE, refusal(() -> chatMessages.edit(event, id(MARGARET), mine.id(), "back")));

        ChatLine late = chatMessages.post(event, id(MARGARET), networking, "Soon too late to change");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals(Refusal.EDIT_WINDOW_OVER, refusal(() -> chatMessages.edit(event, id(MARGARET), late.id(), "x")));
        assertEquals(Refusal.EDIT_WINDOW_OVER, refusal(() -> chatMessages.delete(event, id(MARGARET), late.id())));
    }

    // ---------------------------------------------------------------- moderation

    @Test
    void aModeratorDeletesAnyMessageOfTheSessionAndMutesSomeoneForAChosenTime() {
        long alan = id(ALAN);
        ChatLine rude = chatMessages.post(event, alan, networking, "Something rude");
        clock.advance(Duration.ofMinutes(10));
        assertTrue(
                chatMessages.delete(event, id(BARBARA), rude.id()).deleted(), "a moderator, after the author's window");

        Instant now = clock.advance(Duration.ZERO);
        Instant until = moderation.mute(event, id(BARBARA), networking, alan, 15);
        assertTrue(
                Math.abs(Duration.between(now.plus(Duration.ofMinutes(15)), until)
                                .toMillis())
                        < 2_000,
                until.toString());
        Refused mutedNow =
                assertThrows(Refused.class, () -> chatMessages.post(event, alan, networking, "Let me speak"));
        assertEquals(Refusal.MUTED, mutedNow.refusal());
        assertTrue(
                mutedNow.getMessage()
                        .matches("You are muted in this chat until \\w{3} \\d{1,2} \\w{3}, \\d{2}:\\d{2}\\."),
                "a human time in the event's zone, no ISO instant: " + mutedNow.getMessage());
        ChatChannel elsewhere =
                ChatChannel.session(data.networkingSession("Unmuted " + NEXT.incrementAndGet(), 60, false, 0, null));
        chatMessages.post(event, alan, elsewhere, "Muted only in that chat");
        clock.advance(Duration.ofMinutes(14));
        assertEquals(Refusal.MUTED, refusal(() -> chatMessages.post(event, alan, networking, "Still muted?")));
        clock.advance(Duration.ofMinutes(1).plusSeconds(2));
        chatMessages.post(event, alan, networking, "Back, and polite");
    }

    @Test
    void onlyOrganisersAndTheSessionsModeratorsModerate() {
        ChatLine line = chatMessages.post(event, id(ADA), networking, "Mine to keep");
        assertEquals(Refusal.NOT_YOUR_MESSAGE, refusal(() -> chatMessages.delete(event, id(EDSGER), line.id())));
        assertEquals(
                Refusal.NOT_A_MODERATOR, refusal(() -> moderation.mute(event, id(EDSGER), networking, id(ADA), 5)));
        assertEquals(Refusal.NOT_A_MODERATOR, refusal(() -> moderation.reported(event, id(EDSGER))));
        assertEquals(Refusal.INVALID_MUTE, refusal(() -> moderation.mute(event, id(BARBARA), networking, id(ADA), 0)));
        assertEquals(
                Refusal.INVALID_MUTE,
                refusal(() ->
                        moderation.mute(event, id(BARBARA), networking, id(ADA), ChatModeration.MAX_MUTE_MINUTES + 1)));
        assertEquals(
                Refusal.INVALID_MUTE, refusal(() -> moderation.mute(event, id(BARBARA), networking, id(BARBARA), 5)));
        long conversation = conversations.converse(event, id(ADA), id(GRACE));
        assertEquals(
                Refusal.NOT_ADMITTED,
                refusal(() -> moderation.mute(
                        event, id(DemoEvent.ADMIN_EMAIL), ChatChannel.conversation(conversation), id(ADA), 5)),
                "organisers do not read private conversations");
        assertTrue(
                chatMessages.delete(event, id(DemoEvent.ADMIN_EMAIL), line.id()).deleted(), "an organiser");
    }

    @Test
    void aRoomsModeratorPinsAChatMessageAboveTheStreamInPlaceOfThePinnedQuestionAndAnAttendeeIsRefused() {
        long welcome = fixtures.demoSession("Hallway live: welcome stream");
        ChatChannel room = ChatChannel.session(welcome);
        long margaret = id(MARGARET);
        long barbara = id(BARBARA); // the stream's moderator
        fixtures.seat(welcome, margaret);
        rooms.ask(welcome, margaret, "A question pinned before the message " + NEXT.incrementAndGet());
        long question = rooms.view(welcome, barbara).questions().stream()
                .filter(q -> q.text().startsWith("A question pinned before"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .id();
        rooms.moderate(question, barbara, org.hallway.room.control.RoomQuestions.Moderation.PIN);
        ChatLine slides = chatMessages.post(event, margaret, room, "The slides: https://example.org/slides");
        String pinnedMessages = "select count(m) from ChatMessage m where m.channelId = ?1 and m.pinnedAt is not null";

        assertEquals(Refusal.NOT_A_MODERATOR, refusal(() -> moderation.pin(event, margaret, slides.id(), true)));
        assertEquals(
                Refusal.UNKNOWN_MESSAGE,
                refusal(() -> moderation.pin(event, id(EDSGER), slides.id(), true)),
                "an attendee not even in the room does not learn the message exists");
        assertEquals(0, fixtures.count(pinnedMessages, welcome), "nothing changed");
        assertTrue(rooms.view(welcome, margaret).pinned().question(), "the question stays pinned");
        assertThrows(org.hallway.platform.Rejected.class, () -> rooms.unpin(welcome, margaret));

        int announced = fixtures.roomChanges().size();
        moderation.pin(event, barbara, slides.id(), true);
        var pinned = rooms.view(welcome, margaret).pinned();
        assertFalse(pinned.question());
        assertEquals(slides.id(), pinned.id());
        assertEquals("The slides: https://example.org/slides", pinned.text());
        assertEquals("Margaret Hamilton", pinned.by());
        assertTrue(
                rooms.view(welcome, barbara).questions().stream().noneMatch(q -> q.pinned()),
                "one pinned item per room: the message replaced the question");
        assertTrue(
                fixtures.roomChanges().subList(announced, fixtures.roomChanges().size()).stream()
                        .anyMatch(c -> c.sessionId() == welcome
                                && c.what() == org.hallway.room.control.RoomChanged.What.PINNED),
                "announced to the room after commit");

        rooms.moderate(question, barbara, org.hallway.room.control.RoomQuestions.Moderation.PIN);
        assertTrue(rooms.view(welcome, margaret).pinned().question(), "and a question pinned later replaces it");
        assertEquals(0, fixtures.count(pinnedMessages, welcome));

        moderation.pin(event, id(DemoEvent.ADMIN_EMAIL), slides.id(), true);
        rooms.unpin(welcome, barbara);
        assertEquals(null, rooms.view(welcome, margaret).pinned(), "Unpin in the room clears it");
        moderation.pin(event, barbara, slides.id(), true);
        chatMessages.delete(event, barbara, slides.id());
        assertEquals(null, rooms.view(welcome, margaret).pinned(), "a deleted message is no longer pinned");

        ChatLine floor = chatMessages.post(event, id(ADA), networking, "Pin me above the floor?");
        assertEquals(
                Refusal.INVALID,
                refusal(() -> moderation.pin(event, barbara, floor.id(), true)),
                "a networking session has no room to pin it in");
        long conversation = conversations.converse(event, id(ADA), id(GRACE));
        ChatLine secret = chatMessages.post(event, id(ADA), ChatChannel.conversation(conversation), "Between us");
        assertEquals(Refusal.NOT_A_MODERATOR, refusal(() -> moderation.pin(event, id(ADA), secret.id(), true)));
    }

    @Test
    void anyoneAdmittedReportsAMessageOnceAndModeratorsSeeTheReports() {
        ChatLine line = chatMessages.post(event, id(ALAN), networking, "Questionable " + NEXT.incrementAndGet());
        assertEquals(Refusal.INVALID_REASON, refusal(() -> moderation.report(event, id(MARGARET), line.id(), " ")));
        moderation.report(event, id(MARGARET), line.id(), "Off topic");
        moderation.report(event, id(MARGARET), line.id(), "Off topic, again");

        List<ReportedMessage> organiser = moderation.reported(event, id(DemoEvent.ADMIN_EMAIL));
        assertEquals(
                1, organiser.stream().filter(r -> r.message().id() == line.id()).count(), "once per reporter");
        ReportedMessage report = organiser.stream()
                .filter(r -> r.message().id() == line.id())
                .findFirst()
                .orElseThrow();
        assertEquals("Off topic", report.reason());
        assertEquals("Margaret Hamilton", report.reporter().displayName());
        assertTrue(organiser.stream().anyMatch(r -> r.reason().startsWith("Spam")), "the demo's report");
        assertTrue(
                moderation.reported(event, id(BARBARA)).stream()
                        .anyMatch(r -> r.message().id() == line.id()),
                "the networking chat's moderator");
    }

    // ---------------------------------------------------------------- private conversations

    @Test
    void onePrivateConversationPerPairWhoeverStartsItWithLiveUnreadCounts() {
        long edsger = id(EDSGER);
        long margaret = id(MARGARET);
        long started = conversations.converse(event, edsger, margaret);
        assertEquals(
                started, conversations.converse(event, margaret, edsger), "the same conversation from the other side");
        ChatChannel channel = ChatChannel.conversation(started);
        int before = conversations.unread(event, margaret).byConversation().getOrDefault(started, 0);

        ChatLine first = chatMessages.post(event, edsger, channel, "Margaret, about the Apollo guidance computer…");
        ChatLine second = chatMessages.post(event, edsger, channel, "Do you have a minute?");
        assertEquals(
                before + 2,
                conversations.unread(event, margaret).byConversation().get(started));
        assertEquals(0, conversations.unread(event, edsger).byConversation().getOrDefault(started, 0), "own messages");
        assertTrue(
                fixtures.posted().stream().anyMatch(p -> p.line().id() == first.id() && p.recipientId() == margaret));

        ConversationSummary inbox = conversations.conversations(event, margaret).stream()
                .filter(c -> c.id() == started)
                .findFirst()
                .orElseThrow();
        assertEquals("Edsger Dijkstra", inbox.partner().displayName());
        assertEquals(second.id(), inbox.last().id());
        assertEquals(before + 2, inbox.unread());

        conversations.markRead(event, margaret, started, first.id());
        assertEquals(1, conversations.unread(event, margaret).byConversation().get(started));
        conversations.markRead(event, margaret, started, second.id());
        conversations.markRead(event, margaret, started, first.id()); // markers never move back
        assertEquals(0, conversations.unread(event, margaret).byConversation().getOrDefault(started, 0));
    }

    @Test
    void theDemoConversationShowsAdaOneUnreadMessageFromGrace() {
        ConversationSummary demo = conversations.conversations(event, id(ADA)).stream()
                .filter(c -> c.partner().displayName().equals("Grace Hopper"))
                .findFirst()
                .orElseThrow();
        assertTrue(demo.unread() >= 1);
        assertNotNull(demo.last());
    }

    @Test
    void nobodyElseReadsWritesOrTouchesAPrivateConversationOrItsMessages() {
        long conversation = conversations.converse(event, id(ADA), id(GRACE));
        ChatChannel channel = ChatChannel.conversation(conversation);
        ChatLine secret = chatMessages.post(event, id(ADA), channel, "Just between us " + NEXT.incrementAndGet());
        long alan = id(ALAN);
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> chatMessages.history(event, alan, channel, null)));
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> chatMessages.post(event, alan, channel, "eavesdropping")));
        assertEquals(
                Refusal.NOT_ADMITTED, refusal(() -> conversations.markRead(event, alan, conversation, secret.id())));
        assertEquals(Refusal.UNKNOWN_MESSAGE, refusal(() -> chatMessages.edit(event, alan, secret.id(), "forged")));
        assertEquals(Refusal.UNKNOWN_MESSAGE, refusal(() -> chatMessages.delete(event, alan, secret.id())));
        assertEquals(Refusal.UNKNOWN_MESSAGE, refusal(() -> moderation.report(event, alan, secret.id(), "nosy")));
        assertEquals(
                Refusal.UNKNOWN_MESSAGE,
                refusal(() -> chatMessages.delete(event, id(DemoEvent.ADMIN_EMAIL), secret.id())),
                "not even an organiser");
        assertEquals(
                Refusal.UNKNOWN_MESSAGE,
                refusal(() -> chatMessages.edit(event, id(ADA), 999_999_999L, "none")),
                "a message that does not exist answers the same");
        List<ChatLine> lines =
                chatMessages.history(event, id(GRACE), channel, null).lines();
        assertEquals(secret.text(), lines.get(lines.size() - 1).text(), "unchanged for its parties");
    }

    @Test
    void privateConversationsAreOnlyBetweenTwoTicketHoldersOfTheEvent() {
        long stranger = id(data.attendees("chat-outsider" + NEXT.incrementAndGet() + "-", 1, null)
                .get(0));
        assertEquals(Refusal.UNKNOWN_PERSON, refusal(() -> conversations.converse(event, id(ADA), stranger)));
        assertEquals(Refusal.UNKNOWN_PERSON, refusal(() -> conversations.converse(event, id(ADA), id(ADA))));
        assertEquals(Refusal.UNKNOWN_PERSON, refusal(() -> conversations.converse(event, id(ADA), 999_999_999L)));
    }

    @Test
    void aBlockEitherWayStopsPrivateMessagesAndStartingAConversation() {
        var pair = data.attendees("chat-block" + NEXT.incrementAndGet() + "-", 2, "General");
        long one = id(pair.get(0));
        long two = id(pair.get(1));
        long conversation = conversations.converse(event, one, two);
        ChatChannel channel = ChatChannel.conversation(conversation);
        chatMessages.post(event, two, channel, "Hi there");

        conversations.block(event, one, two);
        conversations.block(event, one, two); // twice is once
        assertEquals(Refusal.BLOCKED, refusal(() -> chatMessages.post(event, two, channel, "Why not?")), "the blocked");
        assertEquals(Refusal.BLOCKED, refusal(() -> chatMessages.post(event, one, channel, "Bye")), "the blocker too");
        assertEquals(Refusal.BLOCKED, refusal(() -> conversations.converse(event, two, one)));
        assertEquals(
                1,
                fixtures.count("select count(b) from Block b where b.blockerId = ?1 and b.blockedId = ?2", one, two),
                "stored once, as networking's block");
        assertEquals(1, chatMessages.history(event, one, channel, null).lines().size(), "the history stays readable");
    }

    // ---------------------------------------------------------------- meeting chat

    @Test
    void aMeetingsChatIsForItsTwoPartiesAndStaysReadableAfterwards() {
        long sessionId = data.networkingSession("Meeting chat " + NEXT.incrementAndGet(), 60, false, 0, null);
        long[] meetings = data.insertOpenMeetings(sessionId, EDSGER, MARGARET);
        ChatChannel ended = ChatChannel.meeting(meetings[0]);
        chatMessages.post(event, id(EDSGER), ended, "My e-mail: edsger@example.org");
        assertEquals(
                1,
                chatMessages.history(event, id(MARGARET), ended, null).lines().size());
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> chatMessages.history(event, id(ADA), ended, null)));
        assertEquals(
                Refusal.NOT_ADMITTED, refusal(() -> chatMessages.post(event, id(DemoEvent.ADMIN_EMAIL), ended, "hi")));
        ChatChannel running = ChatChannel.meeting(meetings[1]);
        assertEquals(Refusal.NOT_ADMITTED, refusal(() -> chatMessages.post(event, id(ADA), running, "can I join?")));
        chatMessages.post(event, id(MARGARET), running, "can't hear you");
    }

    // ---------------------------------------------------------------- over real WebSockets (the event socket)

    @ArquillianResource
    URL url;

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    TestSocket socket(String email) throws Exception {
        WebClient web = new WebClient(url);
        assertTrue(web.login(email, DemoEvent.PASSWORD), "login of " + email);
        TestSocket socket = TestSocket.event(web, DemoEvent.SLUG);
        socket.await("opened");
        return socket;
    }

    /** Sends a request with a fresh id and returns the answer carrying that id (any type: an answer, ack or error). */
    static JsonObject request(TestSocket socket, String type, String data) throws InterruptedException {
        String id = "t" + REQUESTS.incrementAndGet();
        socket.send(
                "{\"type\":\"" + type + "\",\"id\":\"" + id + "\"" + (data == null ? "" : ",\"data\":" + data) + "}");
        return arrival(socket, m -> id.equals(m.getString("id", null)));
    }

    /** The first message received so far or within 10 s that matches (earlier ones are not consumed). */
    static JsonObject arrival(TestSocket socket, Predicate<JsonObject> test) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonObject m : socket.received()) {
                if (test.test(m)) {
                    return m;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Nothing matching within 10 s; received " + socket.received());
    }

    static Predicate<JsonObject> ofType(String type, Predicate<JsonObject> data) {
        return m ->
                type.equals(m.getString("type", null)) && m.containsKey("data") && data.test(m.getJsonObject("data"));
    }

    static String code(JsonObject answer) {
        assertEquals("error", answer.getString("type"), answer.toString());
        return answer.getJsonObject("data").getString("code");
    }

    static void ok(JsonObject answer) {
        assertNotEquals("error", answer.getString("type"), answer.toString());
    }

    static long messageId(JsonObject envelope) {
        JsonObject data = envelope.getJsonObject("data");
        return (data.containsKey("message") ? data.getJsonObject("message") : data)
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void overTheSocketAPostReachesEveryoneFollowingTheSessionChatAndItsHistory() throws Exception {
        TestSocket edsger = socket(EDSGER);
        TestSocket margaret = socket(MARGARET);
        String channel = "\"" + networking.wire() + "\"";
        ok(request(edsger, "subscribe", "{\"channel\":" + channel + "}"));
        ok(request(margaret, "subscribe", "{\"channel\":" + channel + "}"));

        JsonObject posted = request(margaret, "chat-post", "{\"channel\":" + channel + ",\"text\":\"Over the wire\"}");
        assertEquals("chat-posted", posted.getString("type"), posted.toString());
        long id = messageId(posted);
        JsonObject pushed = arrival(
                edsger,
                ofType(
                        "chat-message",
                        d -> d.getJsonObject("message").getJsonNumber("id").longValue() == id));
        assertEquals(networking.wire(), pushed.getJsonObject("data").getString("channel"));
        assertEquals(
                "Over the wire",
                pushed.getJsonObject("data").getJsonObject("message").getString("text"));
        assertEquals(
                "Margaret Hamilton",
                pushed.getJsonObject("data")
                        .getJsonObject("message")
                        .getJsonObject("sender")
                        .getString("displayName"));

        JsonObject page = request(edsger, "chat-history", "{\"channel\":" + channel + "}");
        assertEquals("chat-history-page", page.getString("type"), page.toString());
        var messages = page.getJsonObject("data").getJsonArray("messages");
        assertEquals(
                id,
                messages.getJsonObject(messages.size() - 1).getJsonNumber("id").longValue());

        ok(request(margaret, "chat-edit", "{\"messageId\":" + id + ",\"text\":\"Over the wire, edited\"}"));
        arrival(
                edsger,
                ofType(
                        "chat-edited",
                        d -> d.getJsonObject("message").getString("text").endsWith("edited")));
        ok(request(margaret, "chat-delete", "{\"messageId\":" + id + "}"));
        arrival(edsger, ofType("chat-deleted", d -> d.getJsonObject("message").getBoolean("deleted")));
        edsger.close();
        margaret.close();
    }

    @Test
    void overTheSocketNobodyFollowsOrReadsAChatTheyAreNotAdmittedTo() throws Exception {
        long conversation = conversations.converse(event, id(ADA), id(GRACE));
        ChatLine secret = chatMessages.post(event, id(ADA), ChatChannel.conversation(conversation), "Socket secret");
        TestSocket alan = socket(ALAN);
        assertEquals(
                "not-admitted",
                code(request(alan, "subscribe", "{\"channel\":\"conversation:" + conversation + "\"}")));
        assertEquals(
                "not-admitted",
                code(request(alan, "chat-history", "{\"channel\":\"conversation:" + conversation + "\"}")));
        assertEquals(
                "not-admitted",
                code(request(
                        alan, "chat-post", "{\"channel\":\"conversation:" + conversation + "\",\"text\":\"hi\"}")));
        assertEquals(
                "unknown-message",
                code(request(alan, "chat-edit", "{\"messageId\":" + secret.id() + ",\"text\":\"x\"}")));
        assertEquals(
                "unknown-message",
                code(request(alan, "chat-report", "{\"messageId\":" + secret.id() + ",\"reason\":\"x\"}")));
        String talk = "session:" + fixtures.demoSession("Writing software that lands on the Moon");
        assertEquals("not-admitted", code(request(alan, "subscribe", "{\"channel\":\"" + talk + "\"}")), "no seat");
        assertEquals(
                "malformed", code(request(alan, "chat-post", "{\"channel\":\"lobby:" + event + "\",\"text\":\"hi\"}")));
        assertEquals("malformed", code(request(alan, "chat-post", "{\"channel\":\"session:x\",\"text\":\"hi\"}")));
        assertEquals("malformed", code(request(alan, "chat-edit", "{\"messageId\":\"1\",\"text\":\"hi\"}")));
        assertEquals(
                "invalid-message", code(request(alan, "chat-post", "{\"channel\":\"" + networking.wire() + "\"}")));
        JsonObject bell =
                request(alan, "chat-post", "{\"channel\":\"" + networking.wire() + "\",\"text\":\"ring \\u0007\"}");
        assertEquals("control-characters", code(bell));
        assertTrue(bell.getJsonObject("data").getString("message").contains("U+0007 (BEL)"), bell.toString());
        alan.close();
    }

    @Test
    void overTheSocketTheSixthMessageIsRateLimitedAndAMutedPersonIsToldWhy() throws Exception {
        long sessionId = data.networkingSession("Socket limits " + NEXT.incrementAndGet(), 60, false, 0, null);
        String channel = "\"session:" + sessionId + "\"";
        TestSocket alan = socket(ALAN);
        ok(request(alan, "subscribe", "{\"channel\":\"account:" + id(ALAN) + "\"}"));
        for (int i = 0; i < 5; i++) {
            ok(request(alan, "chat-post", "{\"channel\":" + channel + ",\"text\":\"quick " + i + "\"}"));
        }
        assertEquals(
                "rate-limited", code(request(alan, "chat-post", "{\"channel\":" + channel + ",\"text\":\"six\"}")));

        TestSocket barbara = socket(BARBARA);
        String room = "\"" + networking.wire() + "\"";
        ok(request(barbara, "chat-mute", "{\"channel\":" + room + ",\"accountId\":" + id(ALAN) + ",\"minutes\":5}"));
        JsonObject muted =
                arrival(alan, ofType("chat-muted", d -> d.getString("chat").equals(networking.wire())));
        assertTrue(muted.getJsonObject("data").containsKey("until"));
        assertEquals("muted", code(request(alan, "chat-post", "{\"channel\":" + room + ",\"text\":\"hello?\"}")));
        assertEquals(
                "not-a-moderator",
                code(request(
                        alan,
                        "chat-mute",
                        "{\"channel\":" + room + ",\"accountId\":" + id(BARBARA) + ",\"minutes\":5}")));
        assertEquals(
                "invalid-mute",
                code(request(
                        barbara,
                        "chat-mute",
                        "{\"channel\":" + room + ",\"accountId\":" + id(ALAN) + ",\"minutes\":0}")));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        ok(request(alan, "chat-post", "{\"channel\":" + room + ",\"text\":\"back\"}"));
        alan.close();
        barbara.close();
    }

    @Test
    void aPrivateMessageRaisesTheUnreadCountInEveryTabOfTheRecipientAndReadingLowersIt() throws Exception {
        var pair = data.attendees("chat-tabs" + NEXT.incrementAndGet() + "-", 2, "General");
        long sender = id(pair.get(0));
        long recipient = id(pair.get(1));
        TestSocket from = socket(pair.get(0));
        TestSocket tab1 = socket(pair.get(1));
        TestSocket tab2 = socket(pair.get(1));
        for (TestSocket tab : List.of(tab1, tab2)) {
            ok(request(tab, "subscribe", "{\"channel\":\"account:" + recipient + "\"}"));
        }
        assertEquals("not-admitted", code(request(from, "subscribe", "{\"channel\":\"account:" + recipient + "\"}")));
        JsonObject started = request(from, "chat-converse", "{\"accountId\":" + recipient + "}");
        assertEquals("chat-conversation", started.getString("type"), started.toString());
        long conversation =
                started.getJsonObject("data").getJsonNumber("conversationId").longValue();

        JsonObject posted =
                request(from, "chat-post", "{\"channel\":\"conversation:" + conversation + "\",\"text\":\"Hi!\"}");
        long id = messageId(posted);
        for (TestSocket tab : List.of(tab1, tab2)) {
            JsonObject unread = arrival(tab, ofType("unread", d -> d.containsKey("latest")));
            assertEquals(1, unread.getJsonObject("data").getInt("total"));
            assertEquals(
                    1,
                    unread.getJsonObject("data").getJsonObject("conversations").getInt(String.valueOf(conversation)));
            assertEquals(
                    "Hi!", unread.getJsonObject("data").getJsonObject("latest").getString("text"));
        }
        JsonObject asked = request(tab2, "chat-unread", "{}");
        assertEquals(1, asked.getJsonObject("data").getInt("total"));

        ok(request(tab1, "chat-read", "{\"conversationId\":" + conversation + ",\"messageId\":" + id + "}"));
        arrival(tab2, ofType("unread", d -> d.getInt("total") == 0));
        JsonObject list = request(tab2, "chat-conversations", null);
        assertEquals(
                sender,
                list.getJsonObject("data")
                        .getJsonArray("conversations")
                        .getJsonObject(0)
                        .getJsonObject("partner")
                        .getJsonNumber("id")
                        .longValue());
        from.close();
        tab1.close();
        tab2.close();
    }

    // ---------------------------------------------------------------- pages

    WebClient web(String email) throws Exception {
        WebClient web = new WebClient(url);
        assertTrue(web.login(email, DemoEvent.PASSWORD), "login of " + email);
        return web;
    }

    @Test
    void theInboxListsTheCallersConversationsWithUnreadCountsAndNeverAnotherPairs() throws Exception {
        long adaAndGrace = conversations.converse(event, id(ADA), id(GRACE));
        WebClient ada = web(ADA);
        var inbox = ada.get("event/messages.xhtml?event=" + DemoEvent.SLUG + "&c=" + adaAndGrace);
        assertEquals(200, inbox.statusCode());
        assertTrue(inbox.body().contains("Grace Hopper"), inbox.body());
        assertTrue(inbox.body().contains("data-channel=\"conversation:" + adaAndGrace + "\""), "the open conversation");
        assertTrue(inbox.body().contains("data-conversation=\"" + adaAndGrace + "\""), "its unread badge");

        WebClient alan = web(ALAN);
        var forged = alan.get("event/messages.xhtml?event=" + DemoEvent.SLUG + "&c=" + adaAndGrace);
        assertEquals(200, forged.statusCode());
        assertFalse(forged.body().contains("conversation:" + adaAndGrace), "another pair's conversation is not opened");
        assertFalse(forged.body().contains("Meet you by the Track B door"));

        var started = alan.get("event/messages.xhtml?event=" + DemoEvent.SLUG + "&with=" + id(EDSGER));
        assertEquals(302, started.statusCode(), "the Message buttons' link starts or opens the conversation");
        long alanAndEdsger = conversations.converse(event, id(ALAN), id(EDSGER));
        assertTrue(
                started.headers().firstValue("Location").orElseThrow().endsWith("&c=" + alanAndEdsger),
                started.headers().toString());
    }

    @Test
    void theOrganiserSeesTheReportedChatMessagesOnTheReportsPage() throws Exception {
        var page = web(DemoEvent.ADMIN_EMAIL).get("admin/reports.xhtml?event=" + DemoEvent.SLUG);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("BUY CHEAP TURING MACHINES"), page.body());
        assertTrue(page.body().contains("Spam: advertising in the session chat"));
    }

    // ---------------------------------------------------------------- purge

    @Test
    void aPurgedEventTakesItsChatWithIt() {
        String slug = "chat-purged-" + NEXT.incrementAndGet();
        long sessionId = data.eventWithData(slug); // Ada holds a ticket
        long purged = fixtures.eventId(slug);
        fixtures.ticket(slug, id(GRACE));
        ChatLine said = chatMessages.post(purged, id(ADA), ChatChannel.session(sessionId), "Soon gone");
        moderation.report(purged, id(GRACE), said.id(), "Testing the purge");
        long conversation = conversations.converse(purged, id(GRACE), id(ADA));
        chatMessages.post(purged, id(GRACE), ChatChannel.conversation(conversation), "Also gone");
        moderation.mute(purged, id(DemoEvent.ADMIN_EMAIL), ChatChannel.session(sessionId), id(ADA), 60);

        events.delete(purged);
        clock.advance(Duration.ofDays(31)); // the daily purge runs on the clock's move

        assertEquals(0, fixtures.count("select count(e) from Event e where e.id = ?1", purged), "the event is gone");
        for (String entity : List.of("ChatMessage", "Conversation", "MessageReport", "Mute")) {
            assertEquals(
                    0, fixtures.count("select count(x) from " + entity + " x where x.eventId = ?1", purged), entity);
        }
        assertEquals(0, fixtures.count("select count(r) from ReadMarker r where r.conversationId = ?1", conversation));
    }
}
