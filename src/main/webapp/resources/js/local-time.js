// Times are written in the event's time zone; where the viewer's own zone differs, hovering a
// <time data-instant="epoch millis" data-zone="Europe/Berlin"> shows the viewer's local time.

export function annotate(root = document) {
    const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const format = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short',
        hour: '2-digit', minute: '2-digit' });
    for (const element of root.querySelectorAll('time[data-instant][data-zone]')) {
        if (element.dataset.zone !== viewerZone) {
            element.title = `Your time: ${format.format(new Date(Number(element.dataset.instant)))} (${viewerZone})`;
        }
    }
}
