import { z } from '../zod'
import { BUCKETS } from '../buckets'
import { isIsoDate } from '../dates'
import { sentence } from '../sentence'

/**
 * zod's own messages ("Invalid input: expected string, received number") are used wherever a
 * schema gives none; end them with a full stop like every other message, so a message joined
 * after another ("In time entry 3: ...") still reads as a sentence.
 */
const english = z.locales.en().localeError
z.config({
  customError: (issue) => {
    const message = english(issue)
    const text = typeof message === 'string' ? message : message?.message
    return text === undefined ? undefined : sentence(text)
  },
})

/**
 * Pieces every record schema is built from. Every message is a whole sentence ending with a full stop: forms show
 * it at the field, and restore puts it after the place in the file (tests/domain/messages.spec.ts).
 */

export const idSchema = z.string().min(1, 'An id is missing.').max(64, 'An id is at most 64 characters.')
export const isoDateSchema = z.string().refine(isIsoDate, 'The date must be a real date (yyyy-mm-dd).')
export const timestampSchema = z.number().int('A time must be a whole number of milliseconds.').nonnegative('A time cannot be negative.')
export const bucketSchema = z.enum(BUCKETS, 'The area must be coaching, learning or other.')

export const personName = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}.`)
    .max(120, `${what[0]?.toUpperCase()}${what.slice(1)} is too long (120 characters at most).`)

export const stamps = { createdAt: timestampSchema, updatedAt: timestampSchema }

export const percentSchema = z
  .number('Enter a percentage from 0 to 100.')
  .min(0, 'A target cannot be below 0%.')
  .max(100, 'A target cannot be above 100%.')

export const targetsSchema = z
  .object({ coachingPct: percentSchema, learningPct: percentSchema })
  .refine((t) => t.coachingPct + t.learningPct <= 100, {
    message: 'Coaching and professional learning targets together cannot exceed 100%.',
    path: ['learningPct'],
  })
