package org.hallway.chat.control;

import org.hallway.account.control.Person;

/** One conversation in someone's inbox: the other party, the newest message (null if none yet) and the unread count. */
public record ConversationSummary(long id, Person partner, ChatLine last, int unread) {}
