// The live stage in a session's room: janus.js talks to Janus through Hallway's relay
// (/ws/stage/{session}, docs/protocol.md "The stage relay"), never to Janus itself. On stage (a
// speaker or moderator) the browser publishes its camera and microphone; everyone subscribes to
// each feed on the stage, one handle per feed. Janus tells a participant who is on stage.
import { tiles } from './tiles.js';

const VIDEOROOM = 'janus.plugin.videoroom';
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
    const publishing = stage.dataset.publish === 'true';
    const grid = tiles(document.getElementById('stage-grid'));
    const feeds = new Map(); // feed id -> subscriber handle

    await new Promise((resolve) => Janus.init({
        debug: false,
        dependencies: Janus.useDefaultDependencies({ adapter: window.adapter }),
        callback: resolve,
    }));

    function subscribe(janus, feed, name) {
        const key = String(feed);
        if (feeds.has(key) || key === room.dataset.me) {
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

    function connectStage() {
        let participant = null;
        const janus = new Janus({
            server: relayUrl(),
            iceServers: [],
            success() {
                janus.attach({
                    plugin: VIDEOROOM,
                    success(handle) {
                        participant = handle;
                        handle.send({ message: { request: 'join', ptype: 'publisher', room: roomId } });
                    },
                    error() {
                        say('The stage could not be joined.');
                    },
                    onmessage(message, jsep) {
                        const event = message.videoroom;
                        if (event === 'joined') {
                            arrived(janus, message.publishers);
                            if (publishing) {
                                participant.createOffer({
                                    tracks: [
                                        { type: 'audio', capture: true, recv: false },
                                        { type: 'video', capture: { width: 320, height: 240 }, recv: false },
                                    ],
                                    success(offer) {
                                        participant.send({ message: { request: 'publish' }, jsep: offer });
                                    },
                                    error() {
                                        say('Your camera or microphone could not be used.');
                                    },
                                });
                            }
                        } else if (event === 'event') {
                            arrived(janus, message.publishers);
                            if (message.unpublished && message.unpublished !== 'ok') {
                                unsubscribe(message.unpublished);
                            }
                            if (message.leaving) {
                                unsubscribe(message.leaving);
                            }
                            if (message.error) {
                                say(message.error);
                            }
                        } else if (event === 'destroyed') {
                            say('The stage is over.');
                        }
                        if (jsep) {
                            participant.handleRemoteJsep({ jsep });
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
                // the relay closed: the stage ended, we were taken off it, or Janus is away
                say('The stage\'s connection was lost; trying again…');
                feeds.clear();
                grid.clear();
                setTimeout(connectStage, 5000);
            },
        });
    }

    connectStage();
}

if (stage && room) {
    main().catch(() => say('The stage could not be loaded.'));
}
