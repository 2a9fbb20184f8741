package org.hallway.realtime.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Who follows what on this node, modelled on OmniFaces' socket user and session managers: channel →
 * account → sockets, and account → sockets. An account may have several sockets (one per browser
 * tab): each subscribes on its own, and closing one leaves the others as they were. Thread-safe:
 * changes to one channel's or account's entry are atomic ({@code compute}); lookups never block and
 * see a consistent snapshot of each entry. Empty entries are removed. {@code S} is what sends to a
 * socket (an {@link Outlet} in the application, anything in tests).
 */
public final class ChannelRegistry<S> {

    /** How many channels one socket may follow at once. */
    public static final int MAX_CHANNELS_PER_SOCKET = 64;

    private record Member<S>(Caller caller, S socket, Set<Channel> channels) {}

    private final ConcurrentMap<String, Member<S>> members = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Map<String, S>> byAccount = new ConcurrentHashMap<>();
    private final ConcurrentMap<Channel, Map<Long, Map<String, S>>> byChannel = new ConcurrentHashMap<>();

    /** A socket opened; it follows nothing yet. */
    public void open(Caller caller, S socket) {
        if (!open(caller, socket, Integer.MAX_VALUE)) {
            throw new IllegalStateException("unreachable: no cap");
        }
    }

    /**
     * A socket opened, unless its account has {@code cap} sockets open here already (checked and
     * counted at once, so two sockets opening together cannot both pass the cap): then false and
     * nothing is kept.
     */
    public boolean open(Caller caller, S socket, int cap) {
        if (members.putIfAbsent(caller.socketId(), new Member<>(caller, socket, ConcurrentHashMap.newKeySet()))
                != null) {
            throw new IllegalStateException("Socket " + caller.socketId() + " is open already");
        }
        boolean[] admitted = {false};
        byAccount.compute(caller.accountId(), (id, sockets) -> {
            Map<String, S> next = sockets == null ? new ConcurrentHashMap<>() : sockets;
            if (next.size() < cap) {
                next.put(caller.socketId(), socket);
                admitted[0] = true;
            }
            return next.isEmpty() ? null : next;
        });
        if (!admitted[0]) {
            members.remove(caller.socketId());
        }
        return admitted[0];
    }

    /**
     * The socket follows the channel from now on; false when it did already (or is not open).
     *
     * @throws Refused {@link Refusal#TOO_MANY_CHANNELS} when it follows {@value #MAX_CHANNELS_PER_SOCKET} already
     */
    public boolean join(Caller caller, Channel channel) {
        Member<S> member = members.get(caller.socketId());
        if (member == null || member.channels().contains(channel)) {
            return false;
        }
        synchronized (member) {
            if (member.channels().size() >= MAX_CHANNELS_PER_SOCKET) {
                throw new Refused(
                        Refusal.TOO_MANY_CHANNELS,
                        "A connection follows at most " + MAX_CHANNELS_PER_SOCKET + " channels.");
            }
            if (!member.channels().add(channel)) {
                return false;
            }
        }
        byChannel.compute(channel, (c, accounts) -> {
            Map<Long, Map<String, S>> next = accounts == null ? new ConcurrentHashMap<>() : accounts;
            next.computeIfAbsent(caller.accountId(), a -> new ConcurrentHashMap<>())
                    .put(caller.socketId(), member.socket());
            return next;
        });
        if (members.get(caller.socketId()) != member) {
            drop(caller, channel); // closed meanwhile: leave nothing behind
            return false;
        }
        return true;
    }

    /** The socket stops following the channel; false when it did not follow it. */
    public boolean leave(Caller caller, Channel channel) {
        Member<S> member = members.get(caller.socketId());
        if (member == null || !member.channels().remove(channel)) {
            return false;
        }
        drop(caller, channel);
        return true;
    }

    /**
     * Every socket of the account stops following the channel (a moderator removed the person);
     * returns the callers of the sockets that followed it.
     */
    public List<Caller> expel(long accountId, Channel channel) {
        Map<String, S> sockets = byAccount.get(accountId);
        if (sockets == null) {
            return List.of();
        }
        List<Caller> expelled = new ArrayList<>();
        for (String socketId : List.copyOf(sockets.keySet())) {
            Member<S> member = members.get(socketId);
            if (member != null && leave(member.caller(), channel)) {
                expelled.add(member.caller());
            }
        }
        return expelled;
    }

    /** The socket closed: it leaves every channel it followed, which are returned. */
    public List<Channel> close(Caller caller) {
        Member<S> member = members.remove(caller.socketId());
        if (member == null) {
            return List.of();
        }
        List<Channel> left;
        synchronized (member) {
            left = new ArrayList<>(member.channels());
            member.channels().clear();
        }
        left.forEach(channel -> drop(caller, channel));
        byAccount.computeIfPresent(caller.accountId(), (id, sockets) -> {
            sockets.remove(caller.socketId());
            return sockets.isEmpty() ? null : sockets;
        });
        return left;
    }

    private void drop(Caller caller, Channel channel) {
        byChannel.computeIfPresent(channel, (c, accounts) -> {
            Map<String, S> sockets = accounts.get(caller.accountId());
            if (sockets != null) {
                sockets.remove(caller.socketId());
                if (sockets.isEmpty()) {
                    accounts.remove(caller.accountId());
                }
            }
            return accounts.isEmpty() ? null : accounts;
        });
    }

    /** Every socket following the channel. */
    public List<S> sockets(Channel channel) {
        Map<Long, Map<String, S>> accounts = byChannel.get(channel);
        if (accounts == null) {
            return List.of();
        }
        List<S> sockets = new ArrayList<>();
        accounts.values().forEach(s -> sockets.addAll(s.values()));
        return sockets;
    }

    /** Every open socket. */
    public List<S> all() {
        return members.values().stream().map(Member::socket).toList();
    }

    /** Every open socket of the account, whatever it follows. */
    public List<S> socketsOf(long accountId) {
        Map<String, S> sockets = byAccount.get(accountId);
        return sockets == null ? List.of() : List.copyOf(sockets.values());
    }

    /** The accounts with at least one socket following the channel. */
    public Set<Long> present(Channel channel) {
        Map<Long, Map<String, S>> accounts = byChannel.get(channel);
        return accounts == null ? Set.of() : Set.copyOf(accounts.keySet());
    }

    /** How many accounts have at least one socket following the channel (without copying them). */
    public int presentCount(Channel channel) {
        Map<Long, Map<String, S>> accounts = byChannel.get(channel);
        return accounts == null ? 0 : accounts.size();
    }

    /** Whether the account has at least one socket following the channel. */
    public boolean isPresent(Channel channel, long accountId) {
        Map<Long, Map<String, S>> accounts = byChannel.get(channel);
        return accounts != null && accounts.containsKey(accountId);
    }

    /** The open socket of that id. */
    public java.util.Optional<S> socket(String socketId) {
        Member<S> member = members.get(socketId);
        return member == null ? java.util.Optional.empty() : java.util.Optional.of(member.socket());
    }

    /** Whether this socket follows the channel. */
    public boolean follows(Caller caller, Channel channel) {
        Member<S> member = members.get(caller.socketId());
        return member != null && member.channels().contains(channel);
    }

    /** The open sockets of the account in one event (e.g. to close them when a ticket is revoked). */
    public List<S> socketsOf(long accountId, long eventId) {
        Map<String, S> ofAccount = byAccount.get(accountId);
        if (ofAccount == null) {
            return List.of();
        }
        List<S> sockets = new ArrayList<>();
        for (String socketId : ofAccount.keySet()) {
            Member<S> member = members.get(socketId);
            if (member != null && member.caller().eventId() == eventId) {
                sockets.add(member.socket());
            }
        }
        return sockets;
    }
}
