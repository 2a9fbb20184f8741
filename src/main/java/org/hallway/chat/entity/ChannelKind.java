package org.hallway.chat.entity;

/** The kinds of channel that carry chat; each names what its channel id refers to. */
public enum ChannelKind {
    /** An agenda session's chat (STAGE, SESSION or NETWORKING); id = agenda session id. */
    SESSION,
    /** A private conversation between two attendees; id = conversation id. */
    CONVERSATION,
    /** The chat beside a networking meeting's video; id = networking meeting id. */
    MEETING
}
