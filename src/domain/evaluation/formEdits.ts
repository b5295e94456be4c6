import {
  evaluationItemSchema,
  type EvaluationDomain,
  type EvaluationForm,
  type EvaluationItem,
  type EvaluationRound,
} from '../schemas/evaluation'

/**
 * Adapting a round's form for a district: add an item, change its wording, hide it. Allowed only
 * until the first answer arrives; after that the form is frozen, so every answer of the round
 * was given to the same questions.
 */

export class FormFrozenError extends Error {
  constructor() {
    super('This round’s form is frozen: answers have arrived, so its questions can no longer change.')
    this.name = 'FormFrozenError'
  }
}

export type ItemWording = EvaluationItem['wording']

function editable(round: Pick<EvaluationRound, 'frozenAt'>): void {
  if (round.frozenAt !== null) throw new FormFrozenError()
}

/** Field problems of a wording (keys "teacher", "administrator", "self"); empty when it can be saved. */
export function wordingProblems(wording: ItemWording): Record<string, string> {
  const parsed = evaluationItemSchema.shape.wording.safeParse(wording)
  if (parsed.success) return {}
  return Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
}

export function addDistrictItem(
  round: Pick<EvaluationRound, 'frozenAt' | 'form'>,
  domain: EvaluationDomain,
  wording: ItemWording,
  id: string,
): EvaluationForm {
  editable(round)
  const item = evaluationItemSchema.parse({ id, domain, wording, hidden: false, origin: 'district' })
  return { items: [...round.form.items, item] }
}

export function editItemWording(round: Pick<EvaluationRound, 'frozenAt' | 'form'>, itemId: string, wording: ItemWording): EvaluationForm {
  editable(round)
  return { items: round.form.items.map((i) => (i.id === itemId ? evaluationItemSchema.parse({ ...i, wording }) : i)) }
}

export function setItemHidden(round: Pick<EvaluationRound, 'frozenAt' | 'form'>, itemId: string, hidden: boolean): EvaluationForm {
  editable(round)
  const items = round.form.items.map((i) => (i.id === itemId ? { ...i, hidden } : i))
  if (items.every((i) => i.hidden)) throw new Error('Keep at least one question on the form.')
  return { items }
}
