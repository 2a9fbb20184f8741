// "Starts in 4 min 12 s": counts down to the session's start on the server's clock (the page
// carries the server's time when it was made, so a wrong clock on this computer does not matter).

export function label(millis) {
    if (millis <= 0) {
        return 'Starting now: the page will show the session once a moderator or the schedule starts it.';
    }
    const seconds = Math.floor(millis / 1000);
    const d = Math.floor(seconds / 86400);
    const h = Math.floor((seconds % 86400) / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const parts = d > 0 ? [`${d} d`, `${h} h`] : h > 0 ? [`${h} h`, `${m} min`] : m > 0 ? [`${m} min`, `${s} s`] : [`${s} s`];
    return `Starts in ${parts.join(' ')}.`;
}

export function start(element) {
    const starts = Number(element.dataset.starts);
    const offset = Number(element.dataset.serverNow) - Date.now();
    const tick = () => {
        element.textContent = label(starts - (Date.now() + offset));
    };
    tick();
    return setInterval(tick, 1000);
}
