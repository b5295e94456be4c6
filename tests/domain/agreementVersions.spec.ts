import { describe, expect, it } from 'vitest'
import { compareVersions, openTasks, revisedDraft, signProblems } from '@/domain/agreementVersions'
import { defaultSections, readSections } from '@/domain/agreementSections'
import { decidedSections } from '../support/decidedSections'
import { agreementSplit } from '@/domain/agreementText'
import { snapshotOf } from '@/domain/agreementSnapshot'
import type { Agreement, Decision, Task } from '@/domain/schemas'
import { agreement, decision, decisions, school, schoolYear, task, tasks } from '../fixtures/agreement'

/** A version as every view reads it: its snapshot. */
const view = (v: { agreement: Agreement; decisions: Decision[] }, withTasks: Task[] = tasks) =>
  snapshotOf(v.agreement, { decisions: v.decisions, tasks: withTasks, school, schoolYear })

const names = { coachName: 'Renée Okafor', principalName: 'José Martínez', openItemsAccepted: false }

describe('sign readiness', () => {
  it('is ready when both names are typed and every task is decided', () => {
    expect(signProblems(agreement(), names, tasks, decisions)).toEqual([])
  })

  it('refuses empty or blank names, naming which one', () => {
    const problems = signProblems(agreement(), { ...names, coachName: '  ', principalName: '' }, tasks, decisions)
    expect(problems.map((p) => p.field)).toEqual(['coachName', 'principalName'])
    expect(problems[0]?.message).toMatch(/coach must type their name/)
  })

  it('refuses undecided and discuss-later tasks unless both leave them open on purpose', () => {
    const withOpen = [...decisions.slice(0, 2), decision('a-1', 't-plc', 'discuss')]
    // t-testing has no decision at all: that counts as undecided too.
    expect(openTasks(tasks, withOpen).map((t) => t.id)).toEqual(['t-plc', 't-testing'])
    const problems = signProblems(agreement(), names, tasks, withOpen)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ field: 'openItemsAccepted' })
    expect(problems[0]?.message).toMatch(/2 tasks are still undecided/)
    expect(signProblems(agreement(), { ...names, openItemsAccepted: true }, tasks, withOpen)).toEqual([])
  })

  it('ignores archived tasks when looking for open items', () => {
    const archived = [...tasks, task('t-old', 'Bus duty', 'other', 9, true)]
    expect(signProblems(agreement(), names, archived, decisions)).toEqual([])
  })

  it('refuses to sign with no decisions at all, an unwritten own policy, or an already signed version', () => {
    expect(signProblems(agreement(), { ...names, openItemsAccepted: true }, tasks, []).map((p) => p.field)).toEqual(['decisions'])
    const sections = { ...readSections(decidedSections()), confidentiality: { policy: 'own', ownWording: ' ' } }
    expect(signProblems(agreement({ sections }), names, tasks, decisions).map((p) => p.field)).toEqual(['confidentiality'])
    expect(signProblems(agreement({ status: 'signed' }), names, tasks, decisions).map((p) => p.field)).toEqual(['status'])
  })
})

describe('signing waits for the principles and the policy', () => {
  it('refuses while any principle is undecided, naming them, and while no policy is chosen', () => {
    const fresh = signProblems(agreement({ sections: {} }), names, tasks, decisions)
    expect(fresh.map((p) => p.field)).toEqual(['principles', 'confidentiality'])
    expect(fresh[0]?.message).toMatch(
      /Mark each partnership principle agreed or not agreed.*Equality, Choice, Voice, Dialogue, Reflection, Praxis, Reciprocity\.$/,
    )
    expect(fresh[1]?.message).toMatch(/^Choose a confidentiality policy/)
  })

  it('accepts a principle marked not agreed: deciding is what counts', () => {
    const sections = readSections(decidedSections())
    sections.principles.voice = { agreed: false, note: 'We differ on this.' }
    sections.principles.choice = { agreed: null, note: '' }
    expect(signProblems(agreement({ sections }), names, tasks, decisions).map((p) => p.message)).toEqual([
      'Mark each partnership principle agreed or not agreed before signing. Still undecided: Choice.',
    ])
    sections.principles.choice = { agreed: false, note: '' }
    expect(signProblems(agreement({ sections }), names, tasks, decisions)).toEqual([])
  })

  it('refuses with no policy even when every principle is marked', () => {
    const sections = { ...readSections(decidedSections()), confidentiality: { policy: null, ownWording: '' } }
    expect(signProblems(agreement({ sections }), names, tasks, decisions).map((p) => p.field)).toEqual(['confidentiality'])
  })
})

describe('revising', () => {
  it('starts version n+1 as a draft based on the signed one, copying sections and decisions', () => {
    const sections = { ...defaultSections(), confidentiality: { policy: 'nothing-shared', ownWording: '' } }
    const signed = agreement({
      status: 'signed',
      sections,
      openItemsAccepted: true,
      signedAt: 5,
      signatures: { coach: { name: 'Renée Okafor', signedAt: 5 }, principal: { name: 'José Martínez', signedAt: 5 } },
    })
    let n = 0
    const { agreement: draft, decisions: copied } = revisedDraft(signed, decisions, 2, () => `new-${++n}`)
    expect(draft).toMatchObject({
      id: 'new-1',
      version: 2,
      status: 'draft',
      basedOnId: 'a-1',
      signedAt: null,
      openItemsAccepted: false,
      signatures: { coach: null, principal: null },
      targets: signed.targets,
    })
    expect(draft.sections).toEqual(sections)
    expect(draft.sections).not.toBe(sections)
    expect(copied).toHaveLength(decisions.length)
    expect(copied.every((d) => d.agreementId === 'new-1')).toBe(true)
    expect(new Set(copied.map((d) => d.id)).size).toBe(decisions.length)
    expect(copied.map((d) => [d.taskId, d.choice, d.weeklyHours, d.insteadBy])).toEqual(
      decisions.map((d) => [d.taskId, d.choice, d.weeklyHours, d.insteadBy]),
    )
  })
})

describe('comparing versions', () => {
  const v1 = { agreement: agreement(), decisions }

  it('finds nothing between identical versions', () => {
    expect(compareVersions(view(v1), view({ agreement: agreement({ id: 'a-2', version: 2 }), decisions })).same).toBe(true)
  })

  it('lists changed decisions, targets, the policy and other section changes', () => {
    const sections = readSections(decidedSections())
    sections.confidentiality = { policy: 'own', ownWording: 'Only with the teacher’s permission.' }
    sections.principles.praxis = { agreed: false, note: 'Later' }
    sections.support.commitments.push({ id: 'own-1', text: 'Cover lunch duty', checked: true, custom: true })
    sections.understanding.frequency = 'Every two weeks'
    const v2 = {
      agreement: agreement({ id: 'a-2', version: 2, targets: { coachingPct: 65, learningPct: 10 }, sections }),
      decisions: [
        decision('a-2', 't-cycles', 'will', { weeklyHours: 26 }),
        decision('a-2', 't-learn', 'will', { weeklyHours: 4 }),
        decision('a-2', 't-plc', 'wont', decisions[2]),
        decision('a-2', 't-testing', 'wont', { insteadBy: 'Assistant principal' }),
      ],
    }
    const c = compareVersions(view(v1), view(v2))
    expect(c.same).toBe(false)
    expect(c.decisions.map((d) => [d.label, d.from, d.to])).toEqual([
      ['Impact cycles with teachers (Coaching)', 'Will do, 24 h/week', 'Will do, 26 h/week'],
      ['Overseeing state testing (Other duties)', 'Will do, 2 h/week', 'Won’t do, instead: Assistant principal'],
    ])
    expect(c.targets).toEqual([{ label: 'Coaching target', from: '60%', to: '65%' }])
    expect(c.policy?.from).toMatch(/^The coach shares what they work on/)
    expect(c.policy?.to).toMatch(/Only with the teacher’s permission/)
    const byTitle = Object.fromEntries(c.sections.map((s) => [s.title, s.changes]))
    expect(Object.keys(byTitle)).toEqual(['Understanding coaching', 'Partnership principles', 'How the principal supports coaching'])
    expect(byTitle['Partnership principles']).toEqual([{ label: 'Praxis', from: 'Agreed', to: 'Not agreed: Later' }])
    expect(byTitle['How the principal supports coaching']).toEqual([
      { label: 'Cover lunch duty', from: 'Not in this version', to: 'Committed' },
    ])
    expect(byTitle['Understanding coaching']?.[0]).toMatchObject({ label: 'How often, and how long (an estimate)', to: 'Every two weeks' })
  })

  it('shows a reworded commitment with its words on both sides, and a task deleted since by the name its version kept', () => {
    const s1 = defaultSections()
    s1.support.commitments = [{ id: 'own', text: 'Old words', checked: true, custom: true }]
    const s2 = defaultSections()
    s2.support.commitments = [{ id: 'own', text: 'New words', checked: true, custom: true }]
    // Snapshots keep each task's words, so a task deleted later still has its name in the older version.
    const c = compareVersions(
      view({ agreement: agreement({ sections: s1 }), decisions: [decision('a-1', 'gone', 'will')] }, [
        task('gone', 'Bus duty', 'other', 9),
      ]),
      view({ agreement: agreement({ sections: s2 }), decisions: [] }, []),
    )
    expect(c.sections[0]?.changes).toEqual([{ label: 'New words', from: 'Old words: Committed', to: 'New words: Committed' }])
    expect(c.decisions).toEqual([{ taskId: 'gone', label: 'Bus duty (Other duties)', from: 'Will do', to: 'Not on the list' }])
  })

  it('shows a task renamed, re-bucketed or reworded between two versions with both wordings', () => {
    const renamed = tasks.map((t) =>
      t.id === 't-plc' ? { ...t, title: 'Leading professional learning communities', bucket: 'coaching' as const } : t,
    )
    const reworded = tasks.map((t) => (t.id === 't-testing' ? { ...t, description: 'Two weeks in April' } : t))
    const c = compareVersions(view(v1), view({ agreement: agreement({ id: 'a-2', version: 2 }), decisions }, renamed))
    expect(c.same).toBe(false)
    expect(c.decisions.map((d) => [d.label, d.from, d.to])).toEqual([
      [
        'Leading professional learning communities (Coaching)',
        'Leading PLCs (Other duties) — Won’t do, instead: Grade-level team leads — Zoë Lindqvist, note: Coach joins as a guest “when invited”',
        'Leading professional learning communities (Coaching) — Won’t do, instead: Grade-level team leads — Zoë Lindqvist, note: Coach joins as a guest “when invited”',
      ],
    ])
    const d = compareVersions(view(v1), view(v1, reworded)).decisions
    expect(d.map((x) => x.to)).toEqual(['Overseeing state testing (Other duties): “Two weeks in April” — Will do, 2 h/week'])
  })
})

describe('projected split', () => {
  it('adds will-do hours by bucket and counts will-do tasks with no estimate', () => {
    const targets = { coachingPct: 60, learningPct: 10 }
    const split = agreementSplit([...decisions, decision('a-1', 't-plc', 'will')], tasks, targets)
    expect(split.hours).toEqual({ coaching: 24, learning: 4, other: 2 })
    expect(split.totalHours).toBe(30)
    expect(split.percent.coaching).toBeCloseTo(80)
    expect(split.percent.learning).toBeCloseTo(13.33, 1)
    expect(split.unestimatedCount).toBe(1)
    expect(split.warnings).toEqual([])
    expect(agreementSplit([], tasks, targets).percent).toEqual({ coaching: 0, learning: 0, other: 0 })
    // Less coaching than the target: the shared projection's warning comes through.
    const short = agreementSplit(
      [decision('a-1', 't-cycles', 'will', { weeklyHours: 10 }), decision('a-1', 't-plc', 'will', { weeklyHours: 10 })],
      tasks,
      targets,
    )
    expect(short.warnings.map((w) => w.kind)).toContain('coaching-short')
  })
})
