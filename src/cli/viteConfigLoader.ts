/**
 * How every Vite call loads vite.config.ts, the same as the package scripts' `--configLoader runner`. The config
 * imports the story plugin's TypeScript modules, which Node 20 cannot load natively ('native'), and the default
 * loader ('bundle') prints a screenful of warnings about that on every build. Vite's module runner loads them in place.
 */
export const viteConfigLoader = { configLoader: 'runner' } as const;
