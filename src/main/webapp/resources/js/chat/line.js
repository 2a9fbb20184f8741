// One chat message as a list item: sender, time, text (plain, safe links), "edited"/"deleted", and
// the actions the viewer may take (edit/delete own within the window, report others', moderate).
import { render } from './text.js';

/** Authors may change a message this long after sending it (the server checks too). */
export const EDIT_WINDOW_MS = 5 * 60 * 1000;

/**
 * A list item for `message` ({id, sender, text, sentAt, editedAt?, deleted}).
 * `viewer` = {me, moderator, pinnable, now()}; `act(action, message)` is called for a chosen action.
 */
export function lineElement(message, viewer, act, doc = document) {
  const li = doc.createElement('li');
  li.className = 'chat-line';
  li.dataset.id = String(message.id);
  fill(li, message, viewer, act, doc);
  return li;
}

/** Shows the message's current state in its list item (after an edit or a delete). */
export function fill(li, message, viewer, act, doc = document) {
  li.replaceChildren();
  li.classList.toggle('deleted', Boolean(message.deleted));
  li.classList.toggle('mine', message.sender && message.sender.id === viewer.me);
  const head = doc.createElement('div');
  head.className = 'chat-head';
  const who = doc.createElement('strong');
  who.textContent = message.sender ? message.sender.displayName : 'Someone';
  const when = doc.createElement('time');
  when.dateTime = message.sentAt;
  when.textContent = new Date(message.sentAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  head.append(who, ' ', when);
  if (message.editedAt && !message.deleted) {
    const edited = doc.createElement('span');
    edited.className = 'muted chat-edited';
    edited.textContent = ' (edited)';
    head.append(edited);
  }
  const body = doc.createElement('div');
  body.className = 'chat-text';
  if (message.deleted) {
    body.textContent = 'This message was deleted.';
  } else {
    render(body, message.text, doc);
  }
  li.append(head, body);
  if (!message.deleted) {
    const actions = actionsFor(message, viewer);
    if (actions.length) {
      const bar = doc.createElement('div');
      bar.className = 'chat-actions';
      for (const [action, label] of actions) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'link chat-' + action;
        button.textContent = label;
        button.addEventListener('click', () => act(action, message));
        bar.append(button);
      }
      li.append(bar);
    }
  }
}

/** The [action, label] pairs the viewer may choose for a message. */
export function actionsFor(message, viewer) {
  const mine = message.sender && message.sender.id === viewer.me;
  const fresh = viewer.now() - Date.parse(message.sentAt) <= EDIT_WINDOW_MS;
  const out = [];
  if (mine && fresh) {
    out.push(['edit', 'Edit'], ['delete', 'Delete']);
  } else if (viewer.moderator) {
    out.push(['delete', 'Delete']);
  }
  if (!mine) {
    out.push(['report', 'Report']);
    if (viewer.moderator && message.sender) {
      out.push(['mute', 'Mute']);
    }
  }
  if (viewer.moderator && viewer.pinnable) {
    out.push(['pin', 'Pin']);
  }
  return out;
}
