// The agenda follows the event's lobby channel: a session started or ended (by an organiser, a
// moderator or the schedule) changes its card at once, Join appearing or going, without a reload.
import { connect } from './realtime/client.js';
import { annotate } from './local-time.js';

const STATES = ['SCHEDULED', 'LIVE', 'ENDED'];

/** Shows the session's new state on its card(s). */
export function update(root, sessionId, state) {
    for (const card of root.querySelectorAll(`article[data-session="${sessionId}"]`)) {
        card.classList.remove(...STATES);
        card.classList.add(state);
        for (const badge of card.querySelectorAll('.badge')) {
            if (STATES.includes(badge.textContent.trim())) {
                badge.className = `badge ${state}`;
                badge.textContent = state;
            }
        }
        const join = card.querySelector('a.join');
        const room = card.dataset.room;
        if (state === 'LIVE' && !join && room && !card.querySelector('.badge.full')) {
            const link = document.createElement('a');
            link.className = 'button primary join';
            link.href = room;
            link.textContent = 'Join';
            card.appendChild(link);
            card.querySelector('a.room-link')?.remove();
        } else if (state !== 'LIVE' && join) {
            join.remove();
        }
    }
}

annotate();
const root = document.getElementById('agenda-live');
if (root) {
    connect(root.dataset.event, root.dataset.contextPath)
        .subscribe(`lobby:${root.dataset.eventId}`, (data) => update(document, data.session, data.state));
}
