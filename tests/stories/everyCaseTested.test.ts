import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { listScenarioIds } from '../../src/content/loadStoriesNode';

describe('the story tests', () => {
  it('cover every case under stories/', () => {
    for (const id of listScenarioIds()) expect(existsSync(resolve(import.meta.dirname, `${id}.test.ts`)), `tests/stories/${id}.test.ts`).toBe(true);
  });
});
