package org.hallway.chat.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hallway.account.boundary.Accounts;
import org.hallway.account.control.AccountRef;
import org.hallway.event.boundary.EventRef;
import org.hallway.event.boundary.EventViews;

/** What the chat includes need to know about the page's viewer (the account channel, the event's id). */
@Named
@RequestScoped
public class ChatViewer {

    @Inject
    Accounts accounts;

    @Inject
    EventViews events;

    private AccountRef account;

    public long getMe() {
        if (account == null) {
            account = accounts.current().orElse(null);
        }
        return account == null ? 0 : account.id();
    }

    /** The id of the event with that slug, as the viewer may see it; 0 if none. */
    public long eventId(String slug) {
        getMe();
        return events.shown(slug, account).map(EventRef::id).orElse(0L);
    }
}
