package org.hallway.platform;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Payara's data grid: its Hazelcast instance, one {@link ITopic} per topic. The only class that
 * names a Hazelcast type (compiled against Hazelcast's API in {@code provided} scope, the version
 * Payara ships): {@link Cluster} loads it only once Payara's JNDI answered with a grid instance, so
 * on WildFly, or on Payara without its grid, it is never loaded.
 */
final class HazelcastGrid implements Cluster.Grid {

    private static final System.Logger LOG = System.getLogger(HazelcastGrid.class.getName());

    private final HazelcastInstance instance;
    private final String memberId;
    private final List<Listening> listeners = new CopyOnWriteArrayList<>();

    private record Listening(ITopic<String> topic, UUID registration) {}

    /** @param instance what Payara bound at {@code payara/Hazelcast} */
    HazelcastGrid(Object instance) {
        this.instance = (HazelcastInstance) instance;
        this.memberId =
                String.valueOf(this.instance.getCluster().getLocalMember().getUuid());
    }

    @Override
    public void publish(String topic, String message) {
        instance.<String>getTopic(topic).publish(message);
    }

    @Override
    public void listen(String topic, Consumer<String> fromOthers) {
        ITopic<String> itopic = instance.getTopic(topic);
        UUID registration = itopic.addMessageListener(message -> {
            Member from = message.getPublishingMember();
            if (from == null || !from.localMember()) {
                fromOthers.accept(message.getMessageObject());
            }
        });
        listeners.add(new Listening(itopic, registration));
    }

    @Override
    public int members() {
        return instance.getCluster().getMembers().size();
    }

    @Override
    public String memberId() {
        return memberId;
    }

    @Override
    public void close() {
        for (Listening each : listeners) {
            try {
                each.topic().removeMessageListener(each.registration());
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "Removing a grid listener failed (the grid is going down)", e);
            }
        }
        listeners.clear();
    }
}
