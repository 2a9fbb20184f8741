package org.hallway.chat.control;

/** Thrown by a chat use case that refuses; its transaction rolls back, so nothing changed. */
public final class ChatRefused extends RuntimeException {

    private final ChatRefusal refusal;

    public ChatRefused(ChatRefusal refusal) {
        this(refusal, refusal.message());
    }

    public ChatRefused(ChatRefusal refusal, String message) {
        super(message, null, false, false);
        this.refusal = refusal;
    }

    public ChatRefusal refusal() {
        return refusal;
    }
}
