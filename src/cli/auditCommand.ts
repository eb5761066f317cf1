/** `permanence audit [case | file.ink ...] [--json]`: the formula check of issue 12, per case. */
import { existsSync } from 'node:fs';
import { listScenarioIds, resolveStory, StoryBuildError } from '../content/loadStoriesNode';
import { compileInkFile } from '../story/compileInk';
import { cachedExploreGraph } from '../content/exploreCache';
import { auditStory, FORMULA_PLAYERS, type AuditReport } from '../authoring/auditStory';
import { print, printError } from './terminalText';

const pct = (share: number | null) => (share === null ? 'n/a' : `${Math.round(share * 100)}%`);
const yes = (met: boolean) => (met ? 'met' : 'NOT MET');

function ratioInWords(ratio: number | null): string {
  if (ratio === null) return 'no decisions';
  return `the longest option is typically ${ratio.toFixed(2)} times as long as the shortest`;
}

function describe(r: AuditReport): string {
  const p = r.random.percentiles;
  const lines = [
    `${r.scenario}`,
    `  decisions:        ${r.decisions} (variants met on some path${r.unjudged > 0 ? `; ${r.unjudged} with all options equal, left out of the shares` : ''})`,
    `  best is longest:  ${r.bestIsLongest} of ${r.decisions - r.unjudged} (${pct(r.bestIsLongestShare)})`,
    `  stance unique:    ${r.stanceUnique} of ${r.decisions - r.unjudged} (${pct(r.stanceUniqueShare)})`,
    `  length ratio:     median ${r.medianLengthRatio ?? 'n/a'}: ${ratioInWords(r.medianLengthRatio)}`,
    `  random players:   ${r.random.players}, mean score ${r.random.mean ?? 'n/a'} (p10 ${p.p10}, p25 ${p.p25}, p50 ${p.p50}, p75 ${p.p75}, p90 ${p.p90})`,
    ...FORMULA_PLAYERS.map((name) => {
      const f = r.formula[name];
      return `  ${`always ${name}:`.padEnd(21)}${f ? `score ${f.score}, percentile ${f.percentile}` : 'n/a'}`;
    }),
    `  best play:        ${r.bestPlay.endings.map((e) => `${e.id} (${e.seeds} seeds, timescale ${e.timescale ?? 'untagged'})`).join(', ')}; ${r.bestPlay.differInPermanence ? 'they differ' : 'they do not differ'} in permanence or timescale`,
    '  goals:',
    ...r.goals.map((g) => `    ${yes(g.met).padEnd(8)} ${g.goal}`),
  ];
  return lines.join('\n');
}

function summaryTable(reports: readonly AuditReport[]): string {
  const head = ['case', 'dec', 'longest', 'stance', 'ratio', 'rand', 'long%', 'first%', 'last%', 'with%', 'rwith%', 'endings', 'goals'];
  const rows = reports.map((r) => [
    r.scenario.slice(0, 12), String(r.decisions), pct(r.bestIsLongestShare), pct(r.stanceUniqueShare), String(r.medianLengthRatio ?? '-'),
    String(r.random.mean ?? '-'),
    ...FORMULA_PLAYERS.map((n) => (r.formula[n] ? String(Math.round(r.formula[n].percentile)) : '-')),
    `${r.bestPlay.endings.length}${r.bestPlay.differInPermanence ? '' : '='}`,
    `${r.goals.filter((g) => g.met).length}/${r.goals.length}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' ').trimEnd();
  return [
    'summary (longest/stance: share of decisions; %: percentile among random players; "=": best play endings do not differ)',
    line(head), ...rows.map(line),
  ].join('\n');
}

export function auditCommand(args: string[]): number {
  const json = args.includes('--json');
  const named = args.filter((a) => !a.startsWith('--'));
  const targets = named.length > 0 ? named : listScenarioIds();
  if (targets.length === 0) {
    printError('No stories found: put each case in stories/<id>/main.ink, or name an .ink file.\n');
    return 1;
  }
  const reports: AuditReport[] = [];
  for (const target of targets) {
    const { id, file } = resolveStory(target);
    if (!existsSync(file)) throw new StoryBuildError([`"${target}" is neither a scenario (${listScenarioIds().join(', ')}) nor an .ink file`]);
    const compiled = compileInkFile(file);
    if (!compiled.ok) throw new StoryBuildError(compiled.errors);
    reports.push(auditStory(id, cachedExploreGraph(compiled.json, compiled.version)));
  }
  if (json) print(`${JSON.stringify(reports.length === 1 && named.length === 1 ? reports[0] : reports, null, 2)}\n`);
  else print(`${reports.map(describe).join('\n\n')}\n\n${summaryTable(reports)}\n`);
  return 0;
}
