/**
 * Chat: one message store for every chat channel (a session's chat, a networking meeting's chat, a
 * private conversation between two attendees of an event). Each use case is one transactional
 * method on a boundary bean ({@code ChatMessages}, {@code ChatModeration},
 * {@code Conversations}); admission to a channel, text rules, the rate limit, mutes and
 * blocks are checked there. Committed facts are announced as CDI events ({@code control.MessagePosted},
 * ...) and pushed to browsers only by their after-commit observer, through the event's realtime layer
 * ({@code realtime}).
 */
package org.hallway.chat;
