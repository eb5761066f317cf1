/** Start-up: the Phaser backdrop, and the list of cases in the accessible DOM layer. */
import * as Phaser from 'phaser';
import { scenarios } from 'virtual:scenarios';
import { BackdropScene } from './scenes/BackdropScene';
import { renderScenarioList } from './ui/renderScenarioList';

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'stage',
  backgroundColor: '#fbfaf7',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [BackdropScene],
  banner: false,
});

renderScenarioList(document.getElementById('cases')!, document.getElementById('cases-status')!, scenarios);
