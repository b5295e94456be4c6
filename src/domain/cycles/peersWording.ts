/** The app's words for the PEERS checks of a goal, the outcomes of a cycle and the ways of seeing current reality. */
import type { CycleEvidence, CycleResult, PeersCheck } from '../schemas/cycle'

export const PEERS_WORDING: Record<PeersCheck, { label: string; prompt: string }> = {
  powerful: { label: 'Powerful', prompt: 'Will reaching this goal make a real difference to how students learn?' },
  easy: { label: 'Easy', prompt: 'Is the goal simple enough that the teacher can keep it in mind every day?' },
  emotional: { label: 'Emotionally compelling', prompt: 'Does the teacher care about this goal and want to reach it?' },
  reachable: { label: 'Reachable', prompt: 'Can the goal be measured and met within this cycle?' },
  studentFocused: { label: 'Student-focused', prompt: 'Is the goal about what students do or learn, not what the teacher does?' },
}

export const CYCLE_RESULT_LABELS: Record<CycleResult, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
  stopped: 'Stopped early',
}

export const CYCLE_EVIDENCE_LABELS: Record<CycleEvidence, string> = {
  video: 'Video of the lesson',
  observation: 'Observation',
  'student-work': 'Student work',
  conversation: 'Conversation with the teacher',
}
