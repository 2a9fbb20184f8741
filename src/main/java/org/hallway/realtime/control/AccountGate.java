package org.hallway.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;

/** An account's own channel (unread counts, notifications): that account only, organisers included. */
@ApplicationScoped
public class AccountGate implements ChannelGate {

    @Override
    public Channel.Kind kind() {
        return Channel.Kind.ACCOUNT;
    }

    @Override
    public void admit(Caller caller, long accountId) {
        if (accountId != caller.accountId()) {
            throw new Refused(Refusal.NOT_ADMITTED, "That is someone else's channel.");
        }
    }
}
