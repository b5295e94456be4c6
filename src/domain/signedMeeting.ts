import type { AgreementSnapshot, Decision, Task } from './schemas'

/**
 * The tasks and decisions of a signed version as the meeting lists them, read from the version's
 * snapshot only: renaming, rewording, re-bucketing or archiving a task later (for another school's
 * draft, say) never changes what the signed meeting shows. Kept apart from the snapshot builder so
 * the meeting screen loads only this.
 */
export function signedMeetingRecords(snapshot: AgreementSnapshot, agreementId: string): { tasks: Task[]; decisions: Decision[] } {
  const tasks = snapshot.tasks.map((t, i): Task => ({
    id: t.taskId,
    title: t.title,
    description: t.description,
    bucket: t.bucket,
    origin: 'catalog',
    archived: false,
    sortOrder: i,
    createdAt: 0,
    updatedAt: 0,
  }))
  const decisions = snapshot.tasks.map((t): Decision => ({
    id: `signed-${t.taskId}`,
    agreementId,
    taskId: t.taskId,
    choice: t.choice,
    note: t.note,
    insteadBy: t.insteadBy,
    weeklyHours: t.weeklyHours,
    decidedAt: snapshot.signedAt,
    createdAt: 0,
    updatedAt: 0,
  }))
  return { tasks, decisions }
}
