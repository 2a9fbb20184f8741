// The networking page before its session starts: it follows the event's lobby over the page's event
// socket and shows the session as it is now (LIVE: the floor) as soon as the start is pushed
// (`session-state`, docs/protocol.md), instead of reloading itself every minute. A reconnect asks
// again by loading the page once, as a start may have been missed while the socket was down.
import { connect } from '../realtime/client.js';

const box = document.getElementById('pre-session');
if (box) {
  const client = connect(box.dataset.event, box.dataset.contextPath);
  const sessionId = Number(box.dataset.sessionId);
  let following = false;
  client.on('opened', (data) => {
    if (following) {
      window.location.reload(); // a reconnect: what happened meanwhile is on the page as it is now
      return;
    }
    following = true;
    client.subscribe('lobby:' + data.eventId, (change, message) => {
      if (message.type === 'session-state' && change.session === sessionId && change.state !== 'SCHEDULED') {
        window.location.reload();
      }
    });
  });
}
