// The attendee's own camera and microphone: mute, camera off, choosing devices, and the
// background effect of the outgoing video (background.js, loaded only when chosen).

import { ui, config, state, hallway, show, say } from './page.js';

let picture = null;

async function fillDevices() {
  const { cameras, microphones } = await state.media.devices();
  fill(ui.cameraSelect, cameras, state.media.currentDeviceId('video'), 'Camera');
  fill(ui.microphoneSelect, microphones, state.media.currentDeviceId('audio'), 'Microphone');
}

function fill(select, devices, current, noun) {
  select.replaceChildren(...devices.map((d, i) => {
    const option = document.createElement('option');
    option.value = d.deviceId;
    option.textContent = d.label || `${noun} ${i + 1}`;
    option.selected = d.deviceId === current;
    return option;
  }));
}

async function switchDevice(action) {
  try {
    await action();
    say(ui.backgroundState, '');
  } catch (e) {
    say(ui.backgroundState, 'That device could not be used: ' + e.message);
  }
}

async function applyBackground() {
  const media = state.media;
  const kind = document.querySelector('input[name="background"]:checked').value;
  try {
    if (kind === 'none') {
      media.removeEffect();
      hallway.background = 'none';
      say(ui.backgroundState, '');
      return;
    }
    if (kind === 'image' && !picture) {
      say(ui.backgroundState, 'Choose a picture first.');
      return;
    }
    say(ui.backgroundState, media.effect ? '' : 'Loading the background effect…');
    const { BackgroundEffect } = await import('./background.js');
    await media.applyEffect({ kind, colour: ui.backgroundColour.value, picture },
      () => new BackgroundEffect(config.vendorUrl));
    hallway.background = kind;
    say(ui.backgroundState, 'Background effect on.');
  } catch (e) {
    console.warn('networking: background effect', e);
    say(ui.backgroundState, 'The background effect is not available here: ' + e.message);
  }
}

export function bindControls() {
  const media = state.media;
  ui.muteButton.addEventListener('click', () => {
    const muted = !media.muted;
    media.setMuted(muted);
    ui.muteButton.setAttribute('aria-pressed', String(muted));
    say(ui.muteButton, muted ? 'Unmute' : 'Mute');
  });
  ui.cameraButton.addEventListener('click', () => {
    const off = !media.cameraOff;
    media.setCameraOff(off);
    ui.cameraButton.setAttribute('aria-pressed', String(off));
    say(ui.cameraButton, off ? 'Camera on' : 'Camera off');
  });
  ui.settingsButton.addEventListener('click', async () => {
    const open = ui.settingsPanel.hidden;
    show(ui.settingsPanel, open);
    ui.settingsButton.setAttribute('aria-expanded', String(open));
    if (open) {
      await fillDevices();
      ui.cameraSelect.focus();
    }
  });
  ui.cameraSelect.addEventListener('change', () => switchDevice(() => media.useCamera(ui.cameraSelect.value)));
  ui.microphoneSelect.addEventListener('change', () => switchDevice(() => media.useMicrophone(ui.microphoneSelect.value)));

  document.querySelectorAll('input[name="background"]').forEach((radio) => radio.addEventListener('change', applyBackground));
  ui.backgroundColour.addEventListener('input', () => {
    document.querySelector('input[name="background"][value="colour"]').checked = true;
    applyBackground();
  });
  ui.backgroundImage.addEventListener('change', async () => {
    try {
      const { pictureFrom } = await import('./background.js');
      picture = await pictureFrom(ui.backgroundImage.files[0]);
      document.querySelector('input[name="background"][value="image"]').checked = true;
      applyBackground();
    } catch (e) {
      say(ui.backgroundState, e.message);
    }
  });
}
