// Reconnecting a socket (docs/protocol.md, "Reconnecting"), shared by the event socket's client and
// the networking socket: exponential back-off with jitter, a countdown the page shows with "Retry
// now", and stopping for good when the server refused the socket for a reason a retry cannot
// change (no ticket, no such event or session, login gone).

export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 30000;
export const JITTER = 0.2;

/** Close code 1012 ("service restart"): the session's floor moved to another node, which serves it now. */
export const MOVED = 1012;
/** After a 1012 the retry comes within this, not after a back-off step: everyone moved at once, spread out. */
export const MOVED_SPREAD_MS = 500;

/** The delay before reconnecting after a 1012: 0 to MOVED_SPREAD_MS. */
export function movedDelay(random = Math.random) {
  return Math.round(MOVED_SPREAD_MS * random());
}

/** The delay before retry number `attempt` (0 = the first): 1 s doubling to 30 s, each ±20 %. */
export function backoffDelay(attempt, random = Math.random) {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(Math.max(attempt, 0), 16));
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

/** During a networking meeting: 250 ms doubling to only 2 s, so a short outage costs at most ~2 s after it ends. */
export const URGENT_FIRST_DELAY_MS = 250;
export const URGENT_MAX_DELAY_MS = 2000;
/** Urgent tries before the usual back-off takes over (~1 minute: longer than the meeting's grace). */
export const URGENT_ATTEMPTS = 30;

/**
 * The delay before retry number `attempt` while something waits for this socket (a running meeting,
 * whose partner waits only the grace period): short first retries, then the usual back-off.
 */
export function urgentDelay(attempt, random = Math.random) {
  if (attempt >= URGENT_ATTEMPTS) {
    return backoffDelay(attempt - URGENT_ATTEMPTS + 3, random); // continues at 8 s
  }
  const base = Math.min(URGENT_MAX_DELAY_MS, URGENT_FIRST_DELAY_MS * 2 ** Math.max(attempt, 0));
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

/** What the networking handshake's X-Hallway-Refusal header means to the attendee; each is permanent. */
export const REFUSALS = {
  session: 'This networking session does not exist (any more).',
  ticket: 'You need a ticket for this event to enter its networking session.',
  origin: 'The networking session cannot be opened from this address.',
};
/** The same for the event socket (/ws/events/{slug}). */
export const EVENT_REFUSALS = {
  event: 'This event does not exist (any more).',
  ticket: 'You need a ticket for this event.',
  origin: 'This event cannot be opened from this address.',
};
export const LOGIN_EXPIRED = 'Your login has expired. Reload the page to log in again.';

/**
 * Why the server refuses this socket for good, or null when a retry may work. A browser cannot
 * read a refused handshake's status, so this asks the same URL over plain HTTP: the handshake
 * filter answers it exactly as it answered the upgrade (docs/protocol.md).
 */
export async function permanentRefusal(httpUrl, fetchImpl = fetch, refusals = REFUSALS) {
  let response;
  try {
    response = await fetchImpl(httpUrl, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' });
  } catch (e) {
    return null; // server unreachable: it may come back
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return LOGIN_EXPIRED;
  }
  const check = response.headers.get('X-Hallway-Refusal');
  return check && refusals[check] ? refusals[check] : null;
}

// Wrapped: the browser's timer functions throw "Illegal invocation" when called as another object's methods.
const BROWSER_TIMERS = {
  now: () => Date.now(),
  every: (f, ms) => setInterval(f, ms),
  stop: (id) => clearInterval(id),
};

/** One pending retry at a time, with a whole-second countdown and "now". Timers are injectable for tests. */
export class RetryTimer {
  constructor(onTick, timers = BROWSER_TIMERS) {
    this.onTick = onTick;
    this.timers = timers;
    this.run = null;
    this.ticker = null;
    this.due = 0;
  }

  /** Runs `run` after backoffDelay(attempt), telling onTick(secondsLeft) on the way. */
  schedule(attempt, run, random = Math.random) {
    this.scheduleIn(backoffDelay(attempt, random), run);
  }

  /** Runs `run` after `delayMs`, telling onTick(secondsLeft) on the way. */
  scheduleIn(delayMs, run) {
    this.cancel();
    this.run = run;
    this.due = this.timers.now() + delayMs;
    this.tick();
    this.ticker = this.timers.every(() => this.tick(), 250);
  }

  tick() {
    const left = this.due - this.timers.now();
    if (left <= 0) {
      this.now();
    } else if (this.run) {
      this.onTick(Math.ceil(left / 1000));
    }
  }

  /** Retries at once (the "Retry now" button); nothing when no retry is pending. */
  now() {
    const run = this.run;
    this.cancel();
    if (run) {
      run();
    }
  }

  cancel() {
    if (this.ticker !== null) {
      this.timers.stop(this.ticker);
      this.ticker = null;
    }
    this.run = null;
  }

  get pending() {
    return this.run !== null;
  }
}
