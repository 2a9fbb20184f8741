package org.hallway.chat.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.hallway.account.control.Person;
import org.hallway.chat.control.ChatChannel;
import org.hallway.chat.control.ChatLine;
import org.hallway.chat.control.ConversationSummary;
import org.hallway.chat.control.History;
import org.hallway.chat.control.ReportedMessage;
import org.hallway.chat.control.Unread;

/**
 * Chat's values as the JSON of its socket messages (docs/protocol.md, "Chat"). Text stays plain
 * text: browsers never render it as HTML.
 */
public final class ChatWire {

    private ChatWire() {}

    public static JsonObject message(ChatLine line) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", line.id())
                .add("channel", line.channel().wire())
                .add("sender", person(line.sender()))
                .add("text", line.text())
                .add("sentAt", line.sentAt().toString())
                .add("deleted", line.deleted());
        if (line.editedAt() != null) {
            json.add("editedAt", line.editedAt().toString());
        }
        return json.build();
    }

    public static JsonObject person(Person person) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (person == null) {
            return json.add("id", 0).add("displayName", "Someone").build();
        }
        json.add("id", person.id()).add("displayName", person.displayName());
        if (person.headshotUrl() != null) {
            json.add("headshotUrl", person.headshotUrl());
        }
        return json.build();
    }

    public static JsonObject history(History history) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        history.lines().forEach(l -> messages.add(message(l)));
        return Json.createObjectBuilder()
                .add("channel", history.channel().wire())
                .add("messages", messages)
                .add("more", history.more())
                .add("moderator", history.moderator())
                .build();
    }

    public static JsonObject unread(long eventId, Unread unread) {
        JsonObjectBuilder conversations = Json.createObjectBuilder();
        unread.byConversation().forEach((id, count) -> conversations.add(String.valueOf(id), count));
        return Json.createObjectBuilder()
                .add("eventId", eventId)
                .add("total", unread.total())
                .add("conversations", conversations)
                .build();
    }

    public static JsonObject conversations(List<ConversationSummary> conversations) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (ConversationSummary c : conversations) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", c.id())
                    .add("channel", ChatChannel.conversation(c.id()).wire())
                    .add("partner", person(c.partner()))
                    .add("unread", c.unread());
            if (c.last() != null) {
                json.add("last", message(c.last()));
            }
            all.add(json);
        }
        return Json.createObjectBuilder().add("conversations", all).build();
    }

    public static JsonObject reports(List<ReportedMessage> reports) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (ReportedMessage r : reports) {
            all.add(Json.createObjectBuilder()
                    .add("id", r.reportId())
                    .add("message", message(r.message()))
                    .add("reporter", person(r.reporter()))
                    .add("reason", r.reason())
                    .add("reportedAt", r.reportedAt().toString()));
        }
        return Json.createObjectBuilder().add("reports", all).build();
    }
}
