/** What the browser tests share: waiting for a screen, one scripted move, and the axe check. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const PLAYING = ['narrating', 'choosing', 'justifying', 'rank', 'balance', 'reflection', 'checkpoint', 'debrief'];

/** Waits until the play area shows one of the named screens, and returns which. */
export async function waitForScreen(page: Page, names: string[]): Promise<string> {
  await page.waitForFunction((wanted) => wanted.includes(document.getElementById('play')?.dataset.screen ?? ''), names);
  return (await page.locator('#play').getAttribute('data-screen'))!;
}

/** One move of a scripted route: always the first option, the given reasons (also written as a reflection). */
export async function scriptedStep(page: Page, screen: string, reasons: string): Promise<void> {
  const play = page.locator('#play');
  if (screen === 'narrating') await play.getByRole('button', { name: 'Continue' }).click();
  else if (screen === 'choosing') await page.keyboard.press('1');
  else if (screen === 'justifying') {
    await play.getByLabel('Why this option? Write your reasons').fill(reasons);
    await play.getByRole('button', { name: 'Confirm my choice' }).click();
  } else if (screen === 'rank') {
    await play.getByLabel('Your reasons for this order').fill(reasons);
    await play.getByRole('button', { name: 'Confirm my order' }).click();
  } else if (screen === 'balance') {
    for (const box of await play.locator('.balance-sheet textarea').all()) await box.fill('Written in the test.');
    await play.locator('.options .option').first().click();
  } else if (screen === 'reflection') {
    await play.locator('form.reflection textarea').fill(reasons);
    await play.getByRole('button', { name: 'Keep my reflection and go on' }).click();
  } else if (screen === 'checkpoint') await play.getByRole('button', { name: /^Go on to part/ }).click();
  else throw new Error(`no scripted step for the ${screen} screen`);
}

/** Zero serious or critical axe violations on the page (or only inside `include`). */
export async function expectNoSeriousAxe(page: Page, name: string, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${name}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
