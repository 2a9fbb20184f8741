// The agenda follows the event's lobby channel: a session started or ended (by an organiser, a
// moderator or the schedule) changes its card at once, Join appearing or going, without a reload;
// a session whose last seat was taken shows "Full" instead of Join (and Join again when one is free).
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

/** A live session with a capacity filled up (Join gives way to "Full") or has a seat again. */
export function seats(root, sessionId, full) {
    for (const card of root.querySelectorAll(`article[data-session="${sessionId}"]`)) {
        if (card.classList.contains('joined')) {
            continue; // "Back to the room": the seat is theirs
        }
        const badge = card.querySelector('.badge.full');
        const join = card.querySelector('a.join');
        if (full && !badge) {
            join?.remove();
            const span = document.createElement('span');
            span.className = 'badge full';
            span.textContent = 'Full';
            card.appendChild(span);
        } else if (!full && badge) {
            badge.remove();
            if (card.classList.contains('LIVE')) {
                update(root, sessionId, 'LIVE');
            }
        }
    }
}

annotate();
const root = document.getElementById('agenda-live');
if (root) {
    connect(root.dataset.event, root.dataset.contextPath)
        .subscribe(`lobby:${root.dataset.eventId}`, (data, message) => {
            if (message.type === 'session-seats') {
                seats(document, data.session, data.full);
            } else if (message.type === 'session-state') {
                update(document, data.session, data.state);
            }
        });
}
