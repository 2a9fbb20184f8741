// One RTCPeerConnection per meeting. The server picks the roles: the offerer makes the offers
// (the first one and every ICE restart), the answerer is the polite side of "perfect
// negotiation", so an offer collision can never wedge the call. Candidates trickle over the
// networking socket as `signal` messages, gathered for a moment into one `{candidates: [...]}`
// each: a handful of relayed messages per call instead of dozens (every frame costs the server).

import { selectedRoute } from './route.js';

const RESTART_AFTER_DISCONNECTED_MS = 2000;
const CANDIDATE_BATCH_MS = 40;

export class Call {
  /**
   * @param {object} options
   * @param {RTCIceServer[]} options.iceServers
   * @param {'offerer'|'answerer'} options.role
   * @param {MediaStream} options.outgoing the audio and video this side sends
   * @param {(payload: object) => void} options.signal sends a payload to the partner
   * @param {(stream: MediaStream) => void} options.onRemoteStream
   * @param {(state: string) => void} options.onState 'connecting' | 'connected' | 'reconnecting' | 'failed'
   */
  constructor({ iceServers, role, outgoing, signal, onRemoteStream, onState }) {
    this.role = role;
    this.polite = role !== 'offerer';
    this.outgoing = outgoing;
    this.signal = signal;
    this.onState = onState;
    this.makingOffer = false;
    this.ignoreOffer = false;
    this.tracksAdded = false;
    this.senders = new Map();
    this.inbox = Promise.resolve();
    this.restartTimer = null;
    this.closed = false;
    this.candidates = [];
    this.candidateTimer = null;
    this.remoteStream = new MediaStream();
    this.pc = new RTCPeerConnection({ iceServers });

    this.pc.onnegotiationneeded = () => this.offer();
    this.pc.onicecandidate = ({ candidate }) => {
      if (candidate) {
        this.candidates.push(candidate.toJSON());
        this.candidateTimer ??= setTimeout(() => this.sendCandidates(), CANDIDATE_BATCH_MS);
      } else {
        this.sendCandidates(); // gathering complete: nothing more will come
      }
    };
    this.pc.ontrack = ({ track }) => {
      this.remoteStream.addTrack(track);
      onRemoteStream(this.remoteStream);
    };
    this.pc.onconnectionstatechange = () => this.connectionChanged();
    this.pc.oniceconnectionstatechange = () => this.iceChanged();
  }

  start() {
    this.onState('connecting');
    if (this.role === 'offerer') {
      this.addLocalTracks(); // fires negotiationneeded: the first offer
    }
  }

  addLocalTracks() {
    if (this.tracksAdded) {
      return;
    }
    this.tracksAdded = true;
    for (const kind of ['audio', 'video']) {
      const track = this.outgoing.getTracks().find((t) => t.kind === kind);
      if (track) {
        this.senders.set(kind, this.pc.addTrack(track, this.outgoing));
      } else if (this.role === 'offerer') {
        this.pc.addTransceiver(kind, { direction: 'recvonly' }); // no camera/mic: still receive
      }
    }
  }

  async offer() {
    if (this.closed || (this.role !== 'offerer' && !this.tracksAdded)) {
      return;
    }
    try {
      this.makingOffer = true;
      await this.pc.setLocalDescription();
      this.signal({ sdp: this.pc.localDescription.toJSON() });
    } catch (e) {
      console.warn('networking: offer failed', e);
    } finally {
      this.makingOffer = false;
    }
  }

  sendCandidates() {
    clearTimeout(this.candidateTimer);
    this.candidateTimer = null;
    if (this.candidates.length > 0 && !this.closed) {
      this.signal({ candidates: this.candidates });
    }
    this.candidates = [];
  }

  /** A relayed payload from the partner; handled strictly in arrival order. */
  receive(payload) {
    this.inbox = this.inbox.then(() => this.handle(payload)).catch((e) => console.warn('networking: signal', e));
    return this.inbox;
  }

  async handle({ sdp, candidate, candidates }) {
    if (this.closed) {
      return;
    }
    if (sdp && (sdp.type === 'offer' || sdp.type === 'answer') && typeof sdp.sdp === 'string') {
      const collision = sdp.type === 'offer' && (this.makingOffer || this.pc.signalingState !== 'stable');
      this.ignoreOffer = !this.polite && collision;
      if (this.ignoreOffer) {
        return;
      }
      await this.pc.setRemoteDescription(sdp); // the polite side rolls back implicitly
      if (sdp.type === 'offer') {
        this.addLocalTracks();
        await this.pc.setLocalDescription();
        this.signal({ sdp: this.pc.localDescription.toJSON() });
      }
    } else if (Array.isArray(candidates)) {
      for (const each of candidates) {
        await this.addCandidate(each);
      }
    } else {
      await this.addCandidate(candidate); // one at a time, as older pages send them
    }
  }

  async addCandidate(candidate) {
    if (!candidate || typeof candidate !== 'object') {
      return;
    }
    try {
      await this.pc.addIceCandidate(candidate);
    } catch (e) {
      if (!this.ignoreOffer) {
        console.warn('networking: candidate refused', e);
      }
    }
  }

  connectionChanged() {
    const state = this.pc.connectionState;
    if (state === 'connected') {
      clearTimeout(this.restartTimer);
      this.onState('connected');
    } else if (state === 'failed') {
      this.onState('reconnecting');
      this.restartIce();
    }
  }

  /** ICE dropped: the offerer restarts ICE (at once when failed, after a short wait when disconnected). */
  iceChanged() {
    const state = this.pc.iceConnectionState;
    if (state === 'disconnected') {
      this.onState('reconnecting');
      clearTimeout(this.restartTimer);
      this.restartTimer = setTimeout(() => {
        if (this.pc.iceConnectionState === 'disconnected') {
          this.restartIce();
        }
      }, RESTART_AFTER_DISCONNECTED_MS);
    } else if (state === 'failed') {
      this.onState('reconnecting');
      this.restartIce();
    } else if (state === 'connected' || state === 'completed') {
      clearTimeout(this.restartTimer);
      if (this.pc.connectionState === 'connected') {
        this.onState('connected');
      }
    }
  }

  restartIce() {
    if (!this.closed && this.role === 'offerer') {
      this.pc.restartIce(); // fires negotiationneeded: an offer with fresh ICE credentials
    }
  }

  /** Swaps an outgoing track (camera, microphone, background effect) without renegotiating. */
  async replaceTrack(kind, track) {
    const sender = this.senders.get(kind);
    if (sender && !this.closed) {
      await sender.replaceTrack(track);
    }
  }

  /** connectionState and the decoded inbound video frames, from getStats. */
  async stats() {
    let framesDecoded = 0;
    let bytesReceived = 0;
    const report = await this.pc.getStats();
    report.forEach((s) => {
      if (s.type === 'inbound-rtp' && (s.kind === 'video' || s.mediaType === 'video')) {
        framesDecoded += s.framesDecoded || 0;
        bytesReceived += s.bytesReceived || 0;
      }
    });
    return { connectionState: this.pc.connectionState, iceConnectionState: this.pc.iceConnectionState,
      framesDecoded, bytesReceived };
  }

  /** The selected candidate pair's type ('host', 'srflx', 'prflx', 'relay') or null. */
  async route() {
    return selectedRoute(await this.pc.getStats());
  }

  close() {
    this.closed = true;
    clearTimeout(this.restartTimer);
    clearTimeout(this.candidateTimer);
    this.pc.onnegotiationneeded = null;
    this.pc.onicecandidate = null;
    this.pc.ontrack = null;
    this.pc.onconnectionstatechange = null;
    this.pc.oniceconnectionstatechange = null;
    this.pc.close();
  }
}
