package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.networking.control.NetworkingRulesChanged;
import org.hallway.networking.control.NetworkingSessions;
import org.hallway.networking.control.RulesBook;
import org.hallway.platform.Rejected;

/**
 * The organiser's networking use cases, one transaction each; a {@link Rejected} rolls back
 * everything. The live floor learns about new rules from {@link NetworkingRulesChanged}, observed
 * after the commit.
 */
@ApplicationScoped
public class NetworkingAdministration {

    @Inject
    NetworkingSessions sessions;

    @Inject
    RulesBook rulesBook;

    @Inject
    Event<NetworkingRulesChanged> rulesChanged;

    @Transactional
    public void saveRules(long sessionId, RulesBook.Proposal proposal) {
        AgendaSession session = sessions.find(sessionId)
                .orElseThrow(() -> Rejected.general("This networking session no longer exists."));
        rulesBook.save(session, proposal);
        rulesChanged.fire(new NetworkingRulesChanged(sessionId));
    }
}
