// The stage's people beyond its speakers: the raise-hand button for the audience, the queue of
// raised hands with "Bring on stage" for moderators, and the moderator's buttons on each tile
// (Mute; Take off stage for someone brought on). Messages on the event socket (docs/protocol.md,
// "The live stage"); the server checks every one.

/** Follows the room's stage-changed pushes; `onLineup(lineup)` hears each one. */
export function lineup({ client, session, me, moderator, live, say, onLineup }) {
    const hand = document.getElementById('stage-hand');
    const queue = document.getElementById('stage-hands');
    const list = document.getElementById('stage-hand-list');
    let raised = false;
    let current = { onStage: [], hands: [] };

    function ask(type, data) {
        return client.request(type, Object.assign({ session }, data)).catch((e) => say(e.message));
    }

    function show(next) {
        current = next;
        raised = next.hands.some((p) => String(p.account) === me);
        const onStage = next.onStage.some((p) => String(p.account) === me);
        if (hand) {
            hand.hidden = !live || moderator || onStage || hand.dataset.backstage === 'true';
            hand.textContent = raised ? 'Lower hand' : 'Raise hand';
            hand.setAttribute('aria-pressed', String(raised));
        }
        if (moderator && queue) {
            queue.hidden = next.hands.length === 0;
            list.replaceChildren(...next.hands.map((p) => {
                const item = document.createElement('li');
                item.textContent = `${p.name} `;
                const bring = document.createElement('button');
                bring.type = 'button';
                bring.textContent = 'Bring on stage';
                bring.setAttribute('aria-label', `Bring on stage: ${p.name}`);
                bring.addEventListener('click', () => ask('stage-invite', { account: p.account }));
                item.append(bring);
                return item;
            }));
        }
        onLineup(next);
    }

    if (hand) {
        hand.addEventListener('click', () => ask('stage-hand', { raised: !raised }));
    }
    client.subscribe(`session:${session}`, (data, message) => {
        if (message.type === 'stage-changed') {
            show(data);
        }
    });
    if (live) {
        show(current); // the hand button at once; the lineup follows
        client.request('stage-lineup', { session }).then((answer) => show(answer.data), () => {});
    }

    /** The moderator's buttons for a feed's tile. */
    function decorate(feed, name, figure) {
        if (!moderator || feed === 'me') {
            return;
        }
        let bar = figure.querySelector('.stage-tile-actions');
        if (!bar) {
            bar = document.createElement('div');
            bar.className = 'stage-tile-actions';
            figure.append(bar);
        }
        const mute = document.createElement('button');
        mute.type = 'button';
        mute.textContent = 'Mute';
        mute.setAttribute('aria-label', `Mute: ${name}`);
        mute.addEventListener('click', () => ask('stage-mute', { account: Number(feed) })
            .then(() => say(`${name} is muted.`)));
        const buttons = [mute];
        if (current.onStage.some((p) => String(p.account) === feed)) {
            const off = document.createElement('button');
            off.type = 'button';
            off.textContent = 'Take off stage';
            off.setAttribute('aria-label', `Take off stage: ${name}`);
            off.addEventListener('click', () => ask('stage-off', { account: Number(feed) }));
            buttons.push(off);
        }
        bar.replaceChildren(...buttons);
    }

    return { decorate, current: () => current };
}
