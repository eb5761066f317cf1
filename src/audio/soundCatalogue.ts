/**
 * Every sound the game can play, bundled by Vite from assets/audio (made with SoX: see
 * assets/audio/README.md). Each comes as Ogg and MP3; Howler plays the first the browser supports.
 */
import uiOgg from '../../assets/audio/ui-sprite.ogg?url';
import uiMp3 from '../../assets/audio/ui-sprite.mp3?url';
import officeOgg from '../../assets/audio/ambience-office.ogg?url';
import officeMp3 from '../../assets/audio/ambience-office.mp3?url';
import familyOgg from '../../assets/audio/ambience-family-home.ogg?url';
import familyMp3 from '../../assets/audio/ambience-family-home.mp3?url';
import fosterOgg from '../../assets/audio/ambience-foster-home.ogg?url';
import fosterMp3 from '../../assets/audio/ambience-foster-home.mp3?url';
import courtOgg from '../../assets/audio/ambience-court.ogg?url';
import courtMp3 from '../../assets/audio/ambience-court.mp3?url';
import contactOgg from '../../assets/audio/ambience-contact-centre.ogg?url';
import contactMp3 from '../../assets/audio/ambience-contact-centre.mp3?url';

export type Cue = 'choose' | 'part-end' | 'refusal';

export const UI_SPRITE = {
  src: [uiOgg, uiMp3],
  /** [start ms, length ms], matching the slots make-audio.sh pads each cue to. */
  sprite: {
    choose: [0, 250],
    'part-end': [250, 1200],
    refusal: [1450, 600],
  } satisfies Record<Cue, [number, number]>,
};

/** A loop per `# scene:` setting; a setting without one plays no ambience. */
export const AMBIENCE: Readonly<Record<string, readonly string[]>> = {
  office: [officeOgg, officeMp3],
  'family-home': [familyOgg, familyMp3],
  'foster-home': [fosterOgg, fosterMp3],
  court: [courtOgg, courtMp3],
  'contact-centre': [contactOgg, contactMp3],
};

/** Ambience sits well under the cues: the loops are quiet already, and this keeps them in the background. */
export const AMBIENCE_LEVEL = 0.5;
