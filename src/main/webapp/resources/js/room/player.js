// Plays a room's video: MP4 directly, HLS natively where the browser can (Safari, iOS) and
// otherwise through hls.js, bundled into the WAR at build time and loaded only when needed.

/** Starts the video element's source (data-src, data-kind HLS|MP4, data-hls = hls.js module URL). */
export async function play(video) {
    const src = video.dataset.src;
    if (!src) {
        return;
    }
    if (video.dataset.kind !== 'HLS' || video.canPlayType('application/vnd.apple.mpegurl')) {
        video.src = src;
        return;
    }
    try {
        const { default: Hls } = await import(video.dataset.hls);
        if (!Hls.isSupported()) {
            throw new Error('no Media Source Extensions');
        }
        const hls = new Hls();
        hls.loadSource(src);
        hls.attachMedia(video);
    } catch (e) {
        video.insertAdjacentHTML('afterend', '<p class="error">This browser cannot play the stream.</p>');
    }
}
