// What the attendee is told about the socket (connecting, reconnecting with "Retry now", refused for
// good, replaced by another tab) and about a refused message (docs/protocol.md, "Errors").

import { ui, state, hallway, show, say, clock } from './page.js';
import { showReady } from './lobby.js';
import { endMeeting } from './meeting.js';

export function socketStatus(status, detail = {}) {
  hallway.socketOpen = status === 'open';
  hallway.socketStatus = status;
  show(ui.retryButton, status === 'reconnecting' && detail.secondsLeft > 0);
  switch (status) {
    case 'connecting': say(ui.socketState, 'Connecting to the networking session…'); break;
    case 'open': say(ui.socketState, ''); break;
    case 'reconnecting':
      say(ui.socketState, detail.secondsLeft > 0
        ? 'Connection lost. Reconnecting in ' + detail.secondsLeft + ' s…'
        : 'Reconnecting…');
      ui.readyButton.disabled = true;
      break;
    case 'refused':
      say(ui.socketState, detail.reason);
      ui.readyButton.disabled = true;
      endMeeting(null);
      break;
    case 'replaced':
      say(ui.socketState, 'The networking session was opened in another tab or window; this one is disconnected.');
      ui.readyButton.disabled = true;
      endMeeting(null);
      break;
    default: say(ui.socketState, 'Disconnected.');
  }
}

/** An `error`: what the attendee can do about it, where they are looking. */
export function refused({ code, message }) {
  const meeting = state.meeting;
  const explained = {
    'session-not-live': 'The session is not live right now.',
    'leave-too-early': meeting ? `You can leave in ${clock((meeting.leaveAllowedAtLocal - Date.now()) / 1000)}.` : '',
    'rate-limited': 'Too many actions at once; slow down a little.',
    'extension-not-offered': 'The extension is no longer offered.',
  }[code];
  const text = explained || message || 'The server refused that.';
  if (code === 'session-not-live') {
    state.live = false;
    showReady();
  }
  say(state.meeting ? ui.callState : ui.lastMeeting, text);
}
