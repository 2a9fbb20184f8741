// The meeting view: a match starts it, the server's clock ends it; the countdown, the call with the
// partner, extending, connecting, leaving, and what the attendee is told when it ends.

import { Call } from './call.js';
import { ui, config, state, hallway, show, say, clock } from './page.js';
import { showReady } from './lobby.js';

let ticker = null;

/** Whether a message is about the running meeting. */
export function isCurrent(d) {
  return state.meeting && d.meetingId === state.meeting.id;
}

export function startMeeting(d) {
  const before = state.meeting;
  const resumed = before && before.id === d.meetingId;
  const meeting = {
    id: d.meetingId,
    partner: d.partner || {},
    role: d.role === 'offerer' ? 'offerer' : 'answerer',
    matchedAt: resumed ? before.matchedAt : performance.now(),
    flowing: resumed ? before.flowing : false,
    leaveAllowedAtLocal: state.socket.toLocal(d.leaveAllowedAt),
  };
  state.meeting = meeting;
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
  ui.localVideo.srcObject = state.media.outgoing;
  clearInterval(ticker);
  ticker = setInterval(tick, 250);
  tick();
  newCall();
  ui.connectButton.focus({ preventScroll: true });
}

/** The meeting's end as the server moved it. */
export function setEnd(endsAt) {
  const local = state.socket.toLocal(endsAt);
  if (state.meeting && !Number.isNaN(local)) {
    state.meeting.endsAtLocal = local;
    hallway.endsAt = Date.parse(endsAt);
    tick();
  }
}

function tick() {
  const meeting = state.meeting;
  if (!meeting) return;
  const left = (meeting.endsAtLocal - Date.now()) / 1000;
  say(ui.countdown, clock(left));
  ui.countdown.parentElement.classList.toggle('ending', left <= 30);
  const canLeave = Date.now() >= meeting.leaveAllowedAtLocal;
  ui.leaveButton.disabled = !canLeave;
  ui.hangupButton.disabled = !canLeave;
}

/** A fresh call with the partner (after a match, or when the partner came back). */
export function newCall() {
  if (state.call) {
    state.call.close();
  }
  ui.remoteVideo.srcObject = null;
  const current = state.meeting;
  const call = new Call({
    iceServers: config.iceServers,
    role: current.role,
    outgoing: state.media.outgoing,
    signal: (payload) => state.socket.send('signal', payload),
    onRemoteStream: (stream) => {
      if (ui.remoteVideo.srcObject !== stream) {
        ui.remoteVideo.srcObject = stream;
        ui.remoteVideo.play().catch(() => {});
      }
    },
    onState: (s) => callState(s),
  });
  state.call = call;
  hallway.pc = call.pc;
  watchFirstFrame(call, current);
  call.start();
}

/** A relayed signal from the partner of the running meeting. */
export function receiveSignal(d, message) {
  if (state.call && state.meeting && message.from === state.meeting.partner.id) {
    state.call.receive(d);
  }
}

function callState(s) {
  const text = {
    connecting: 'Connecting the call…',
    reconnecting: 'The call dropped. Reconnecting…',
    failed: 'The call could not connect.',
  }[s];
  say(ui.callState, text || '');
}

/** Tells the server once the first remote frame is decoded (requestVideoFrameCallback, getStats as a fallback). */
function watchFirstFrame(thisCall, thisMeeting) {
  let done = false;
  const firstFrame = () => {
    if (done || state.call !== thisCall) return;
    done = true;
    if (!thisMeeting.flowing) {
      thisMeeting.flowing = true;
      hallway.matchToFirstFrameMs = Math.round(performance.now() - thisMeeting.matchedAt);
      // with the selected candidate pair's type (through TURN or not) for the organisers' analytics
      thisCall.route().catch(() => null)
        .then((route) => state.socket.send('media-flowing', route ? { route } : undefined));
    }
  };
  if ('requestVideoFrameCallback' in HTMLVideoElement.prototype) {
    ui.remoteVideo.requestVideoFrameCallback(() => firstFrame());
  }
  const poll = setInterval(async () => {
    if (done || state.call !== thisCall) {
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

/** The Connect button as the connection with the partner stands. */
export function connectionState(s) {
  const button = ui.connectButton;
  button.dataset.state = s || 'none';
  if (s === 'requested') {
    say(button, 'Requested');
    button.disabled = true;
  } else if (s === 'incoming') {
    say(button, 'Accept');
    button.disabled = false;
    button.setAttribute('aria-label', `Accept ${state.meeting.partner.displayName || 'your partner'}'s connection request`);
    return;
  } else if (s === 'connected') {
    say(button, 'Connected');
    button.disabled = true;
  } else {
    say(button, 'Connect');
    button.disabled = false;
  }
  button.removeAttribute('aria-label');
}

// ---- extending -----------------------------------------------------------------------------

export function extensionOffered(d) {
  if (!isCurrent(d)) return;
  ui.extendButton.disabled = false;
  say(ui.extendButton, 'Extend');
  show(ui.extendButton, true);
  say(ui.extendState, `Extend by ${clock((state.rules.meetingSeconds || 0) / 2)}?`);
}

export function extensionAccepted(d) {
  if (!isCurrent(d)) return;
  const meeting = state.meeting;
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
}

export function extended(d) {
  if (!isCurrent(d)) return;
  setEnd(d.endsAt);
  show(ui.extendButton, false);
  state.meeting.youExtend = state.meeting.partnerExtends = false;
  say(ui.extendState, `Extended by ${clock((state.rules.meetingSeconds || 0) / 2)}.`);
}

export function extensionWithdrawn(d) {
  if (!isCurrent(d)) return;
  show(ui.extendButton, false);
  state.meeting.youExtend = state.meeting.partnerExtends = false;
  say(ui.extendState, d.reason === 'declined' ? 'The extension was declined.' : '');
}

// ---- the partner's connection --------------------------------------------------------------

export function partnerLost(d) {
  if (!isCurrent(d)) return;
  say(ui.callState, `Your partner's connection dropped. Waiting up to ${Number(d.graceSeconds) || 0} s for them…`);
}

export function partnerBack(d) {
  if (!isCurrent(d)) return;
  say(ui.callState, 'Your partner is back. Reconnecting the call…');
  newCall(); // their page may have reloaded: both sides start a fresh connection
}

// ---- ending --------------------------------------------------------------------------------

const ENDINGS = {
  time: 'Time is up.',
  left: 'You left the meeting.',
  'partner-left': 'Your partner left the meeting.',
  'partner-lost': 'Your partner lost their connection.',
  'media-failed': 'The video call could not be set up, so this meeting does not count. Try again.',
  blocked: 'The meeting ended.',
  gone: 'Your meeting ended while you were away.',
};

export function endMeeting(reason) {
  const partner = state.meeting && state.meeting.partner.displayName;
  clearInterval(ticker);
  if (state.call) {
    state.call.close();
    state.call = null;
  }
  hallway.pc = null;
  hallway.endsAt = null;
  ui.remoteVideo.srcObject = null;
  state.meeting = null;
  hallway.meetingId = null;
  say(ui.callState, '');
  showReady();
  if (reason && !state.sessionOver) {
    say(ui.lastMeeting, (ENDINGS[reason] || 'The meeting ended.')
      + (partner && reason !== 'media-failed' ? ` You met ${partner}.` : '') + ' Ready for the next one?');
  }
  if (reason) ui.readyButton.focus();
}

export function bindMeeting() {
  ui.connectButton.addEventListener('click', () => {
    if (state.meeting) state.socket.send('connect', { meetingId: state.meeting.id });
  });
  ui.extendButton.addEventListener('click', () => {
    if (state.meeting && state.socket.send('extend')) {
      ui.extendButton.disabled = true;
    }
  });
  const leave = () => {
    if (state.meeting) state.socket.send('leave');
  };
  ui.leaveButton.addEventListener('click', leave);
  ui.hangupButton.addEventListener('click', leave);
}
