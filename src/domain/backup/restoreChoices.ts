/** What the restore screen offers and says, decided without the database so it can be tested alone. */
import { planRestore, type RestoreMode, type RestorePlan } from './merge'
import { BackupProblem } from './problems'
import { totalRecords, type BackupData } from './tables'

export interface RestoreChoices {
  replacePlan: RestorePlan
  /** Null when the file cannot be merged into this device; `mergeProblem` says why. */
  mergePlan: RestorePlan | null
  mergeProblem: string | null
  deviceEmpty: boolean
  /** The mode offered first: merge, unless the device is empty or merging is not possible. */
  mode: RestoreMode
}

/** Both plans for a checked file against what the device holds now. Problems other than a refused merge are thrown. */
export function restoreChoices(current: BackupData, incoming: BackupData): RestoreChoices {
  let mergePlan: RestorePlan | null = null
  let mergeProblem: string | null = null
  try {
    mergePlan = planRestore(current, incoming, 'merge')
  } catch (e) {
    if (!(e instanceof BackupProblem)) throw e
    mergeProblem = `Merging is not possible: ${e.message}`
  }
  const deviceEmpty = totalRecords(current) === 0
  const replacePlan = planRestore(current, incoming, 'replace')
  return { replacePlan, mergePlan, mergeProblem, deviceEmpty, mode: mergePlan && !deviceEmpty ? 'merge' : 'replace' }
}

/** The announcement once a restore has landed. */
export function restoredMessage(fileName: string, plan: RestorePlan): string {
  const t = plan.totals
  return `Restored ${fileName}: ${t.added} added, ${t.updated} updated, ${t.kept} ${plan.mode === 'merge' ? 'kept' : 'unchanged'}${plan.mode === 'replace' ? `, ${t.removed} removed` : ''}.`
}

export type RestoreStage = 'choose' | 'reading' | 'locked' | 'preview' | 'restoring'

/** The status line read out as the restore moves on (empty when there is nothing to say). */
export function restoreStatusText(stage: RestoreStage, fileName: string): string {
  if (stage === 'reading') return `Reading and checking ${fileName}…`
  if (stage === 'preview') return `${fileName} is checked. Review what will change below, then confirm.`
  if (stage === 'locked') return `${fileName} is protected. Enter its passphrase.`
  return ''
}

/** The confirm button's words. */
export function restoreButtonLabel(deviceEmpty: boolean, mode: RestoreMode): string {
  return deviceEmpty ? 'Restore this backup' : mode === 'merge' ? 'Merge into this device' : 'Replace everything on this device'
}
