// The networking tab (docs/protocol.md, "The networking socket"): wires the page's modules to the
// socket — lobby.js (the ready view), meeting.js (the meeting and its call), controls.js (camera,
// microphone, background), rating.js (the rating after a meeting), status.js (connection and refusals) — and starts camera, then socket.

import { NetworkingSocket, socketUrl } from './protocol.js';
import { LocalMedia } from './media.js';
import { ui, config, state, hallway, show, say } from './page.js';
import { showReady, showWaiting, showQueue, bindLobby } from './lobby.js';
import {
  startMeeting, receiveSignal, connectionState, isCurrent, endMeeting, bindMeeting,
  extensionOffered, extensionAccepted, extended, extensionWithdrawn, partnerLost, partnerBack,
} from './meeting.js';
import { bindControls } from './controls.js';
import { offerRating, closeRating, rated, bindRating } from './rating.js';
import { socketStatus, refused } from './status.js';

window.hallway = hallway;

state.media = new LocalMedia((kind, track) => {
  ui.preview.srcObject = state.media.outgoing;
  ui.localVideo.srcObject = state.media.outgoing;
  if (state.call) {
    state.call.replaceTrack(kind, track).catch((e) => console.warn('networking: replaceTrack', e));
  }
});

const socket = new NetworkingSocket(socketUrl(config.wsUrl), socketStatus, () => state.meeting !== null);
state.socket = socket;
hallway.socket = socket.connection; // tests drop the connection through it

socket
  .on('welcome', (d) => {
    state.rules = d.rules || {};
    state.live = !!(d.session && d.session.live);
    if (d.state === 'ready') {
      showWaiting();
    } else if (d.state !== 'meeting') {
      if (state.meeting) {
        endMeeting('gone'); // the meeting ended while we were away
      }
      showReady();
    }
  })
  .on('queue', showQueue)
  .on('matched', (d) => {
    closeRating();
    startMeeting(d);
  })
  .on('signal', receiveSignal)
  .on('extension-offered', extensionOffered)
  .on('extension-accepted', extensionAccepted)
  .on('extended', extended)
  .on('extension-withdrawn', extensionWithdrawn)
  .on('connection', (d) => {
    if (isCurrent(d)) connectionState(d.state);
  })
  .on('partner-lost', partnerLost)
  .on('partner-back', partnerBack)
  .on('meeting-ended', (d) => {
    if (isCurrent(d)) {
      const past = state.meeting;
      endMeeting(d.reason);
      offerRating(past, d.reason);
    }
  })
  .on('rated', rated)
  .on('session-ended', () => {
    state.sessionOver = true;
    state.live = false;
    if (!state.meeting) showReady();
  })
  .on('error', refused);

ui.retryButton.addEventListener('click', () => socket.retryNow());
bindLobby();
bindMeeting();
bindControls();
bindRating();

say(ui.socketState, 'Waiting for your camera and microphone…');
state.media.start()
  .then((stream) => {
    ui.preview.srcObject = stream;
    ui.localVideo.srcObject = stream;
  })
  .catch((e) => {
    show(ui.mediaError, true);
    say(ui.mediaError, 'Your camera and microphone are not available (' + e.name + '). '
      + 'Allow them in your browser to be seen and heard; you can still join.');
  })
  .finally(() => socket.connect());
window.addEventListener('pagehide', () => socket.close());
