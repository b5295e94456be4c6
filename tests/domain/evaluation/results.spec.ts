import { describe, expect, it } from 'vitest'
import { roundResults } from '@/domain/evaluation/results'
import { defaultForm } from '@/domain/evaluation/itemBank'
import type { EvaluationResponse, RaterGroup, ScaleAnswer } from '@/domain/schemas/evaluation'

const form = defaultForm()
const ids = form.items.map((i) => i.id)
let n = 0
function response(
  group: RaterGroup,
  score: ScaleAnswer | ((id: string) => ScaleAnswer),
  comments: Partial<Pick<EvaluationResponse, 'keepDoing' | 'doDifferently'>> = {},
): EvaluationResponse {
  n += 1
  return {
    id: `r${n}`,
    roundId: 'round',
    group,
    answers: Object.fromEntries(ids.map((id) => [id, typeof score === 'function' ? score(id) : score])),
    keepDoing: '',
    doDifferently: '',
    source: 'file',
    fingerprint: null,
    receivedOn: '2026-11-20',
    createdAt: n,
    updatedAt: n,
    ...comments,
  }
}
const item = (r: ReturnType<typeof roundResults>, id: string) => r.items.find((i) => i.itemId === id)!
const domain = (r: ReturnType<typeof roundResults>, d: string) => r.domains.find((x) => x.domain === d)!

describe('roundResults', () => {
  it('hides every teacher figure and comment with two teachers, and shows self and administrator as such', () => {
    const r = roundResults(form, [
      response('teacher', 5, { keepDoing: 'Listening' }),
      response('teacher', 4, { keepDoing: 'Questions' }),
      response('self', 3, { keepDoing: 'My own note' }),
      response('administrator', 4),
    ])
    expect(r.teachersShown).toBe(false)
    expect(r.teachersReason).toBe('Hidden to keep teachers anonymous: 2 teachers, fewer than 3.')
    expect(r.responses).toEqual({ self: 1, administrator: 1, teacher: 2 })
    for (const row of [...r.items, ...r.domains]) {
      expect(row.byGroup.teacher).toMatchObject({ mean: null, spread: null, raters: 0, withheld: true })
      expect(row.gap).toBeNull()
    }
    expect(r.comments.teacher).toEqual({ keepDoing: [], doDifferently: [] })
    expect(r.comments.self.keepDoing).toEqual(['My own note'])
    expect(item(r, 'listens').byGroup.self).toMatchObject({ mean: 3, spread: 0, raters: 1, withheld: false })
    // Nothing in the result carries a teacher's own score.
    expect(JSON.stringify(r)).not.toMatch(/Listening|Questions/)
  })

  it('shows teacher means and spread at three teachers, with comments sorted by their text', () => {
    const r = roundResults(form, [
      response('teacher', 5, { doDifferently: 'Visit more often' }),
      response('teacher', 4, { doDifferently: 'Ask fewer questions' }),
      response('teacher', 3, { doDifferently: '  ' }),
    ])
    expect(r.teachersShown).toBe(true)
    expect(item(r, 'listens').byGroup.teacher).toMatchObject({ raters: 3, mean: 4, spread: 0.82, withheld: false })
    expect(r.comments.teacher.doDifferently).toEqual(['Ask fewer questions', 'Visit more often'])
    expect(item(r, 'listens').byGroup.self).toMatchObject({ mean: null, reason: 'No answer from this group yet.' })
  })

  it('leaves “not able to judge” out of a mean and hides an item fewer than three teachers rated', () => {
    const r = roundResults(form, [
      response('teacher', (id) => (id === 'models' ? 'na' : 4)),
      response('teacher', 4),
      response('teacher', 2),
      response('teacher', 3),
    ])
    expect(item(r, 'models').byGroup.teacher).toMatchObject({ raters: 3, notAbleToJudge: 1, mean: 3, withheld: false })
    const two = roundResults(form, [
      response('teacher', (id) => (id === 'models' ? 'na' : 4)),
      response('teacher', (id) => (id === 'models' ? 'na' : 4)),
      response('teacher', 3),
    ])
    expect(two.teachersShown).toBe(true)
    expect(item(two, 'models').byGroup.teacher).toMatchObject({ mean: null, withheld: true, raters: 1, notAbleToJudge: 2 })
    expect(item(two, 'models').byGroup.teacher.reason).toBe('Hidden to keep teachers anonymous: 1 of 3 teachers rated this, fewer than 3.')
    // The domain still shows: three teachers rated something in it.
    expect(domain(two, 'strategies').byGroup.teacher).toMatchObject({ raters: 3, withheld: false })
  })

  it('says when everyone in a group chose “not able to judge”', () => {
    const r = roundResults(form, [response('administrator', 'na')])
    expect(item(r, 'keeps').byGroup.administrator).toMatchObject({
      mean: null,
      notAbleToJudge: 1,
      reason: 'Everyone in this group chose “not able to judge”.',
    })
  })

  it('averages each rater over a domain’s items first, so a rater who skips items weighs the same', () => {
    const r = roundResults(form, [response('self', (id) => (id === 'choice' ? 5 : id === 'equal' ? 'na' : 3))])
    // Partnership: choice 5 and voice 3 → 4.
    expect(domain(r, 'partnership').byGroup.self).toMatchObject({ mean: 4, raters: 1 })
  })

  it('marks a gap of one point or more as a blind spot or a hidden strength, and nothing below one', () => {
    const teachers = [response('teacher', 3), response('teacher', 3), response('teacher', 3)]
    const high = roundResults(form, [...teachers, response('self', 4)])
    expect(domain(high, 'trust').gap).toEqual({ kind: 'blind-spot', points: 1 })
    const low = roundResults(form, [...teachers, response('self', 2)])
    expect(domain(low, 'trust').gap).toEqual({ kind: 'hidden-strength', points: -1 })
    const close = roundResults(form, [response('teacher', 3), response('teacher', 3), response('teacher', 4), response('self', 4)])
    expect(item(close, 'keeps').gap).toBeNull()
  })

  it('never lets the threshold fall below three, and can raise it', () => {
    const three = [response('teacher', 4), response('teacher', 4), response('teacher', 4)]
    expect(roundResults(form, three, { minTeachers: 1 }).teachersShown).toBe(true)
    expect(roundResults(form, three.slice(0, 2), { minTeachers: 1 }).teachersShown).toBe(false)
    expect(roundResults(form, three, { minTeachers: 5 }).teachersReason).toBe(
      'Hidden to keep teachers anonymous: 3 teachers, fewer than 5.',
    )
  })

  it('asks only visible items, and with no responses says so per group', () => {
    const hidden = { items: form.items.map((i) => (i.id === 'recommend' ? { ...i, hidden: true } : i)) }
    const r = roundResults(hidden, [])
    expect(r.items.map((i) => i.itemId)).not.toContain('recommend')
    expect(r.items).toHaveLength(form.items.length - 1)
    expect(r.domains.map((d) => d.domain)).toEqual(['partnership', 'conversations', 'cycle', 'strategies', 'trust', 'impact'])
    expect(r.domains[0]!.byGroup.self.reason).toBe('No answer from this group yet.')
  })
})
