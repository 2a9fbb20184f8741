/**
 * Outgoing e-mail: templates (plain text and escaped HTML), a persisted outbox written in the
 * transaction of the change that causes a mail, and a sender that hands queued mail to SMTP
 * afterwards with retries and backoff. Without an SMTP host mail is written to the log (and, in
 * demo mode, shown on the Outbox page). Links in mails use the configured public base URL only.
 */
package org.hallway.mail;
