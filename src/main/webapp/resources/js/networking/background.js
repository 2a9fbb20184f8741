// Virtual background: person segmentation in the browser with MediaPipe selfie segmentation
// (bundled into the WAR under resources/vendor at build time), drawn onto a canvas whose
// captured track is sent instead of the camera. Loaded only when an effect is turned on.

let loaded = null;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('Could not load ' + src));
    document.head.appendChild(script);
  });
}

/** The segmentation library, loaded once (a classic script that defines window.SelfieSegmentation). */
function library(vendorUrl) {
  if (!loaded) {
    loaded = loadScript(vendorUrl + 'selfie_segmentation.js').then(() => {
      if (typeof window.SelfieSegmentation !== 'function') {
        throw new Error('The segmentation library did not load.');
      }
      return window.SelfieSegmentation;
    });
    loaded.catch(() => { loaded = null; });
  }
  return loaded;
}

const FPS = 20;

export class BackgroundEffect {
  constructor(vendorUrl) {
    this.vendorUrl = vendorUrl;
    this.settings = { kind: 'blur' };
    this.running = false;
    this.video = document.createElement('video');
    this.video.muted = true;
    this.video.playsInline = true;
    this.canvas = document.createElement('canvas');
    this.context = this.canvas.getContext('2d');
    this.segmentation = null;
  }

  /** Starts processing the camera track; resolves to the processed track. */
  async start(cameraTrack, settings) {
    this.settings = settings;
    const SelfieSegmentation = await library(this.vendorUrl);
    this.segmentation = new SelfieSegmentation({ locateFile: (file) => this.vendorUrl + file });
    this.segmentation.setOptions({ modelSelection: 1, selfieMode: false });
    this.segmentation.onResults((results) => this.draw(results));
    await this.segmentation.initialize();
    await this.setSource(cameraTrack);
    this.running = true;
    this.pump();
    return this.canvas.captureStream(FPS).getVideoTracks()[0];
  }

  async setSource(track) {
    this.video.srcObject = new MediaStream([track]);
    const { width = 640, height = 480 } = track.getSettings();
    this.canvas.width = width;
    this.canvas.height = height;
    await this.video.play().catch(() => {});
  }

  setEffect(settings) {
    this.settings = settings;
  }

  async pump() {
    while (this.running) {
      const started = performance.now();
      if (this.video.readyState >= 2) {
        try {
          await this.segmentation.send({ image: this.video });
        } catch (e) {
          console.warn('networking: segmentation failed', e);
        }
      }
      const rest = 1000 / FPS - (performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, Math.max(10, rest))); // leave the page some air
    }
  }

  draw({ image, segmentationMask }) {
    const { width, height } = this.canvas;
    const ctx = this.context;
    ctx.save();
    ctx.clearRect(0, 0, width, height);
    ctx.drawImage(segmentationMask, 0, 0, width, height);
    ctx.globalCompositeOperation = 'source-in'; // keep the person where the mask is
    ctx.drawImage(image, 0, 0, width, height);
    ctx.globalCompositeOperation = 'destination-over'; // the background goes behind
    const { kind, colour, picture } = this.settings;
    if (kind === 'colour') {
      ctx.fillStyle = colour || '#3b5bdb';
      ctx.fillRect(0, 0, width, height);
    } else if (kind === 'image' && picture) {
      const scale = Math.max(width / picture.width, height / picture.height);
      const w = picture.width * scale;
      const h = picture.height * scale;
      ctx.drawImage(picture, (width - w) / 2, (height - h) / 2, w, h);
    } else {
      ctx.filter = 'blur(12px)';
      ctx.drawImage(image, 0, 0, width, height);
    }
    ctx.restore();
  }

  stop() {
    this.running = false;
    this.video.srcObject = null;
    if (this.segmentation) {
      this.segmentation.close().catch(() => {});
    }
  }
}

/** Reads an uploaded picture in the browser (nothing is sent to the server). */
export async function pictureFrom(file) {
  if (!file || !/^image\/(png|jpeg|webp)$/.test(file.type) || file.size > 10 * 1024 * 1024) {
    throw new Error('Choose a PNG, JPEG or WebP picture of at most 10 MB.');
  }
  return createImageBitmap(file);
}
