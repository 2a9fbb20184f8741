// The session room page: plays the content, counts down to the start, shows local times on hover,
// and follows the room's channel: the live count, Q&A and the people list re-read when they change,
// the page itself when the session starts or ends or its reader was removed.
import { play } from './player.js';
import { start as countdown } from './countdown.js';
import { annotate } from '../local-time.js';
import { connect } from '../realtime/client.js';

for (const video of document.querySelectorAll('video[data-src]')) {
    play(video);
}
const clock = document.getElementById('countdown');
if (clock) {
    countdown(clock);
}
annotate();

/** Re-renders the Q&A, the pinned question and the people list through one Faces ajax request. */
function refresh() {
    const button = document.getElementById('qa:refresh');
    if (!button || !window.faces) {
        return;
    }
    const render = ['qa', 'pinned-slot', 'people'].filter((id) => document.getElementById(id)).join(' ');
    window.faces.ajax.request(button, null, { execute: '@this', render });
}

const room = document.getElementById('room-page');
if (room) {
    const client = connect(room.dataset.event, room.dataset.contextPath);
    client.subscribe(`session:${room.dataset.sessionId}`, (data, message) => {
        if (message.type === 'presence') {
            document.getElementById('presence-count').textContent = String(data.count);
            refresh();
        } else if (message.type === 'session-state' && data.state !== room.dataset.state) {
            window.location.reload();
        } else if (message.type === 'room-changed') {
            if (data.what === 'removed' && String(data.account) === room.dataset.me) {
                window.location.reload();
            } else {
                refresh();
            }
        }
    });
}
