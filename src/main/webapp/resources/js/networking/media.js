// The attendee's camera and microphone: what is sent (the outgoing stream), device switching,
// mute and camera off, and the optional background effect in front of the camera.

const VIDEO = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 24 } };

export class LocalMedia {
  /** @param {(kind: string, track: MediaStreamTrack) => void} onTrackChange an outgoing track was replaced */
  constructor(onTrackChange) {
    this.onTrackChange = onTrackChange;
    this.outgoing = new MediaStream();
    this.camera = null;
    this.microphone = null;
    this.muted = false;
    this.cameraOff = false;
    this.effect = null; // a BackgroundEffect while one is applied
  }

  /** Asks for camera and microphone; falls back to whichever of the two works. */
  async start() {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: VIDEO, audio: true });
    } catch (both) {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: VIDEO });
      } catch (videoOnly) {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true }); // throws the last reason
      }
    }
    this.camera = stream.getVideoTracks()[0] || null;
    this.microphone = stream.getAudioTracks()[0] || null;
    for (const track of stream.getTracks()) {
      this.outgoing.addTrack(track);
    }
    return this.outgoing;
  }

  /** The cameras and microphones, with labels once permission was given. */
  async devices() {
    const all = await navigator.mediaDevices.enumerateDevices();
    return {
      cameras: all.filter((d) => d.kind === 'videoinput'),
      microphones: all.filter((d) => d.kind === 'audioinput'),
    };
  }

  currentDeviceId(kind) {
    const track = kind === 'video' ? this.camera : this.microphone;
    return track ? track.getSettings().deviceId : null;
  }

  async useCamera(deviceId) {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { ...VIDEO, deviceId: { exact: deviceId } } });
    const track = stream.getVideoTracks()[0];
    const old = this.camera;
    this.camera = track;
    track.enabled = !this.cameraOff;
    if (this.effect) {
      this.effect.setSource(track); // the effect's output track stays the outgoing one
    } else {
      this.swap('video', old, track);
    }
    if (old) {
      old.stop();
    }
  }

  async useMicrophone(deviceId) {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: { deviceId: { exact: deviceId } } });
    const track = stream.getAudioTracks()[0];
    const old = this.microphone;
    this.microphone = track;
    track.enabled = !this.muted;
    this.swap('audio', old, track);
    if (old) {
      old.stop();
    }
  }

  setMuted(muted) {
    this.muted = muted;
    if (this.microphone) {
      this.microphone.enabled = !muted;
    }
  }

  setCameraOff(off) {
    this.cameraOff = off;
    if (this.camera) {
      this.camera.enabled = !off;
    }
    const video = this.outgoing.getVideoTracks()[0];
    if (video) {
      video.enabled = !off;
    }
  }

  /**
   * Puts a background effect in front of the camera (or changes it): the effect's canvas track
   * replaces the camera track on the outgoing stream. The segmentation is loaded on first use.
   */
  async applyEffect(settings, createEffect) {
    if (!this.camera) {
      throw new Error('No camera.');
    }
    if (this.effect) {
      this.effect.setEffect(settings);
      return;
    }
    const effect = await createEffect();
    const track = await effect.start(this.camera, settings);
    track.enabled = !this.cameraOff;
    this.effect = effect;
    this.swap('video', this.outgoing.getVideoTracks()[0], track);
  }

  removeEffect() {
    if (!this.effect) {
      return;
    }
    const processed = this.outgoing.getVideoTracks()[0];
    this.effect.stop();
    this.effect = null;
    this.swap('video', processed, this.camera);
  }

  swap(kind, old, track) {
    if (old) {
      this.outgoing.removeTrack(old);
    }
    this.outgoing.addTrack(track);
    this.onTrackChange(kind, track);
  }
}
