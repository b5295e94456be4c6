import type { z } from 'zod'
import { sentence } from './sentence'

/** A field-level problem, ready to show next to the control it belongs to. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. "meeting.date" ("" for the record as a whole). */
  field: string
  message: string
}

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }))
}

/** The first message for each field, keyed by field path: handy for inline form errors. */
export function problemsByField(problems: FieldProblem[]): Record<string, string> {
  const byField: Record<string, string> = {}
  for (const p of problems) if (!(p.field in byField)) byField[p.field] = p.message
  return byField
}

/** Thrown when a record does not fit its schema. The message names the record and field. */
export class RecordValidationError extends Error {
  override readonly name = 'RecordValidationError'
  constructor(
    readonly record: string,
    readonly problems: FieldProblem[],
  ) {
    const first = problems[0]
    const more = problems.length - 1
    // "The task was not saved. Give the task a title. 1 more problem needs fixing too."
    super(
      `The ${record} ${record.endsWith('s') ? 'were' : 'was'} not saved.` +
        (first ? ` ${sentence(first.message)}` : '') +
        (more > 0 ? ` ${more} more problem${more > 1 ? 's need' : ' needs'} fixing too.` : ''),
    )
  }

  get byField(): Record<string, string> {
    return problemsByField(this.problems)
  }
}

export function validate<S extends z.ZodType>(schema: S, record: string, value: unknown): z.infer<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw new RecordValidationError(record, fieldProblems(result.error))
  return result.data
}
