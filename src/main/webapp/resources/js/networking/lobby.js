// The ready view: "I'm Ready", waiting in the pool with its count, and why no match can start
// (the session is not live, or over).

import { ui, state, hallway, show, say, clock } from './page.js';

export function showReady() {
  hallway.view = 'ready';
  show(ui.meetingView, false);
  show(ui.readyView, true);
  show(ui.hangupButton, false);
  show(ui.queue, false);
  show(ui.unreadyButton, false);
  show(ui.readyButton, !state.sessionOver);
  ui.readyButton.disabled = !state.live || !hallway.socketOpen;
  if (state.sessionOver) {
    say(ui.lastMeeting, 'The session has ended: no new matches. “View Matches” lists everyone you met.');
  } else if (!state.live) {
    say(ui.lastMeeting, 'The session is not live right now.');
  }
}

export function showWaiting() {
  hallway.view = 'waiting';
  show(ui.meetingView, false);
  show(ui.readyView, true);
  show(ui.readyButton, false);
  show(ui.unreadyButton, true);
  show(ui.queue, true);
  say(ui.queue, 'Looking for a partner…');
}

/** The pool's size and the estimated wait, while waiting. */
export function showQueue(d) {
  if (hallway.view !== 'waiting') {
    return;
  }
  show(ui.queue, true);
  const wait = Number(d.estimatedWaitSeconds) || 0;
  say(ui.queue, `${Number(d.ready) || 0} ready · estimated wait ${wait > 0 ? clock(wait) : 'under a minute'}`);
}

export function bindLobby() {
  ui.readyButton.addEventListener('click', () => {
    if (state.socket.send('ready')) {
      say(ui.lastMeeting, '');
      showWaiting();
      ui.unreadyButton.focus();
    }
  });
  ui.unreadyButton.addEventListener('click', () => {
    if (state.socket.send('unready')) {
      showReady();
      ui.readyButton.focus();
    }
  });
}
