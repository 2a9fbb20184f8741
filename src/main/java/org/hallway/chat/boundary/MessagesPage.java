package org.hallway.chat.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.hallway.account.boundary.Accounts;
import org.hallway.account.control.AccountRef;
import org.hallway.account.control.Person;
import org.hallway.chat.control.ChatChannel;
import org.hallway.chat.control.ConversationSummary;
import org.hallway.event.boundary.EventRef;
import org.hallway.event.boundary.EventViews;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;

/**
 * event/messages.xhtml, the inbox: the caller's private conversations at an event with their unread
 * counts, and one conversation's chat. {@code ?with=<accountId>} opens (starting if needed) the
 * conversation with that attendee — the "Message" buttons link here ({@code ?partnerOf=<meetingId>}
 * from a networking call's partner card); {@code ?c=<id>} opens one of the caller's conversations,
 * {@code ?meeting=<id>} one of the caller's meeting chats. An id that is not the caller's shows nothing.
 */
@Named
@RequestScoped
public class MessagesPage {

    /** What the page shows. */
    public enum View {
        NOT_FOUND,
        NO_TICKET,
        INBOX
    }

    /** One conversation of the list. */
    public record Row(long id, Person partner, String preview, int unread, boolean selected) {}

    @Inject
    ChatMessages chatMessages;

    @Inject
    Conversations conversations;

    @Inject
    EventViews events;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private String event;
    private String with;
    private String c;
    private String meeting;
    private String partnerOf;
    private Long meetingId;
    private View view = View.NOT_FOUND;
    private EventRef shown;
    private long me;
    private Long selected;
    private List<Row> rows = List.of();

    public void load() throws IOException {
        Optional<AccountRef> caller = accounts.current();
        shown = caller.isEmpty() ? null : events.shown(event, caller.get()).orElse(null);
        if (shown == null) {
            view = View.NOT_FOUND;
            Pages.notFound(FacesContext.getCurrentInstance()); // as for any unknown address
            return;
        }
        me = caller.get().id();
        long eventId = shown.id();
        Long other = Ids.parse(with);
        Long metIn = Ids.parse(partnerOf);
        if (other != null || metIn != null) {
            Optional<Long> conversation = Pages.outcome(
                    faces,
                    null,
                    () -> other != null
                            ? conversations.converse(eventId, me, other)
                            : conversations.converseWithPartner(eventId, me, metIn));
            if (conversation.isPresent()) {
                faces.getExternalContext()
                        .redirect(faces.getExternalContext().getRequestContextPath() + "/event/messages.xhtml?event="
                                + shown.slug() + "&c=" + conversation.get());
                faces.responseComplete();
                return;
            }
        }
        Optional<List<ConversationSummary>> listed = Pages.answer(() -> conversations.conversations(eventId, me));
        if (listed.isEmpty()) {
            view = View.NO_TICKET;
            return;
        }
        List<ConversationSummary> mine = listed.get();
        meetingId = Ids.parse(meeting);
        if (meetingId != null
                && !Pages.attempt(faces, null, () -> chatMessages.admit(eventId, me, ChatChannel.meeting(meetingId)))) {
            meetingId = null;
        }
        Long asked = Ids.parse(c);
        selected = asked != null && mine.stream().anyMatch(s -> s.id() == asked) ? asked : null;
        rows = mine.stream()
                .map(s -> new Row(s.id(), s.partner(), preview(s), s.unread(), selected != null && selected == s.id()))
                .toList();
        view = View.INBOX;
    }

    /** Blocks the other party of the open conversation: no private messages either way, no more matches. */
    public String block() throws IOException {
        if (view != View.INBOX) {
            load(); // a postback: the view action ran on the first request only
        }
        if (view != View.INBOX || selected == null) {
            return null;
        }
        rows.stream().filter(Row::selected).findFirst().ifPresent(row -> {
            if (Pages.attempt(
                    faces,
                    null,
                    () -> conversations.block(shown.id(), me, row.partner().id()))) {
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                row.partner().displayName() + " is blocked: neither of you can message the other.",
                                null));
            }
        });
        return null;
    }

    private static String preview(ConversationSummary summary) {
        if (summary.last() == null) {
            return "No messages yet";
        }
        if (summary.last().deleted()) {
            return "Message deleted";
        }
        String text = summary.last().text().replaceAll("\\s+", " ");
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    public Row getOpen() {
        return rows.stream().filter(Row::selected).findFirst().orElse(null);
    }

    public View getView() {
        return view;
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getMe() {
        return me;
    }

    public String getSlug() {
        return shown == null ? null : shown.slug();
    }

    public String getEventName() {
        return shown == null ? null : shown.name();
    }

    public String getChannel() {
        return selected == null ? null : ChatChannel.conversation(selected).wire();
    }

    /** The chat of one of the caller's networking meetings ({@code ?meeting=}), readable after it ended. */
    public String getMeetingChannel() {
        return meetingId == null ? null : ChatChannel.meeting(meetingId).wire();
    }

    public String getPartnerOf() {
        return partnerOf;
    }

    /** {@code ?partnerOf=<meetingId>}: the conversation with the other party of that meeting (the partner card's link). */
    public void setPartnerOf(String partnerOf) {
        this.partnerOf = partnerOf;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getWith() {
        return with;
    }

    public void setWith(String with) {
        this.with = with;
    }

    public String getC() {
        return c;
    }

    public void setC(String c) {
        this.c = c;
    }
}
