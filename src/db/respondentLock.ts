/**
 * Respondent mode: the coach hands this device to teachers. While it is on, the router sends every
 * navigation back to the round's answer form (a typed address or a reload too), until the coach's
 * passphrase ends it. Kept in localStorage so a reload cannot end it.
 */
import type { RaterGroup } from '@/domain/schemas/evaluation'

const KEY = 'crp.respondentMode'

export interface RespondentLock {
  roundId: string
  group: Exclude<RaterGroup, 'self'>
}

export function respondentLock(): RespondentLock | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<RespondentLock> | null
    if (!value || typeof value.roundId !== 'string' || (value.group !== 'teacher' && value.group !== 'administrator')) return null
    return { roundId: value.roundId, group: value.group }
  } catch {
    return null
  }
}

export function lockForRespondents(lock: RespondentLock): void {
  localStorage.setItem(KEY, JSON.stringify(lock))
}

export function endRespondentMode(): void {
  localStorage.removeItem(KEY)
}
