package org.hallway.realtime.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/**
 * The gate of every channel kind, built once from the deployment's {@link ChannelGate} beans at
 * start-up: a kind with two gates fails the deployment; a kind without one admits nobody.
 */
@ApplicationScoped
public class ChannelGates {

    @Inject
    Instance<ChannelGate> beans;

    private Map<Channel.Kind, ChannelGate> gates;

    ChannelGates() {}

    /** Without CDI (unit tests): the table of these. */
    ChannelGates(Iterable<? extends ChannelGate> all) {
        gates = table(all);
    }

    @PostConstruct
    void build() {
        gates = table(beans);
    }

    /** Built when the application starts, so a doubly claimed kind fails the deployment. */
    void startup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gates.size();
    }

    /** One gate per kind; a kind claimed twice is a deployment error. */
    public static Map<Channel.Kind, ChannelGate> table(Iterable<? extends ChannelGate> all) {
        Map<Channel.Kind, ChannelGate> table = new EnumMap<>(Channel.Kind.class);
        for (ChannelGate gate : all) {
            ChannelGate other = table.putIfAbsent(gate.kind(), gate);
            if (other != null) {
                throw new IllegalStateException("Channel kind " + gate.kind() + " has two gates: "
                        + other.getClass().getName() + " and " + gate.getClass().getName());
            }
        }
        return table;
    }

    /** Returns when the caller may follow the channel; refuses with {@link Refusal#NOT_ADMITTED} otherwise. */
    public void admit(Caller caller, Channel channel) {
        ChannelGate gate = gates.get(channel.kind());
        if (gate == null) {
            throw new Refused(
                    Refusal.NOT_ADMITTED, "Nobody may follow " + channel.kind().wire() + " channels yet.");
        }
        gate.admit(caller, channel.id());
    }
}
