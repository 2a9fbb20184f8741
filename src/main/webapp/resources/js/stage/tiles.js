// The stage's grid of up to nine camera tiles, each with the person's name: one tile per feed,
// the grid's columns following the count (data-count, see attendee.css).

/**
 * The grid's tiles by feed id (a string; "me" for the local preview); `decorate(feed, name,
 * figure)` adds a tile's own controls when it is made and on `redecorate()`.
 */
export function tiles(grid, decorate = () => {}) {
    const byFeed = new Map();

    function recount() {
        grid.dataset.count = String(byFeed.size);
    }

    function tile(feed, name) {
        let entry = byFeed.get(feed);
        if (!entry) {
            const figure = document.createElement('figure');
            figure.className = 'stage-tile';
            figure.dataset.feed = feed;
            const video = document.createElement('video');
            video.autoplay = true;
            video.playsInline = true;
            video.muted = feed === 'me';
            const caption = document.createElement('figcaption');
            figure.append(video, caption);
            grid.append(figure);
            entry = { figure, video, caption, stream: new MediaStream() };
            video.srcObject = entry.stream;
            byFeed.set(feed, entry);
            recount();
        }
        if (name && entry.caption.textContent !== name) {
            entry.caption.textContent = name;
            entry.video.setAttribute('aria-label', `${name}'s camera`);
            decorate(feed, name, entry.figure);
        }
        return entry;
    }

    /** Adds a track to the feed's tile (making it), or removes it. */
    function track(feed, name, mediaTrack, on) {
        if (!on && !byFeed.has(feed)) {
            return; // a track ending after its tile left makes no tile again
        }
        const entry = tile(feed, name);
        if (on) {
            if (!entry.stream.getTracks().includes(mediaTrack)) {
                entry.stream.addTrack(mediaTrack);
            }
            entry.video.play().catch(() => {
                // no sound without a gesture: play muted, the page's first click unmutes
                entry.video.muted = true;
                entry.video.play().catch(() => {});
            });
        } else {
            entry.stream.removeTrack(mediaTrack);
        }
    }

    function remove(feed) {
        const entry = byFeed.get(feed);
        if (entry) {
            entry.figure.remove();
            byFeed.delete(feed);
            recount();
        }
    }

    function clear() {
        [...byFeed.keys()].forEach(remove);
    }

    document.addEventListener('click', () => {
        for (const [feed, entry] of byFeed) {
            if (feed !== 'me') {
                entry.video.muted = false;
            }
        }
    }, { once: true });

    function redecorate() {
        for (const [feed, entry] of byFeed) {
            decorate(feed, entry.caption.textContent, entry.figure);
        }
    }

    return { track, remove, clear, redecorate, has: (feed) => byFeed.has(feed) };
}
