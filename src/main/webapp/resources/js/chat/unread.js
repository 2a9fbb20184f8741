// Unread private messages, live: the top bar's badge and the inbox's per-conversation badges follow
// the account channel's `unread` counts, and a message arriving for a conversation that is not open
// on this page shows a small notification linking to it.
import { clientFor } from './client.js';

const badge = document.getElementById('chat-unread');
const client = badge ? clientFor(badge) : null;
if (badge && client) {
  const me = Number(badge.dataset.me);
  const eventId = Number(badge.dataset.eventId);
  const inbox = badge.closest('a') ? badge.closest('a').getAttribute('href') : null;

  const show = (data) => {
    if (Number(data.eventId) !== eventId) {
      return; // the account channel carries every event's counts
    }
    setCount(badge, data.total);
    const counts = data.conversations || {};
    document.querySelectorAll('.unread-badge[data-conversation]').forEach((b) => {
      setCount(b, counts[b.dataset.conversation] || 0);
    });
    if (data.latest && !document.querySelector('.chat-panel[data-channel="' + data.latest.channel + '"]')) {
      notify(data.latest, inbox);
    }
  };

  client.subscribe('account:' + me, () => {});
  client.on('unread', show);
  client.onState((state) => {
    if (state === 'open') {
      client.send('chat-unread', {}).then(({ data }) => show(data), () => {});
    }
  });
}

function setCount(element, count) {
  element.textContent = String(count);
  element.classList.toggle('empty', !count);
}

function notify(message, inbox) {
  let stack = document.getElementById('chat-toasts');
  if (!stack) {
    stack = document.createElement('div');
    stack.id = 'chat-toasts';
    stack.className = 'chat-toasts';
    stack.setAttribute('role', 'status');
    stack.setAttribute('aria-live', 'polite');
    document.body.append(stack);
  }
  const toast = document.createElement('a');
  toast.className = 'chat-toast card';
  if (inbox) {
    toast.href = inbox + (inbox.includes('?') ? '&' : '?') + 'c=' + message.channel.split(':')[1];
  }
  const who = document.createElement('strong');
  who.textContent = message.sender ? message.sender.displayName : 'New message';
  const text = document.createElement('span');
  text.textContent = message.text.length > 90 ? message.text.slice(0, 89) + '…' : message.text;
  toast.append(who, ': ', text);
  stack.append(toast);
  setTimeout(() => toast.remove(), 8000);
}
