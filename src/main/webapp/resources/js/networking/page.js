// The networking tab's page: its elements, its settings (from the app element's data attributes),
// the state every module shares, and how text is shown. Everything the server sends is data:
// shown with textContent, never as HTML.

const $ = (id) => document.getElementById(id);

export const app = $('networking-app');

export const ui = {
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

export const config = {
  iceServers: parseIceServers(app.dataset.iceServers),
  vendorUrl: app.dataset.vendorUrl,
  contextPath: app.dataset.contextPath || '',
  wsUrl: app.dataset.wsUrl,
};

/** What the session is like now, as the server told it; the running meeting and its call. */
export const state = {
  rules: {},
  live: false,
  sessionOver: false,
  meeting: null, // { id, partner, role, endsAtLocal, leaveAllowedAtLocal, matchedAt, flowing, youExtend, partnerExtends }
  call: null,
  socket: null, // the NetworkingSocket
  media: null, // the LocalMedia
};

/** What the tests and a curious developer can read (window.hallway). */
export const hallway = {
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
    return state.call ? state.call.stats() : { connectionState: 'none', framesDecoded: 0 };
  },
};

function parseIceServers(text) {
  try {
    const servers = JSON.parse(text || '[]');
    return Array.isArray(servers) ? servers : [];
  } catch (e) {
    return [];
  }
}

export function show(element, visible) {
  element.hidden = !visible;
}

export function say(element, text) {
  element.textContent = text || '';
}

/** m:ss of a number of seconds (never negative). */
export function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}
