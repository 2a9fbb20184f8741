// The session room page: plays the content, counts down to the start, shows local times on hover,
// and follows the room's channel: the live count, Q&A and the people list re-read when they change,
// the page itself when the session starts or ends or its reader was removed. Q&A, pin, removal and
// note buttons (data-ajax: what else to re-render) send their form by ajax, so the stream keeps playing.
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

/** The ids of the page's elements among `ids`, for a Faces ajax render list. */
function present(ids) {
    return [...new Set(ids)].filter((id) => document.getElementById(id)).join(' ');
}

/** Re-renders the Q&A, the pinned item and the people list through one Faces ajax request. */
function refresh() {
    const button = document.getElementById('qa:refresh');
    if (!button || !window.faces) {
        return;
    }
    // A click event: Faces invokes a button's action on an ajax request only for the event "click".
    window.faces.ajax.request(button, new MouseEvent('click'), {
        execute: '@this', render: present(['qa', 'pinned-slot', 'people']),
    });
}

// A button with data-ajax sends its form without reloading the page (no inline handlers: the CSP allows none).
document.addEventListener('click', (event) => {
    const button = event.target.closest('#room-page [data-ajax]');
    if (!button || !button.form || !window.faces || event.defaultPrevented) {
        return;
    }
    event.preventDefault();
    const render = present([button.form.id, ...button.dataset.ajax.split(/\s+/).filter(Boolean)]);
    // A row's button names its item: the list may be re-sorted on the server before this request is
    // processed (a refresh in flight), so its position would name another row (RoomPage.row).
    const params = {};
    if (button.dataset.row) {
        params[`${button.form.id}:row`] = button.dataset.row;
    }
    if (button.dataset.rowAction) {
        params[`${button.form.id}:row-action`] = button.dataset.rowAction;
    }
    window.faces.ajax.request(button, event, { execute: button.form.id, render, params });
});

const room = document.getElementById('room-page');
if (room) {
    const client = connect(room.dataset.event, room.dataset.contextPath);
    client.subscribe(`session:${room.dataset.sessionId}`, (data, message) => {
        if (message.type === 'presence') {
            document.getElementById('presence-count').textContent = String(data.count);
            if (document.getElementById('people')) {
                refresh(); // only moderators see the list: attendees need no request per arrival
            }
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
    if (room.dataset.state === 'SCHEDULED') {
        // before the start the room's own channel may not admit an attendee yet: the event's lobby
        // says when this session starts (a live stage then opens for everyone at once)
        client.subscribe(`lobby:${room.dataset.eventId}`, (data, message) => {
            if (message.type === 'session-state' && String(data.session) === room.dataset.sessionId
                && data.state !== room.dataset.state) {
                window.location.reload();
            }
        });
    }
}
