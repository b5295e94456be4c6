/** How far the meeting is, and whether the agreement is ready to be signed. */
import { type DecisionChoice } from '../schemas'
import { type MeetingItem, choiceOf } from './items'

export interface MeetingProgress {
  total: number
  /** Will do or won't do: a final answer. */
  decided: number
  undecided: number
  discuss: number
}

/** Will or won't is a final answer; anything else leaves the task open. */
export function isOpenChoice(choice: DecisionChoice): boolean {
  return choice !== 'will' && choice !== 'wont'
}

export function meetingProgress(items: readonly MeetingItem[]): MeetingProgress {
  const p: MeetingProgress = { total: items.length, decided: 0, undecided: 0, discuss: 0 }
  for (const item of items) {
    const c = choiceOf(item)
    if (c === 'will' || c === 'wont') p.decided += 1
    else if (c === 'discuss') p.discuss += 1
    else p.undecided += 1
  }
  return p
}

export function progressText(p: MeetingProgress): string {
  return `${p.decided} of ${p.total} decided`
}

export interface SigningReadiness {
  undecided: number
  discuss: number
  /** True when open items remain and nobody has chosen to leave them open. */
  blocked: boolean
  /** One sentence describing what stands between the meeting and signing. */
  message: string
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export function signingReadiness(progress: MeetingProgress, openItemsAccepted: boolean): SigningReadiness {
  const { undecided, discuss } = progress
  const open = undecided + discuss
  const parts = [undecided && `${plural(undecided, 'task')} undecided`, discuss && `${plural(discuss, 'task')} marked for discussion`]
    .filter(Boolean)
    .join(' and ')
  if (open === 0) return { undecided, discuss, blocked: false, message: 'Every task has a decision. The agreement is ready to sign.' }
  if (openItemsAccepted)
    return {
      undecided,
      discuss,
      blocked: false,
      message: `${parts}: you chose to leave ${open === 1 ? 'it' : 'them'} open, so the agreement can be signed.`,
    }
  return {
    undecided,
    discuss,
    blocked: true,
    message: `${parts}: resolve ${open === 1 ? 'it' : 'them'} before signing.`,
  }
}
