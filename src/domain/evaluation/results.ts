import {
  EVALUATION_DOMAINS,
  MIN_TEACHER_RESPONSES,
  type EvaluationDomain,
  type EvaluationForm,
  type EvaluationResponse,
  type RaterGroup,
} from '../schemas/evaluation'
import { askedItems } from './itemBank'

/**
 * Results of a 360° round by rater group. Teachers stay anonymous: no figure or comment of the
 * teacher group exists in the result unless at least `minTeachers` teachers answered the round,
 * and an item's or domain's teacher figure also needs that many teachers who rated it (not "not
 * able to judge"). Individual teacher answers never leave this function; teacher comments come
 * out sorted by their text, so neither order nor date can point at who wrote them.
 */

export type GroupFigure = {
  /** Raters whose answers the figure averages ("not able to judge" left out). */
  raters: number
  /** Raters who chose "not able to judge" (for an item) or judged nothing in the domain. */
  notAbleToJudge: number
  mean: number | null
  /** Standard deviation of the raters' scores (population), 0 for one rater. */
  spread: number | null
  withheld: boolean
  /** Why there is no mean: withheld, or nobody rated it. Null when there is a mean. */
  reason: string | null
}

export type GapKind = 'blind-spot' | 'hidden-strength'
export type Gap = { kind: GapKind; /** Self mean minus teachers' mean. */ points: number }

export type Row = { byGroup: Record<RaterGroup, GroupFigure>; gap: Gap | null }
export type ItemResult = Row & { itemId: string; domain: EvaluationDomain }
export type DomainResult = Row & { domain: EvaluationDomain }

export type RoundResults = {
  minTeachers: number
  responses: Record<RaterGroup, number>
  /** False when fewer than `minTeachers` teachers answered: no teacher figure or comment is given. */
  teachersShown: boolean
  teachersReason: string | null
  domains: DomainResult[]
  items: ItemResult[]
  comments: Record<RaterGroup, { keepDoing: string[]; doDifferently: string[] }>
}

/** A gap of this many points between the coach's self-rating and the teachers' is marked. */
export const GAP_POINTS = 1

const round2 = (v: number) => Math.round(v * 100) / 100

function stats(scores: number[]): { mean: number | null; spread: number | null } {
  if (scores.length === 0) return { mean: null, spread: null }
  const mean = scores.reduce((s, v) => s + v, 0) / scores.length
  const variance = scores.reduce((s, v) => s + (v - mean) ** 2, 0) / scores.length
  return { mean: round2(mean), spread: round2(Math.sqrt(variance)) }
}

function tooFewTeachers(count: number, min: number): string {
  const who = count === 1 ? '1 teacher' : `${count} teachers`
  return `Hidden to keep teachers anonymous: ${who}, fewer than ${min}.`
}

export function gapOf(self: GroupFigure, teachers: GroupFigure): Gap | null {
  if (self.mean === null || teachers.mean === null) return null
  const points = round2(self.mean - teachers.mean)
  if (points >= GAP_POINTS) return { kind: 'blind-spot', points }
  if (points <= -GAP_POINTS) return { kind: 'hidden-strength', points }
  return null
}

export function roundResults(
  form: EvaluationForm,
  responses: readonly EvaluationResponse[],
  options: { minTeachers?: number } = {},
): RoundResults {
  const minTeachers = Math.max(MIN_TEACHER_RESPONSES, Math.floor(options.minTeachers ?? MIN_TEACHER_RESPONSES))
  const byGroup = (g: RaterGroup) => responses.filter((r) => r.group === g)
  const groups = { self: byGroup('self'), administrator: byGroup('administrator'), teacher: byGroup('teacher') }
  const teachersShown = groups.teacher.length >= minTeachers
  const items = askedItems(form)

  /** One group's figure over some items: each rater's scores on those items, averaged per rater first. */
  function figure(group: RaterGroup, itemIds: string[]): GroupFigure {
    const perRater: number[] = []
    let notAble = 0
    for (const r of groups[group]) {
      const scores = itemIds.map((id) => r.answers[id]).filter((a): a is 1 | 2 | 3 | 4 | 5 => typeof a === 'number')
      if (scores.length === 0) notAble += 1
      else perRater.push(scores.reduce((s, v) => s + v, 0) / scores.length)
    }
    if (group === 'teacher') {
      if (!teachersShown)
        return {
          raters: 0,
          notAbleToJudge: 0,
          mean: null,
          spread: null,
          withheld: true,
          reason: tooFewTeachers(groups.teacher.length, minTeachers),
        }
      if (perRater.length < minTeachers) {
        return {
          raters: perRater.length,
          notAbleToJudge: notAble,
          mean: null,
          spread: null,
          withheld: true,
          reason: `Hidden to keep teachers anonymous: ${perRater.length} of ${groups.teacher.length} teachers rated this, fewer than ${minTeachers}.`,
        }
      }
    }
    const { mean, spread } = stats(perRater)
    const reason =
      mean === null
        ? groups[group].length === 0
          ? 'No answer from this group yet.'
          : 'Everyone in this group chose “not able to judge”.'
        : null
    return { raters: perRater.length, notAbleToJudge: notAble, mean, spread, withheld: false, reason }
  }

  function row(itemIds: string[]): Row {
    const r = { self: figure('self', itemIds), administrator: figure('administrator', itemIds), teacher: figure('teacher', itemIds) }
    return { byGroup: r, gap: gapOf(r.self, r.teacher) }
  }

  const comments = (list: EvaluationResponse[], shown: boolean, sort: boolean) => {
    const pick = (key: 'keepDoing' | 'doDifferently') => {
      const texts = shown ? list.map((r) => r[key].trim()).filter(Boolean) : []
      return sort ? texts.sort((a, b) => a.localeCompare(b)) : texts
    }
    return { keepDoing: pick('keepDoing'), doDifferently: pick('doDifferently') }
  }

  return {
    minTeachers,
    responses: { self: groups.self.length, administrator: groups.administrator.length, teacher: groups.teacher.length },
    teachersShown,
    teachersReason: teachersShown ? null : tooFewTeachers(groups.teacher.length, minTeachers),
    domains: EVALUATION_DOMAINS.filter((d) => items.some((i) => i.domain === d)).map((domain) => ({
      domain,
      ...row(items.filter((i) => i.domain === domain).map((i) => i.id)),
    })),
    items: items.map((item) => ({ itemId: item.id, domain: item.domain, ...row([item.id]) })),
    comments: {
      self: comments(groups.self, true, false),
      administrator: comments(groups.administrator, true, false),
      teacher: comments(groups.teacher, teachersShown, true),
    },
  }
}
