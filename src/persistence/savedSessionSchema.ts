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
});
