/**
 * The structured half of a lesson plan, written in the lesson's own front matter (`plan:`), so
 * the teacher's words sit beside the lesson they are about and a missing part stops the build
 * with the file and the field named. The prose half is teach/<module>/<lesson>.mdx.
 *
 * Nothing here may state a fact: these are instructions and questions. Dates, figures and
 * quotations belong to the data components of the lesson and of its plan page.
 */
import * as z from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

/** The four parts of a class period, in the order they run (Facing History's procedure). */
export const PLAN_PARTS = ['warm-up', 'document-work', 'discussion', 'closing'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

/** The rubric's levels, the same in every lesson so a class learns them once. */
export const RUBRIC_LEVELS = ['beginning', 'developing', 'secure'] as const;

const Step = z.object({
  part: z.enum(PLAN_PARTS, `must be one of ${PLAN_PARTS.join(', ')}`),
  minutes: z.number('must be a number of minutes').int().positive(),
  /** What the teacher does and asks, in the teacher's words. */
  do: text,
});

const Criterion = z.object({
  criterion: text,
  beginning: text,
  developing: text,
  secure: text,
});

/** `plan:` in a lesson's front matter. */
export const LessonPlanFields = z.object({
  /** The one historical question the whole period returns to (Reading Like a Historian). */
  centralQuestion: text,
  procedure: z
    .array(Step, 'must be a list of steps: { part, minutes, do }')
    .min(PLAN_PARTS.length, `needs a step for each of ${PLAN_PARTS.join(', ')}`)
    .superRefine((steps, ctx) => {
      // parts may repeat (two document-work steps), but each must appear and they run in order
      const order = steps.map((s) => PLAN_PARTS.indexOf(s.part));
      for (const part of PLAN_PARTS) {
        if (!steps.some((s) => s.part === part)) ctx.addIssue({ code: 'custom', message: `has no "${part}" step` });
      }
      order.forEach((o, i) => {
        if (i > 0 && o < order[i - 1]!) ctx.addIssue({ code: 'custom', path: [i, 'part'], message: `"${steps[i]!.part}" comes after "${steps[i - 1]!.part}": the parts run ${PLAN_PARTS.join(' → ')}` });
      });
    }),
  misconceptions: z
    .array(z.object({ misconception: text, response: text }), 'must be a list of { misconception, response }')
    .min(1, 'needs at least one common misconception with how to meet it'),
  /** Where the lesson's material is distressing, and what to do there. */
  care: z.array(z.object({ where: text, note: text }), 'must be a list of { where, note }').min(1, 'needs at least one care note'),
  differentiation: z.object({ support: text, extension: text }),
  assessment: z.object({
    task: text,
    rubric: z.array(Criterion, `must be a list of { criterion, ${RUBRIC_LEVELS.join(', ')} }`).min(2, 'needs at least two criteria'),
  }),
});

export type LessonPlanFields = z.infer<typeof LessonPlanFields>;

/** The minutes of a procedure, added up. */
export const procedureMinutes = (plan: Pick<LessonPlanFields, 'procedure'>) => plan.procedure.reduce((sum, s) => sum + s.minutes, 0);
