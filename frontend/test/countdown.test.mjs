// The session room's countdown wording (src/main/webapp/resources/js/room/countdown.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from '../../src/main/webapp/resources/js/room/countdown.js';

test('counts down in the two largest units', () => {
    assert.equal(label(((2 * 24 + 3) * 3600 + 5) * 1000), 'Starts in 2 d 3 h.');
    assert.equal(label((3 * 3600 + 4 * 60 + 59) * 1000), 'Starts in 3 h 4 min.');
    assert.equal(label((4 * 60 + 12) * 1000), 'Starts in 4 min 12 s.');
    assert.equal(label(9500), 'Starts in 9 s.');
});

test('at or after the start it says the session is about to open', () => {
    assert.match(label(0), /^Starting now/);
    assert.match(label(-5000), /^Starting now/);
});
