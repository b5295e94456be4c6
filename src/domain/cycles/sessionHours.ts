// STUB (drop at merge): replaced by the real module from the "grid" helper.
import type { CycleSession, SessionKind } from '@/domain/schemas/cycle'

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  meeting: 'Meeting',
  observation: 'Observation',
  modeling: 'Modeled lesson',
  'video-review': 'Video review',
}
export function defaultSessionRowKey(_kind: SessionKind, _rowKeysOnSheet: string[]): string {
  return 'bucket:coaching'
}
export function sessionNoteOf(_entry: unknown, _sessions: CycleSession[]): string | null {
  return null
}
