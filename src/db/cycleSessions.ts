// STUB (drop at merge): replaced by the real module from the "grid" helper.
import type { IsoDate } from '@/domain/dates'
import type { CycleSession, SessionKind } from '@/domain/schemas/cycle'

export type SessionInput = {
  cycleId: string
  date: IsoDate
  minutes: number
  kind: SessionKind
  rowKey: string
  note: string
  confirmMarkedDay?: boolean
}
export class SessionNeedsConfirmation extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SessionNeedsConfirmation'
  }
}
export async function addCycleSession(_input: SessionInput): Promise<CycleSession> {
  throw new Error('stub')
}
export async function updateCycleSession(_id: string, _input: SessionInput): Promise<CycleSession> {
  throw new Error('stub')
}
export async function deleteCycleSession(_id: string): Promise<void> {
  throw new Error('stub')
}
export async function cycleDeletionImpact(_cycleId: string): Promise<{ sessions: number; hours: number }> {
  throw new Error('stub')
}
export async function deleteCycle(_cycleId: string): Promise<{ sessions: number; hours: number }> {
  throw new Error('stub')
}
