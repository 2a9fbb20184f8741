// The networking page before its session starts: it follows the event's lobby over the page's event
// socket and shows the session as it is now (LIVE: the floor) as soon as the start is pushed
// (`session-state`, docs/protocol.md), instead of reloading itself every minute. A start can slip
// past unheard (between the page's rendering and the subscription, or while the socket was down):
// once following, after every (re)connect, the page asks itself once whether it is still "before".
import { connect } from '../realtime/client.js';

const box = document.getElementById('pre-session');

/** Loads the page anew when the server no longer renders it as "before the session". */
async function stillBefore() {
  try {
    const page = await fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' });
    if (page.ok && !(await page.text()).includes('id="pre-session"')) {
      window.location.reload();
    }
  } catch (e) {
    // offline again: the next (re)connect asks again
  }
}

if (box) {
  const client = connect(box.dataset.event, box.dataset.contextPath);
  const sessionId = Number(box.dataset.sessionId);
  let channel = null;
  client.on('opened', (data) => {
    if (!channel) {
      channel = 'lobby:' + data.eventId;
      client.subscribe(channel, (change, message) => {
        if (message.type === 'session-state' && change.session === sessionId && change.state !== 'SCHEDULED') {
          window.location.reload();
        }
      });
    }
    // subscribing twice is the same as once (the client subscribes again after a reconnect): the answer
    // says the lobby is followed, so nothing after it is missed, and the check covers what came before
    client.send('subscribe', { channel }).then(stillBefore, () => {});
  });
}
