// The live stage in a session's room: janus.js talks to Janus through Hallway's relay
// (/ws/stage/{session}, docs/protocol.md "The live stage"), never to Janus itself. Everyone joins
// the room as a participant (Janus then tells it who is on stage) and subscribes to each feed, one
// handle per feed; on stage (a speaker or moderator, or an attendee a moderator brought on after a
// device check) the browser publishes its camera and microphone.
import { tiles } from './tiles.js';
import { lineup } from './lineup.js';
import { connect } from '../realtime/client.js';

const VIDEOROOM = 'janus.plugin.videoroom';
const CAMERA = { width: 320, height: 240 };
const stage = document.getElementById('stage');
const room = document.getElementById('room-page');

function say(text) {
    document.getElementById('stage-status').textContent = text;
}

function relayUrl() {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    return `${scheme}://${window.location.host}${room.dataset.contextPath}${stage.dataset.relay}`;
}

async function main() {
    const { default: Janus } = await import(stage.dataset.janus);
    const roomId = Number(stage.dataset.room);
    const me = room.dataset.me;
    const backstage = stage.dataset.publish === 'true';
    const live = stage.dataset.live === 'true';
    const client = connect(room.dataset.event, room.dataset.contextPath);
    let invited = false; // brought on stage by a moderator
    let current = null; // { janus, participant, publishing }
    const feeds = new Map(); // feed id -> subscriber handle
    let grid = null;
    let broughtOn = new Set(); // attendees on stage, as the last lineup said

    const people = lineup({
        client, session: roomId, me, moderator: stage.dataset.moderator === 'true', live, say,
        onLineup(next) {
            if (grid) {
                grid.redecorate();
            }
            // someone taken off stage: Janus drops their feed; drop their tile at once too
            const still = new Set(next.onStage.map((p) => String(p.account)));
            for (const gone of broughtOn) {
                if (!still.has(gone)) {
                    unsubscribe(gone);
                }
            }
            broughtOn = still;
            const nowInvited = next.onStage.some((p) => String(p.account) === me);
            if (nowInvited && !invited) {
                invited = true;
                checkDevices();
            } else if (!nowInvited && invited) {
                invited = false;
                document.getElementById('stage-invited').hidden = true;
                if (current && current.publishing) {
                    say('A moderator took you off stage.');
                    restart();
                }
            }
        },
    });
    grid = tiles(document.getElementById('stage-grid'), people.decorate);
    document.getElementById('stage-hand').dataset.backstage = String(backstage);

    await new Promise((resolve) => Janus.init({
        debug: false,
        dependencies: Janus.useDefaultDependencies({ adapter: window.adapter }),
        callback: resolve,
    }));

    function subscribe(janus, feed, name) {
        const key = String(feed);
        if (feeds.has(key) || key === me) {
            return;
        }
        feeds.set(key, null);
        janus.attach({
            plugin: VIDEOROOM,
            success(handle) {
                feeds.set(key, handle);
                handle.send({ message: { request: 'join', ptype: 'subscriber', room: roomId, streams: [{ feed }] } });
            },
            error() {
                feeds.delete(key);
            },
            onmessage(message, jsep) {
                const handle = feeds.get(key);
                if (jsep && handle) {
                    handle.createAnswer({
                        jsep,
                        tracks: [{ type: 'data' }],
                        success(answer) {
                            handle.send({ message: { request: 'start', room: roomId }, jsep: answer });
                        },
                        error() {
                            say('Your browser could not receive the stage.');
                        },
                    });
                }
            },
            onremotetrack(track, mid, on) {
                grid.track(key, name, track, on);
            },
            oncleanup() {
                grid.remove(key);
            },
        });
    }

    function unsubscribe(feed) {
        const key = String(feed);
        const handle = feeds.get(key);
        feeds.delete(key);
        grid.remove(key);
        if (handle) {
            handle.detach();
        }
    }

    function arrived(janus, publishers) {
        for (const publisher of publishers || []) {
            subscribe(janus, publisher.id, publisher.display);
        }
    }

    /** Sends camera and microphone (audio first: Hallway mutes a microphone by the first mid). */
    function publish() {
        const { participant } = current;
        participant.createOffer({
            tracks: [
                { type: 'audio', capture: true, recv: false },
                { type: 'video', capture: CAMERA, recv: false },
            ],
            success(offer) {
                participant.send({ message: { request: 'publish' }, jsep: offer });
                current.publishing = true;
            },
            error() {
                say('Your camera or microphone could not be used.');
            },
        });
    }

    /** The device check before going on stage: a preview and a level meter, then "Go on stage". */
    async function checkDevices() {
        const panel = document.getElementById('stage-invited');
        const preview = document.getElementById('stage-preview');
        const meter = document.getElementById('stage-level');
        panel.hidden = false;
        let media;
        try {
            media = await navigator.mediaDevices.getUserMedia({ audio: true, video: CAMERA });
        } catch {
            say('Your camera or microphone could not be used.');
            return;
        }
        preview.srcObject = media;
        const audio = new AudioContext();
        const analyser = audio.createAnalyser();
        audio.createMediaStreamSource(media).connect(analyser);
        const samples = new Uint8Array(analyser.fftSize);
        const level = setInterval(() => {
            analyser.getByteTimeDomainData(samples);
            meter.value = Math.max(...samples.map((v) => Math.abs(v - 128))) / 128;
        }, 200);
        document.getElementById('stage-go').onclick = () => {
            clearInterval(level);
            audio.close();
            media.getTracks().forEach((t) => t.stop());
            panel.hidden = true;
            if (current && current.participant) {
                publish();
            }
        };
    }

    function connectStage() {
        const janus = new Janus({
            server: relayUrl(),
            iceServers: [],
            success() {
                janus.attach({
                    plugin: VIDEOROOM,
                    success(handle) {
                        current.participant = handle;
                        handle.send({ message: { request: 'join', ptype: 'publisher', room: roomId } });
                    },
                    error() {
                        say('The stage could not be joined.');
                    },
                    onmessage(message, jsep) {
                        const event = message.videoroom;
                        if (event === 'joined') {
                            arrived(janus, message.publishers);
                            if (backstage) {
                                publish();
                            }
                        } else if (event === 'event') {
                            arrived(janus, message.publishers);
                            if (message.unpublished && message.unpublished !== 'ok') {
                                unsubscribe(message.unpublished);
                            }
                            if (message.leaving && message.leaving !== 'ok') {
                                unsubscribe(message.leaving);
                            }
                            if (message.kicked) {
                                unsubscribe(message.kicked);
                            }
                            if (message.error) {
                                say(message.error);
                            }
                        } else if (event === 'destroyed') {
                            say('The stage is over.');
                        }
                        if (jsep) {
                            current.participant.handleRemoteJsep({ jsep });
                        }
                    },
                    onlocaltrack(track, on) {
                        grid.track('me', 'You', track, on);
                    },
                    oncleanup() {
                        grid.remove('me');
                    },
                });
            },
            error() {
                if (current.janus !== janus) {
                    return; // an instance this page left on purpose
                }
                // the relay closed: the stage ended, we were removed, or Janus is away
                say('The stage\'s connection was lost; trying again…');
                reset();
                setTimeout(connectStage, 5000);
            },
        });
        current = { janus, participant: null, publishing: false };
    }

    function reset() {
        feeds.clear();
        grid.clear();
    }

    /** Leaves Janus and joins again as a participant who does not publish. */
    function restart() {
        const old = current;
        reset();
        connectStage();
        old.janus.destroy({ cleanupHandles: true, notifyDestroyed: false });
    }

    connectStage();
}

if (stage && room) {
    main().catch(() => say('The stage could not be loaded.'));
}
