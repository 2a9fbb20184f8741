// After a meeting: the optional, private rating on the "are you ready" screen (docs/protocol.md,
// `rate` / `rated`). One tap sends it; tapping again changes it. It never blocks "I'm Ready".

import { state, hallway, show, say } from './page.js';

const $ = (id) => document.getElementById(id);
const panel = $('rating');
const stars = Array.from(panel.querySelectorAll('.star'));
const wishes = Array.from(panel.querySelectorAll('[data-meet-again]'));

/** The meeting being rated and what was chosen so far: { meetingId, stars, meetAgain }. */
let current = null;

/** Offers the rating of a meeting that just ended (not one whose media never flowed). */
export function offerRating(meeting, reason) {
  if (!meeting || reason === 'media-failed' || reason === 'blocked') {
    return;
  }
  current = { meetingId: meeting.id, stars: null, meetAgain: null };
  say($('rating-partner'), meeting.partner.displayName);
  say($('rating-state'), '');
  paint();
  show(panel, true);
  hallway.rating = { meetingId: meeting.id, saved: null };
}

/** A new meeting started: the previous one's rating is done. */
export function closeRating() {
  current = null;
  show(panel, false);
}

/** The server stored a rating (ours): shown as saved. */
export function rated(d) {
  hallway.rating = { meetingId: d.meetingId, saved: { stars: d.stars, meetAgain: d.meetAgain } };
  if (!current || current.meetingId !== d.meetingId) {
    return;
  }
  current.stars = d.stars;
  current.meetAgain = d.meetAgain;
  paint();
  say($('rating-state'), d.meetAgain === 'never'
    ? 'Saved. You will not be matched with them again.' : 'Saved. Thank you: only you see this.');
}

function send(change) {
  if (!current) return;
  const next = { ...current, ...change };
  const data = { meetingId: next.meetingId };
  if (next.stars) data.stars = next.stars;
  if (next.meetAgain) data.meetAgain = next.meetAgain;
  if (state.socket.send('rate', data)) {
    say($('rating-state'), 'Saving…');
  }
}

function paint() {
  for (const star of stars) {
    const n = Number(star.dataset.stars);
    star.setAttribute('aria-pressed', String(current !== null && current.stars === n));
    star.classList.toggle('lit', current !== null && current.stars !== null && n <= current.stars);
  }
  for (const wish of wishes) {
    wish.setAttribute('aria-pressed', String(current !== null && current.meetAgain === wish.dataset.meetAgain));
  }
}

export function bindRating() {
  for (const star of stars) {
    star.addEventListener('click', () => send({ stars: Number(star.dataset.stars) }));
  }
  for (const wish of wishes) {
    wish.addEventListener('click', () => send({ meetAgain: wish.dataset.meetAgain }));
  }
}
