import { z } from './zod'
import { SECTION_SCHEMAS, type SectionId } from './agreementSchemas'
import {
  agreementSchema,
  decisionSchema,
  schoolSchema,
  schoolYearSchema,
  settingsSchema,
  signatureSchema,
  taskSchema,
  weekMarkSchema,
  weekNoteSchema,
} from './schemas'

/**
 * How long a text field may be, read from the zod schema that checks it when it is saved, so
 * the form and the database can never disagree. Fields never carry a `maxlength` attribute: a
 * browser would silently cut a paste; instead the text stays as typed and a message says how
 * much is over.
 */
export interface TextLimit {
  max: number
  /** The schema trims spaces at both ends before it measures. */
  trims: boolean
}

export function textLimitOf(schema: z.ZodType): TextLimit | null {
  if (!(schema instanceof z.ZodString) || schema.maxLength === null) return null
  const probe = schema.safeParse(' x ')
  return { max: schema.maxLength, trims: probe.success && probe.data === 'x' }
}

function required(schema: z.ZodType): TextLimit {
  const limit = textLimitOf(schema)
  if (!limit) throw new Error('This schema has no length limit.')
  return limit
}

/** The limit of the text at `path` inside an object schema (objects and arrays are walked). */
export function textLimitAt(schema: z.ZodType, path: readonly (string | number)[]): TextLimit | null {
  let at: z.ZodType | undefined = schema
  for (const key of path) {
    if (at instanceof z.ZodObject) at = (at.shape as Record<string, z.ZodType>)[String(key)]
    else if (at instanceof z.ZodArray) at = at.element as z.ZodType
    else return null
    if (!at) return null
    // Fields added in a later edition are optional: their limit is the text's inside.
    if (at instanceof z.ZodOptional || at instanceof z.ZodNullable) at = at.unwrap() as z.ZodType
  }
  return textLimitOf(at)
}

export const sectionTextLimit = (id: SectionId, path: readonly (string | number)[]) => textLimitAt(SECTION_SCHEMAS[id], path)

/** Every stand-alone text field of the app, by what it holds. */
export const TEXT_LIMITS = {
  decisionNote: required(decisionSchema.shape.note),
  insteadBy: required(decisionSchema.shape.insteadBy),
  taskTitle: required(taskSchema.shape.title),
  taskDescription: required(taskSchema.shape.description),
  weekNote: required(weekNoteSchema.shape.note),
  coachName: required(settingsSchema.shape.coachName),
  schoolName: required(schoolSchema.shape.name),
  principalName: required(schoolSchema.shape.principalName),
  signatureName: required(signatureSchema.shape.name),
  schoolYearLabel: required(schoolYearSchema.shape.label),
  weekMarkLabel: required(weekMarkSchema.shape.label),
  meetingCoachName: required(agreementSchema.shape.meeting.shape.coachName),
  meetingPrincipalName: required(agreementSchema.shape.meeting.shape.principalName),
  commitment: required(SECTION_SCHEMAS.support.shape.commitments.element.shape.text),
} as const

/** How many characters the text is over its limit; 0 when it fits. */
export function charactersOver(text: string, limit: TextLimit | null | undefined): number {
  if (!limit) return 0
  const length = (limit.trims ? text.trim() : text).length
  return Math.max(0, length - limit.max)
}

const count = (n: number) => n.toLocaleString('en-US')

/** True when every text fits its limit: the check a form makes before it saves. */
export function allFit(fields: ReadonlyArray<readonly [text: string, limit: TextLimit]>): boolean {
  return fields.every(([text, limit]) => charactersOver(text, limit) === 0)
}

/** The message shown at a field whose text is over its limit, or null when it fits. */
export function textLimitMessage(label: string, text: string, limit: TextLimit | null | undefined): string | null {
  const over = charactersOver(text, limit)
  if (!limit || over === 0) return null
  return `“${label}” can be at most ${count(limit.max)} characters: this text is ${count(over)} over. Shorten it and it will be saved; nothing is saved until it fits.`
}
