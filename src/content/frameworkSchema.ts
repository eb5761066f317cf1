/**
 * A practice framework (stories/frameworks/<id>.json: its title, publisher, standing and
 * areas) and a case's table beside its story (stories/<case>/framework.json: the framework
 * it uses and, for each decision, the areas it exercises). Frameworks change, so a case
 * names its framework by id and a second framework is a second definition file.
 */
import * as v from 'valibot';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]*$/, 'is not an id (lower-case letters, digits, dots and hyphens)'));
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'), v.maxLength(max, `is longer than ${max} characters`));

export const FrameworkDefinitionSchema = v.object({
  id,
  title: text(200),
  publisher: text(200),
  year: v.pipe(v.number(), v.integer('is not a whole year'), v.minValue(1989, 'is not a plausible year'), v.maxValue(2100, 'is not a plausible year')),
  /** One line on where the framework stands (in force, replaced, and by what). */
  status: text(500),
  areas: v.pipe(
    v.array(v.object({ id, title: text(120), summary: text(300) })),
    v.minLength(1, 'lists no areas'),
  ),
});

/** One area a decision exercises, with a few words on why. */
const MappedArea = v.object({ area: id, why: text(200) });

export const FrameworkMapSchema = v.object({
  framework: id,
  /** Decision (or activity) id to its areas: the primary area first, at most one more. */
  decisions: v.record(
    id,
    v.pipe(
      v.array(MappedArea),
      v.minLength(1, 'maps no area: give the primary area first'),
      v.maxLength(2, 'maps more than two areas: give the primary area and at most one more'),
    ),
  ),
});

export type FrameworkDefinition = v.InferOutput<typeof FrameworkDefinitionSchema>;
export type FrameworkMap = v.InferOutput<typeof FrameworkMapSchema>;
export type FrameworkArea = FrameworkDefinition['areas'][number];

/** What a scenario bundle carries: the framework's definition and the case's table. */
export interface ScenarioFramework {
  id: string;
  title: string;
  publisher: string;
  year: number;
  status: string;
  areas: FrameworkArea[];
  /** Decision id to the areas it exercises, the primary first. */
  decisions: FrameworkMap['decisions'];
}
