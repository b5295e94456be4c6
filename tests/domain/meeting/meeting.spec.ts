import { describe, expect, it } from 'vitest'
import { DEFAULT_TARGETS } from '@/domain/buckets'
import { parseWeeklyHours } from '@/domain/hours'
import { insteadSuggestions } from '@/domain/meeting/answers'
import { orderMeetingItems } from '@/domain/meeting/items'
import { firstOpenIndex, resumeIndex, stepIndex } from '@/domain/meeting/navigation'
import { meetingProgress, progressText, signingReadiness } from '@/domain/meeting/progress'
import { summariseMeeting } from '@/domain/meeting/summary'
import { pushUndo, UNDO_LIMIT, type UndoEntry } from '@/domain/meeting/undo'
import type { Decision, DecisionChoice, Task } from '@/domain/schemas'

const task = (id: string, bucket: Task['bucket'], sortOrder: number, extra: Partial<Task> = {}): Task => ({
  id,
  title: id.toUpperCase(),
  description: '',
  bucket,
  origin: 'catalog',
  archived: false,
  sortOrder,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
})
const decision = (taskId: string, choice: DecisionChoice, extra: Partial<Decision> = {}): Decision => ({
  id: `d-${taskId}`,
  agreementId: 'a',
  taskId,
  choice,
  note: '',
  insteadBy: '',
  weeklyHours: null,
  decidedAt: 1,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
})

const TASKS = [
  task('o1', 'other', 10),
  task('c2', 'coaching', 20),
  task('l1', 'learning', 5),
  task('c1', 'coaching', 10),
  task('x', 'other', 100_000, { origin: 'custom' }),
]

describe('ordering and progress', () => {
  it('groups by bucket (coaching, learning, other) then catalog order, custom last', () => {
    expect(orderMeetingItems(TASKS, []).map((i) => i.task.id)).toEqual(['c1', 'c2', 'l1', 'o1', 'x'])
  })

  it('leaves archived tasks out of a draft, but a signed agreement keeps the ones it decided', () => {
    const tasks = [...TASKS, task('arch', 'other', 20, { archived: true }), task('arch2', 'other', 30, { archived: true })]
    const decisions = [decision('arch', 'wont')]
    expect(orderMeetingItems(tasks, decisions).map((i) => i.task.id)).not.toContain('arch')
    expect(orderMeetingItems(tasks, decisions, { signed: true }).map((i) => i.task.id)).toEqual(['c1', 'c2', 'l1', 'o1', 'arch', 'x'])
  })

  it('counts will and won’t as decided; discuss and undecided stay open', () => {
    const items = orderMeetingItems(TASKS, [
      decision('c1', 'will'),
      decision('c2', 'wont'),
      decision('l1', 'discuss'),
      decision('o1', 'undecided'),
    ])
    const p = meetingProgress(items)
    expect(p).toEqual({ total: 5, decided: 2, undecided: 2, discuss: 1 })
    expect(progressText(p)).toBe('2 of 5 decided')
  })
})

describe('moving through the list', () => {
  const items = orderMeetingItems(TASKS, [decision('c1', 'will'), decision('l1', 'discuss')])

  it('steps forward and back, staying put at the ends', () => {
    expect(stepIndex(items, 0, 1, 'all')).toBe(1)
    expect(stepIndex(items, 0, -1, 'all')).toBe(0)
    expect(stepIndex(items, 4, 1, 'all')).toBe(4)
  })

  it('skips tasks outside the filter, even from a task that no longer matches it', () => {
    expect(stepIndex(items, 0, 1, 'undecided')).toBe(1)
    expect(stepIndex(items, 1, 1, 'undecided')).toBe(3)
    expect(stepIndex(items, 4, -1, 'discuss')).toBe(2)
    expect(stepIndex(items, 2, 1, 'discuss')).toBe(2)
  })

  it('resumes at the kept task, else at the first undecided, else the first to discuss', () => {
    expect(resumeIndex(items, 'o1')).toBe(3)
    expect(resumeIndex(items, 'gone')).toBe(1)
    expect(resumeIndex(items, null)).toBe(1)
    const allDecided = orderMeetingItems(TASKS.slice(0, 2), [decision('o1', 'wont'), decision('c2', 'discuss')])
    expect(firstOpenIndex(allDecided)).toBe(0)
    expect(firstOpenIndex(orderMeetingItems([TASKS[0]!], [decision('o1', 'will')]))).toBe(0)
  })
})

describe('parseWeeklyHours', () => {
  it('accepts blank (not estimated), whole and decimal numbers, with a comma too', () => {
    expect(parseWeeklyHours('')).toEqual({ ok: true, value: null })
    expect(parseWeeklyHours(' 4 ')).toEqual({ ok: true, value: 4 })
    expect(parseWeeklyHours('2.5')).toEqual({ ok: true, value: 2.5 })
    expect(parseWeeklyHours('1,5')).toEqual({ ok: true, value: 1.5 })
    expect(parseWeeklyHours('0')).toEqual({ ok: true, value: 0 })
    expect(parseWeeklyHours('60')).toEqual({ ok: true, value: 60 })
  })

  it('refuses negative, non-numeric and more than 60 hours with a message', () => {
    expect(parseWeeklyHours('-1')).toEqual({ ok: false, message: 'Hours cannot be negative.' })
    for (const text of ['abc', '4h', '1e3', '2..5', 'NaN', 'Infinity']) expect(parseWeeklyHours(text).ok, text).toBe(false)
    expect(parseWeeklyHours('60.5')).toEqual({ ok: false, message: 'A single task cannot take more than 60 hours a week.' })
  })
})

describe('insteadSuggestions', () => {
  it('puts earlier answers first, most used first, then the defaults, without duplicates', () => {
    const s = insteadSuggestions(['Mr. Diaz', 'assistant principal', 'Mr. Diaz', ' '])
    expect(s.slice(0, 2)).toEqual(['Mr. Diaz', 'assistant principal'])
    expect(s.filter((x) => x.toLowerCase() === 'assistant principal')).toHaveLength(1)
    expect(s).toContain('Principal')
  })

  it('narrows to what is typed and drops an exact match', () => {
    expect(insteadSuggestions(['Testing team'], 'test')).toEqual(['Testing team', 'Testing coordinator'])
    expect(insteadSuggestions([], 'Principal')).toEqual(['Assistant principal'])
  })
})

describe('undo history', () => {
  it('keeps at most the latest entries', () => {
    let stack: UndoEntry[] = []
    const entry = (n: number): UndoEntry => ({
      agreementId: 'a',
      taskId: `t${n}`,
      taskTitle: `T${n}`,
      before: { choice: 'undecided', note: '', insteadBy: '', weeklyHours: null },
    })
    for (let i = 0; i < UNDO_LIMIT + 5; i += 1) stack = pushUndo(stack, entry(i))
    expect(stack).toHaveLength(UNDO_LIMIT)
    expect(stack.at(-1)?.taskId).toBe(`t${UNDO_LIMIT + 4}`)
  })
})

describe('summary and readiness to sign', () => {
  const items = orderMeetingItems(TASKS, [
    decision('c1', 'will', { weeklyHours: 20, note: 'Mornings' }),
    decision('c2', 'will', { weeklyHours: null }),
    decision('l1', 'will', { weeklyHours: 4 }),
    decision('o1', 'wont', { insteadBy: 'Office staff', weeklyHours: 9 }),
    decision('x', 'discuss'),
  ])

  it('lists will-do by bucket with hours, won’t-do with who instead, and what is open', () => {
    const s = summariseMeeting(items, DEFAULT_TARGETS)
    expect(s.willDo.coaching.map((w) => [w.task.id, w.weeklyHours, w.note])).toEqual([
      ['c1', 20, 'Mornings'],
      ['c2', null, ''],
    ])
    expect(s.willDo.learning.map((w) => w.task.id)).toEqual(['l1'])
    expect(s.wontDo).toEqual([{ task: items[3]!.task, insteadBy: 'Office staff', note: '' }])
    expect(s.discuss.map((t) => t.id)).toEqual(['x'])
    expect(s.undecided).toEqual([])
    // Won't-do hours kept from an earlier choice do not count.
    expect(s.projection.totalHours).toBe(24)
    expect(s.projection.unestimatedCount).toBe(1)
  })

  it('blocks signing while tasks are open, unless both chose to leave them open', () => {
    expect(signingReadiness({ total: 5, decided: 5, undecided: 0, discuss: 0 }, false)).toMatchObject({
      blocked: false,
      message: 'Every task has a decision. The agreement is ready to sign.',
    })
    const open = { total: 5, decided: 2, undecided: 2, discuss: 1 }
    expect(signingReadiness(open, false)).toMatchObject({
      blocked: true,
      undecided: 2,
      discuss: 1,
      message: '2 tasks undecided and 1 task marked for discussion: resolve them before signing.',
    })
    expect(signingReadiness(open, true).blocked).toBe(false)
    expect(signingReadiness({ total: 5, decided: 4, undecided: 1, discuss: 0 }, false).message).toBe(
      '1 task undecided: resolve it before signing.',
    )
  })
})
