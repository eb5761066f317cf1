/**
 * Start-up: the Phaser backdrop behind, the accessible DOM layer in front. The address
 * says which screen is open (#play/<case>), so a reload reopens the case that was being
 * played and the play machine resumes it from the autosave.
 */
import * as Phaser from 'phaser';
import { loaders, scenarios } from 'virtual:scenarios';
import { archive } from 'virtual:story-versions';
import { VersionStore } from './content/versionStore';
import { SessionStore } from './persistence/sessionStore';
import { BackdropScene } from './scenes/BackdropScene';
import { startPlaySession, type RunningSession } from './ui/playSession';
import { keepFinishedSlotAside } from './ui/playAgain';
import { DraftStore } from './persistence/draftStore';
import { renderScenarioList } from './ui/renderScenarioList';
import { browserStorage, tabStorage } from './ui/storage';
import { renderStoredDataPanel } from './ui/home/storedDataPanel';
import { AudioPlayer } from './audio/audioPlayer';
import { applySettings } from './ui/settings/settingsModel';
import { installSettingsPanel } from './ui/settings/settingsPanel';
import { SettingsStore } from './ui/settings/settingsStore';
import { cueFollower } from './ui/soundCues';
import { modes } from './ui/modes';
import { installRecovery } from './ui/recovery/installRecovery';
import type { LmsBridge } from './lms/lmsBridge';
import { launchParameters } from './lms/launchParameters';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { cohortInSearch, parsePlayAddress, playAddress } from './ui/playAddress';

// First, so that an error anywhere after this still offers the player their log.
installRecovery({
  root: document.getElementById('overlay')!,
  currentLog: () => session?.log() ?? null,
  kept: () => store.kept(),
  stopAll: () => {
    session?.stop();
    session = null;
    unmountMode?.();
    unmountMode = null;
  },
});

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'stage',
  backgroundColor: '#fbfaf7',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [BackdropScene],
  banner: false,
});
game.registry.set('setting', null);

const settings = new SettingsStore(browserStorage(), window.matchMedia('(prefers-reduced-motion: reduce)').matches);
const audio = new AudioPlayer();
settings.follow((s) => {
  applySettings(document.documentElement, s);
  game.registry.set('reducedMotion', s.reducedMotion);
  audio.configure(s.sound, s.volume);
});
installSettingsPanel(settings);

const store = new SessionStore(browserStorage());
const drafts = new DraftStore(browserStorage());
// Every version of each case this game keeps: older logs, codes and saved games open on their own.
const versions = new VersionStore(scenarios, loaders, archive);
// Launched by an LMS (a SCORM package): its case reports there. Null for the standalone site.
let lms: LmsBridge | null = null;

/**
 * Only a page an LMS launched (framed or opened by it, for one case) loads the SCORM code,
 * so the standalone game's first choice never waits for it.
 */
async function connectToLms(): Promise<void> {
  const launchedByLms = window.parent !== window || window.opener !== null;
  if (!launchedByLms || !launchParameters(location.search, location.hash).caseId) return;
  const { connectLms } = await import('./lms/lmsBridge');
  lms = connectLms(window, browserStorage(), scenarios, loaders, versions);
  await lms?.ready;
}
const home = document.getElementById('home')!;
const play = document.getElementById('play')!;
const modeRoot = document.getElementById('mode')!;
let session: RunningSession | null = null;
let unmountMode: (() => void) | null = null;

/** Tells the backdrop which setting to draw; the scene picks it up even if it has not started yet. */
function showSetting(scene: string | null): void {
  if (game.registry.get('setting') !== scene) game.registry.set('setting', scene);
  audio.setScene(scene);
}

function caseInAddress(): string | null {
  const address = parsePlayAddress(location.hash);
  return address && scenarios.some((s) => s.id === address.caseId) ? address.caseId : null;
}

function modeInAddress(): string | null {
  const name = /^#([a-z-]+)$/.exec(location.hash)?.[1];
  return name && Object.hasOwn(modes, name) ? name : null;
}

/** Opens a trainer's or assessor's mode; a mode that fails to load says so and offers the way back. */
async function openMode(name: string): Promise<void> {
  modeRoot.replaceChildren();
  modeRoot.setAttribute('aria-busy', 'true');
  try {
    const mode = await modes[name]!();
    if (modeInAddress() !== name) return;
    document.title = `${mode.title} · Permanence case simulations`;
    unmountMode = mode.mount(modeRoot, { scenarios, loaders, versions, leave: () => { location.hash = ''; } });
  } catch (error) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `This screen could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again; nothing you had loaded elsewhere is affected.`;
    modeRoot.replaceChildren(message);
  } finally {
    modeRoot.removeAttribute('aria-busy');
  }
}

function route(): void {
  const id = caseInAddress();
  session?.stop();
  session = null;
  unmountMode?.();
  unmountMode = null;
  modeRoot.hidden = true;
  const mode = modeInAddress();
  if (mode) {
    home.hidden = true;
    play.hidden = true;
    modeRoot.hidden = false;
    showSetting(null);
    void openMode(mode);
    return;
  }
  if (id) {
    home.hidden = true;
    play.hidden = false;
    const summary = scenarios.find((s) => s.id === id)!;
    session = startPlaySession({
      summary, load: loaders[id]!, versions, store, drafts, root: play, seed: parsePlayAddress(location.hash)?.seed ?? null,
      cohort: parsePlayAddress(location.hash)?.cohort ?? cohortInSearch(location.search),
      startPart: parsePlayAddress(location.hash)?.startPart ?? 1,
      onLeave: () => { location.hash = ''; },
      onScene: showSetting,
      onSnapshot: cueFollower((cue) => audio.play(cue)),
      lms: lms?.caseId === id ? lms.link : undefined,
    });
    return;
  }
  play.hidden = true;
  home.hidden = false;
  document.title = 'Permanence case simulations';
  showSetting(null);
  const listCases = () => renderScenarioList(document.getElementById('cases')!, document.getElementById('cases-status')!, scenarios, {
    saved: (sid) => store.load(sid),
    open: (sid) => { location.hash = `#play/${sid}`; },
    openAtPart: (sid, part) => { location.hash = playAddress(sid, null, cohortInSearch(location.search), part); },
    playAgain: (sid, part = 1) => {
      keepFinishedSlotAside(store, sid, part);
      location.hash = part > 1 ? playAddress(sid, null, cohortInSearch(location.search), part) : `#play/${sid}`;
    },
  });
  listCases();
  renderStoredDataPanel(document.getElementById('device-data')!, {
    local: browserStorage(), session: tabStorage(), onDeleted: listCases,
    titleOf: (sid) => scenarios.find((s) => s.id === sid)?.info.title ?? sid,
    open: (sid, part = 1) => { location.hash = playAddress(sid, null, null, part); },
    versionsOf: (sid) => versions.versionsOf(sid),
  });
}

window.addEventListener('hashchange', (e) => {
  const left = parsePlayAddress(new URL(e.oldURL).hash)?.caseId;
  route();
  if (caseInAddress()) return;
  // Back on the list: focus returns to the case the player just left, so they need not find it again.
  const again = left ? document.querySelector<HTMLElement>(`#cases > li[data-scenario="${left}"] button`) : null;
  (again ?? document.getElementById('home-heading'))?.focus();
});
// If the SCORM code cannot load, the case is played as in the standalone game, saved in this browser.
void connectToLms().catch((error: unknown) => console.warn('The LMS connection could not be made; playing without it.', error)).then(route);
registerServiceWorker();
