package org.hallway.realtime.control;

/**
 * Decides who may subscribe to the channels of one kind: a CDI bean provided by the feature that
 * owns the kind, exactly one per kind (two fail the deployment). A kind without a gate admits nobody.
 * A gate must check the account against the caller's event, not only against the id.
 */
public interface ChannelGate {

    Channel.Kind kind();

    /** Returns when the caller may follow channel {@code id} of {@link #kind()}; throws to refuse. */
    void admit(Caller caller, long id) throws Refused;
}
