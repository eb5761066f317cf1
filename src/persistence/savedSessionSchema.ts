/** The shape of a saved session in storage, validated before it is trusted. */
import * as v from 'valibot';
import { BalanceRowSchema, DecisionLogSchema } from '../log/logSchema';

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

export const SavedSessionSchema = v.object({
  machineVersion: v.pipe(v.number(), v.integer()),
  phase: v.picklist(['briefing', 'narrating', 'choosing', 'justifying', 'partComplete', 'debrief', 'done']),
  log: DecisionLogSchema,
  screen: v.object({ from: count, to: count }),
  read: v.boolean(),
  part: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  pending: v.nullable(count),
  balance: v.nullable(v.pipe(v.array(BalanceRowSchema), v.maxLength(100))),
  variables: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(100)), v.nullable(v.union([v.pipe(v.string(), v.maxLength(2_000)), v.number(), v.boolean()]))),
    v.check((r) => Object.keys(r).length <= 500, 'has too many variables'),
  ),
});
