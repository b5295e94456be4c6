import { z } from '@/domain/zod'
import { scaleAnswerSchema } from '@/domain/schemas/evaluation'

/**
 * A respondent's answers in progress, kept in sessionStorage per round so a reload (or a phone
 * that drops the tab for a moment) loses nothing. Nothing else of the respond page is stored:
 * sessionStorage belongs to this tab only and is gone when the tab closes, and the draft is
 * removed as soon as the response file is made. A browser that refuses storage simply forgets.
 */

export interface RespondDraft {
  answers: Record<string, z.infer<typeof scaleAnswerSchema>>
  keepDoing: string
  doDifferently: string
}

const draftSchema = z.object({
  answers: z.record(z.string().max(40), scaleAnswerSchema),
  keepDoing: z.string().max(20_000),
  doDifferently: z.string().max(20_000),
})

const keyOf = (roundId: string) => `crp.respond.${roundId}`

export function loadRespondDraft(roundId: string): RespondDraft | null {
  try {
    const text = sessionStorage.getItem(keyOf(roundId))
    if (!text) return null
    const parsed = draftSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function saveRespondDraft(roundId: string, draft: RespondDraft): void {
  try {
    sessionStorage.setItem(keyOf(roundId), JSON.stringify(draft))
  } catch {
    // Refused (private window, storage full): the answers stay on the page until it reloads.
  }
}

export function clearRespondDraft(roundId: string): void {
  try {
    sessionStorage.removeItem(keyOf(roundId))
  } catch {
    // Nothing was stored.
  }
}
