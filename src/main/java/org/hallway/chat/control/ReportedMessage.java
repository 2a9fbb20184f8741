package org.hallway.chat.control;

import java.time.Instant;
import org.hallway.account.control.Person;

/** A report about a chat message, as organisers and moderators read it. */
public record ReportedMessage(long reportId, ChatLine message, Person reporter, String reason, Instant reportedAt) {}
