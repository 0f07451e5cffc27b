/** τ-bench retail tasks (the training tasks of ../shared/data/tau-bench/retail/tasks_train.json and files like it). */
import { z } from 'zod';
import { readJsonFile } from '../read-json-file.js';

export const TauActionSchema = z.object({ name: z.string().min(1), kwargs: z.record(z.string(), z.unknown()) });
export type TauAction = z.infer<typeof TauActionSchema>;

export const TauTaskSchema = z.object({
  annotator: z.union([z.string(), z.number()]).optional(),
  user_id: z.string().min(1),
  /** What the simulated customer wants and knows, in the customer's voice. */
  instruction: z.string().min(1),
  /** The actions a correct agent takes; the final database must equal the one they produce. */
  actions: z.array(TauActionSchema),
  /** Values the agent must tell the customer (e.g. a price), when any. */
  outputs: z.array(z.string()).default([]),
});
export type TauTask = z.infer<typeof TauTaskSchema>;

export class TauTasksError extends Error {}

export function loadTauTasks(file: string): TauTask[] {
  const json = readJsonFile(file, 'The tasks file', TauTasksError);
  if (!Array.isArray(json)) throw new TauTasksError(`The tasks file ${file} must hold a JSON array of tasks.`);
  return json.map((t, i) => {
    const parsed = TauTaskSchema.safeParse(t);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TauTasksError(`Task ${i} in ${file} is invalid at "${issue?.path.join('.')}": ${issue?.message}.`);
    }
    return parsed.data;
  });
}
