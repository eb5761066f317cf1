/** Story text is on screen; the player reads it, then continues. */
import { button, el } from '../dom';
import type { BuiltScreen, ScreenContext } from './screenTypes';

/** Focus goes to the button here; the play screen moves it to the new text's heading when there is one. */
export function narratingScreen(ctx: ScreenContext): BuiltScreen {
  const row = el('div', undefined, 'actions');
  row.append(button('Continue', () => ctx.send({ type: 'CONTINUE' }), 'button primary'));
  return { node: row, focus: row.firstElementChild as HTMLElement, showPassage: true };
}
