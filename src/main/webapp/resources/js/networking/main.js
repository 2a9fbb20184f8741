// The networking tab: the ready view, the matched view with the call, and the protocol flow of
// docs/protocol.md. Everything the server sends is data: shown with textContent, never as HTML.

import { NetworkingSocket, socketUrl } from './protocol.js';
import { Call } from './call.js';
import { LocalMedia } from './media.js';

const app = document.getElementById('networking-app');
const $ = (id) => document.getElementById(id);

const ui = {
  socketState: $('socket-state'), retryButton: $('retry-button'),
  readyView: $('ready-view'), preview: $('preview'), lastMeeting: $('last-meeting'),
  readyButton: $('ready-button'), unreadyButton: $('unready-button'), queue: $('queue'), mediaError: $('media-error'),
  meetingView: $('meeting-view'), partnerName: $('partner-name'), partnerHeadline: $('partner-headline'),
  partnerHeadshot: $('partner-headshot'), countdown: $('countdown'), callState: $('call-state'),
  remoteVideo: $('remote-video'), localVideo: $('local-video'),
  connectButton: $('connect-button'), extendButton: $('extend-button'), extendState: $('extend-state'),
  leaveButton: $('leave-button'), hangupButton: $('hangup-button'),
  muteButton: $('mute-button'), cameraButton: $('camera-button'), settingsButton: $('settings-button'),
  settingsPanel: $('settings-panel'), cameraSelect: $('camera-select'), microphoneSelect: $('microphone-select'),
  backgroundState: $('background-state'), backgroundColour: $('background-colour'), backgroundImage: $('background-image'),
};

const config = {
  iceServers: parseIceServers(app.dataset.iceServers),
  vendorUrl: app.dataset.vendorUrl,
  contextPath: app.dataset.contextPath || '',
};

/** What the tests and a curious developer can read (window.hallway). */
const hallway = {
  view: 'ready', // 'ready' | 'waiting' | 'meeting'
  pc: null,
  meetingId: null,
  role: null,
  endsAt: null, // the server's end instant, epoch ms
  matchToFirstFrameMs: null,
  socketOpen: false,
  socketStatus: 'connecting', // 'connecting' | 'open' | 'reconnecting' | 'refused' | 'replaced' | 'closed'
  background: 'none', // the background effect applied to the outgoing video
  async stats() {
    return call ? call.stats() : { connectionState: 'none', framesDecoded: 0 };
  },
};
window.hallway = hallway;

let rules = null;
let live = false;
let sessionOver = false;
let meeting = null; // { id, partner, role, endsAtLocal, leaveAllowedAtLocal, matchedAt, flowing }
let call = null;
let ticker = null;

const media = new LocalMedia((kind, track) => {
  ui.preview.srcObject = media.outgoing;
  ui.localVideo.srcObject = media.outgoing;
  if (call) {
    call.replaceTrack(kind, track).catch((e) => console.warn('networking: replaceTrack', e));
  }
});

const socket = new NetworkingSocket(socketUrl(app.dataset.wsUrl), socketStatus);
hallway.socket = socket; // tests drop the connection through it

function parseIceServers(text) {
  try {
    const servers = JSON.parse(text || '[]');
    return Array.isArray(servers) ? servers : [];
  } catch (e) {
    return [];
  }
}

function show(element, visible) {
  element.hidden = !visible;
}

function say(element, text) {
  element.textContent = text || '';
}

/** m:ss of a number of seconds (never negative). */
function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}

// ---- the socket ----------------------------------------------------------------------------

function socketStatus(status, detail = {}) {
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

socket
  .on('welcome', (d) => {
    rules = d.rules || {};
    live = !!(d.session && d.session.live);
    if (d.state === 'ready') {
      showWaiting();
    } else if (d.state !== 'meeting') {
      if (meeting) {
        endMeeting('gone'); // the meeting ended while we were away
      }
      showReady();
    }
  })
  .on('queue', (d) => {
    if (hallway.view !== 'waiting') {
      return;
    }
    show(ui.queue, true);
    const wait = Number(d.estimatedWaitSeconds) || 0;
    say(ui.queue, `${Number(d.ready) || 0} ready · estimated wait ${wait > 0 ? clock(wait) : 'under a minute'}`);
  })
  .on('matched', startMeeting)
  .on('signal', (d, message) => {
    if (call && meeting && message.from === meeting.partner.id) {
      call.receive(d);
    }
  })
  .on('extension-offered', (d) => {
    if (!isCurrent(d)) return;
    ui.extendButton.disabled = false;
    say(ui.extendButton, 'Extend');
    show(ui.extendButton, true);
    say(ui.extendState, `Extend by ${clock((rules.meetingSeconds || 0) / 2)}?`);
  })
  .on('extension-accepted', (d) => {
    if (!isCurrent(d)) return;
    if (d.by === 'you') {
      ui.extendButton.disabled = true;
      say(ui.extendButton, 'Extend requested');
      say(ui.extendState, meeting.partnerExtends ? '' : 'Waiting for your partner to extend…');
      meeting.youExtend = true;
    } else {
      meeting.partnerExtends = true;
      say(ui.extendState, 'Your partner accepted the extension.');
      if (!meeting.youExtend) say(ui.extendButton, 'Extend (partner accepted)');
    }
  })
  .on('extended', (d) => {
    if (!isCurrent(d)) return;
    setEnd(d.endsAt);
    show(ui.extendButton, false);
    meeting.youExtend = meeting.partnerExtends = false;
    say(ui.extendState, `Extended by ${clock((rules.meetingSeconds || 0) / 2)}.`);
  })
  .on('extension-withdrawn', (d) => {
    if (!isCurrent(d)) return;
    show(ui.extendButton, false);
    meeting.youExtend = meeting.partnerExtends = false;
    say(ui.extendState, d.reason === 'declined' ? 'The extension was declined.' : '');
  })
  .on('connection', (d) => {
    if (!meeting || d.meetingId !== meeting.id) return;
    connectionState(d.state);
  })
  .on('partner-lost', (d) => {
    if (!isCurrent(d)) return;
    say(ui.callState, `Your partner's connection dropped. Waiting up to ${Number(d.graceSeconds) || 0} s for them…`);
  })
  .on('partner-back', (d) => {
    if (!isCurrent(d)) return;
    say(ui.callState, 'Your partner is back. Reconnecting the call…');
    newCall(); // their page may have reloaded: both sides start a fresh connection
  })
  .on('meeting-ended', (d) => {
    if (!isCurrent(d)) return;
    endMeeting(d.reason);
  })
  .on('session-ended', () => {
    sessionOver = true;
    live = false;
    if (!meeting) showReady();
  })
  .on('error', (d) => refused(d));

function isCurrent(d) {
  return meeting && d.meetingId === meeting.id;
}

function refused({ code, message }) {
  const explained = {
    'session-not-live': 'The session is not live right now.',
    'leave-too-early': meeting ? `You can leave in ${clock((meeting.leaveAllowedAtLocal - Date.now()) / 1000)}.` : '',
    'rate-limited': 'Too many actions at once; slow down a little.',
    'extension-not-offered': 'The extension is no longer offered.',
  }[code];
  const text = explained || message || 'The server refused that.';
  if (code === 'session-not-live') {
    live = false;
    showReady();
  }
  say(meeting ? ui.callState : ui.lastMeeting, text);
}

// ---- ready view ----------------------------------------------------------------------------

function showReady() {
  hallway.view = 'ready';
  show(ui.meetingView, false);
  show(ui.readyView, true);
  show(ui.hangupButton, false);
  show(ui.queue, false);
  show(ui.unreadyButton, false);
  show(ui.readyButton, !sessionOver);
  ui.readyButton.disabled = !live || !hallway.socketOpen;
  if (sessionOver) {
    say(ui.lastMeeting, 'The session has ended: no new matches. “View Matches” lists everyone you met.');
  } else if (!live) {
    say(ui.lastMeeting, 'The session is not live right now.');
  }
}

function showWaiting() {
  hallway.view = 'waiting';
  show(ui.meetingView, false);
  show(ui.readyView, true);
  show(ui.readyButton, false);
  show(ui.unreadyButton, true);
  show(ui.queue, true);
  say(ui.queue, 'Looking for a partner…');
}

ui.retryButton.addEventListener('click', () => socket.retryNow());

ui.readyButton.addEventListener('click', () => {
  if (socket.send('ready')) {
    say(ui.lastMeeting, '');
    showWaiting();
    ui.unreadyButton.focus();
  }
});

ui.unreadyButton.addEventListener('click', () => {
  if (socket.send('unready')) {
    showReady();
    ui.readyButton.focus();
  }
});

// ---- meeting view --------------------------------------------------------------------------

function startMeeting(d) {
  const resumed = meeting && meeting.id === d.meetingId;
  meeting = {
    id: d.meetingId,
    partner: d.partner || {},
    role: d.role === 'offerer' ? 'offerer' : 'answerer',
    matchedAt: resumed ? meeting.matchedAt : performance.now(),
    flowing: resumed ? meeting.flowing : false,
    leaveAllowedAtLocal: socket.toLocal(d.leaveAllowedAt),
  };
  hallway.meetingId = meeting.id;
  hallway.role = meeting.role;
  if (!resumed) {
    hallway.matchToFirstFrameMs = null;
  }
  setEnd(d.endsAt);

  hallway.view = 'meeting';
  show(ui.readyView, false);
  show(ui.meetingView, true);
  show(ui.hangupButton, true);
  show(ui.extendButton, false);
  say(ui.extendState, '');
  say(ui.partnerName, meeting.partner.displayName || 'Your partner');
  say(ui.partnerHeadline, meeting.partner.headline || '');
  const headshot = meeting.partner.headshotUrl;
  if (typeof headshot === 'string' && headshot.startsWith('/') && !headshot.startsWith('//')) {
    ui.partnerHeadshot.src = config.contextPath + headshot; // the wire's path is relative to the context root
    ui.partnerHeadshot.alt = '';
    show(ui.partnerHeadshot, true);
  } else {
    show(ui.partnerHeadshot, false);
  }
  if (!resumed) {
    connectionState(null);
  }
  ui.localVideo.srcObject = media.outgoing;
  clearInterval(ticker);
  ticker = setInterval(tick, 250);
  tick();
  newCall();
  ui.connectButton.focus({ preventScroll: true });
}

function setEnd(endsAt) {
  const local = socket.toLocal(endsAt);
  if (meeting && !Number.isNaN(local)) {
    meeting.endsAtLocal = local;
    hallway.endsAt = Date.parse(endsAt);
    tick();
  }
}

function tick() {
  if (!meeting) return;
  const left = (meeting.endsAtLocal - Date.now()) / 1000;
  say(ui.countdown, clock(left));
  ui.countdown.parentElement.classList.toggle('ending', left <= 30);
  const canLeave = Date.now() >= meeting.leaveAllowedAtLocal;
  ui.leaveButton.disabled = !canLeave;
  ui.hangupButton.disabled = !canLeave;
}

function newCall() {
  if (call) {
    call.close();
  }
  ui.remoteVideo.srcObject = null;
  const current = meeting;
  call = new Call({
    iceServers: config.iceServers,
    role: meeting.role,
    outgoing: media.outgoing,
    signal: (payload) => socket.send('signal', payload),
    onRemoteStream: (stream) => {
      if (ui.remoteVideo.srcObject !== stream) {
        ui.remoteVideo.srcObject = stream;
        ui.remoteVideo.play().catch(() => {});
      }
    },
    onState: (state) => callState(state),
  });
  hallway.pc = call.pc;
  watchFirstFrame(call, current);
  call.start();
}

function callState(state) {
  const text = {
    connecting: 'Connecting the call…',
    reconnecting: 'The call dropped. Reconnecting…',
    failed: 'The call could not connect.',
  }[state];
  say(ui.callState, text || '');
}

/** Tells the server once the first remote frame is decoded (requestVideoFrameCallback, getStats as a fallback). */
function watchFirstFrame(thisCall, thisMeeting) {
  let done = false;
  const firstFrame = () => {
    if (done || call !== thisCall) return;
    done = true;
    if (!thisMeeting.flowing) {
      thisMeeting.flowing = true;
      hallway.matchToFirstFrameMs = Math.round(performance.now() - thisMeeting.matchedAt);
      socket.send('media-flowing');
    }
  };
  if ('requestVideoFrameCallback' in HTMLVideoElement.prototype) {
    ui.remoteVideo.requestVideoFrameCallback(() => firstFrame());
  }
  const poll = setInterval(async () => {
    if (done || call !== thisCall) {
      clearInterval(poll);
      return;
    }
    try {
      if ((await thisCall.stats()).framesDecoded > 0) firstFrame();
    } catch (e) {
      // the connection closed meanwhile
    }
  }, 200);
}

function connectionState(state) {
  const button = ui.connectButton;
  button.dataset.state = state || 'none';
  if (state === 'requested') {
    say(button, 'Requested');
    button.disabled = true;
  } else if (state === 'incoming') {
    say(button, 'Accept');
    button.disabled = false;
    button.setAttribute('aria-label', `Accept ${meeting.partner.displayName || 'your partner'}'s connection request`);
    return;
  } else if (state === 'connected') {
    say(button, 'Connected');
    button.disabled = true;
  } else {
    say(button, 'Connect');
    button.disabled = false;
  }
  button.removeAttribute('aria-label');
}

ui.connectButton.addEventListener('click', () => {
  if (meeting) socket.send('connect', { meetingId: meeting.id });
});

ui.extendButton.addEventListener('click', () => {
  if (meeting && socket.send('extend')) {
    ui.extendButton.disabled = true;
  }
});

function leave() {
  if (meeting) socket.send('leave');
}
ui.leaveButton.addEventListener('click', leave);
ui.hangupButton.addEventListener('click', leave);

const ENDINGS = {
  time: 'Time is up.',
  left: 'You left the meeting.',
  'partner-left': 'Your partner left the meeting.',
  'partner-lost': 'Your partner lost their connection.',
  'media-failed': 'The video call could not be set up, so this meeting does not count. Try again.',
  blocked: 'The meeting ended.',
  gone: 'Your meeting ended while you were away.',
};

function endMeeting(reason) {
  const partner = meeting && meeting.partner.displayName;
  clearInterval(ticker);
  if (call) {
    call.close();
    call = null;
  }
  hallway.pc = null;
  hallway.endsAt = null;
  ui.remoteVideo.srcObject = null;
  meeting = null;
  hallway.meetingId = null;
  say(ui.callState, '');
  showReady();
  if (reason && !sessionOver) {
    say(ui.lastMeeting, (ENDINGS[reason] || 'The meeting ended.')
      + (partner && reason !== 'media-failed' ? ` You met ${partner}.` : '') + ' Ready for the next one?');
  }
  if (reason) ui.readyButton.focus();
}

// ---- camera, microphone, settings, background ------------------------------------------------

ui.muteButton.addEventListener('click', () => {
  const muted = !media.muted;
  media.setMuted(muted);
  ui.muteButton.setAttribute('aria-pressed', String(muted));
  say(ui.muteButton, muted ? 'Unmute' : 'Mute');
});

ui.cameraButton.addEventListener('click', () => {
  const off = !media.cameraOff;
  media.setCameraOff(off);
  ui.cameraButton.setAttribute('aria-pressed', String(off));
  say(ui.cameraButton, off ? 'Camera on' : 'Camera off');
});

ui.settingsButton.addEventListener('click', async () => {
  const open = ui.settingsPanel.hidden;
  show(ui.settingsPanel, open);
  ui.settingsButton.setAttribute('aria-expanded', String(open));
  if (open) {
    await fillDevices();
    ui.cameraSelect.focus();
  }
});

async function fillDevices() {
  const { cameras, microphones } = await media.devices();
  fill(ui.cameraSelect, cameras, media.currentDeviceId('video'), 'Camera');
  fill(ui.microphoneSelect, microphones, media.currentDeviceId('audio'), 'Microphone');
}

function fill(select, devices, current, noun) {
  select.replaceChildren(...devices.map((d, i) => {
    const option = document.createElement('option');
    option.value = d.deviceId;
    option.textContent = d.label || `${noun} ${i + 1}`;
    option.selected = d.deviceId === current;
    return option;
  }));
}

ui.cameraSelect.addEventListener('change', () => switchDevice(() => media.useCamera(ui.cameraSelect.value)));
ui.microphoneSelect.addEventListener('change', () => switchDevice(() => media.useMicrophone(ui.microphoneSelect.value)));

async function switchDevice(action) {
  try {
    await action();
    say(ui.backgroundState, '');
  } catch (e) {
    say(ui.backgroundState, 'That device could not be used: ' + e.message);
  }
}

let picture = null;

async function applyBackground() {
  const kind = document.querySelector('input[name="background"]:checked').value;
  try {
    if (kind === 'none') {
      media.removeEffect();
      hallway.background = 'none';
      say(ui.backgroundState, '');
      return;
    }
    if (kind === 'image' && !picture) {
      say(ui.backgroundState, 'Choose a picture first.');
      return;
    }
    say(ui.backgroundState, media.effect ? '' : 'Loading the background effect…');
    const { BackgroundEffect } = await import('./background.js');
    await media.applyEffect({ kind, colour: ui.backgroundColour.value, picture },
      () => new BackgroundEffect(config.vendorUrl));
    hallway.background = kind;
    say(ui.backgroundState, 'Background effect on.');
  } catch (e) {
    console.warn('networking: background effect', e);
    say(ui.backgroundState, 'The background effect is not available here: ' + e.message);
  }
}

document.querySelectorAll('input[name="background"]').forEach((radio) => radio.addEventListener('change', applyBackground));
ui.backgroundColour.addEventListener('input', () => {
  document.querySelector('input[name="background"][value="colour"]').checked = true;
  applyBackground();
});
ui.backgroundImage.addEventListener('change', async () => {
  try {
    const { pictureFrom } = await import('./background.js');
    picture = await pictureFrom(ui.backgroundImage.files[0]);
    document.querySelector('input[name="background"][value="image"]').checked = true;
    applyBackground();
  } catch (e) {
    say(ui.backgroundState, e.message);
  }
});

// ---- start -------------------------------------------------------------------------------

say(ui.socketState, 'Waiting for your camera and microphone…');
media.start()
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
