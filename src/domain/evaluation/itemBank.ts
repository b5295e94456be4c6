import type { EvaluationDomain, EvaluationForm, EvaluationItem, RaterGroup } from '../schemas/evaluation'

/**
 * The app's item bank for the coach's 360° evaluation. Each item is written three times, once for
 * each rater group, so a teacher, the administrator and the coach rate the same behavior in
 * their own voice and the three views can be set side by side.
 */

export const DOMAIN_LABELS: Record<EvaluationDomain, string> = {
  partnership: 'Partnership in practice',
  conversations: 'Coaching conversations',
  cycle: 'Moving through a coaching cycle',
  strategies: 'Knowledge of high-impact teaching strategies',
  trust: 'Trust and confidentiality',
  impact: 'Impact on teaching and on students',
}

export const RATER_GROUP_LABELS: Record<RaterGroup, string> = {
  self: 'Self-evaluation',
  administrator: 'Administrator',
  teacher: 'Teachers',
}

export const SCALE_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
}
export const NOT_ABLE_TO_JUDGE_LABEL = 'Not able to judge'

export const OPEN_QUESTION_WORDING: Record<'keepDoing' | 'doDifferently', Record<RaterGroup, string>> = {
  keepDoing: {
    teacher: 'What should your coach keep doing?',
    administrator: 'What should the coach keep doing?',
    self: 'What should I keep doing?',
  },
  doDifferently: {
    teacher: 'What could your coach do differently?',
    administrator: 'What could the coach do differently?',
    self: 'What could I do differently?',
  },
}

type BankEntry = [id: string, domain: EvaluationDomain, teacher: string, administrator: string, self: string]

const BANK: BankEntry[] = [
  [
    'choice',
    'partnership',
    'My coach lets me decide what we work on.',
    'The coach lets teachers decide what they work on.',
    'I let teachers decide what we work on.',
  ],
  [
    'equal',
    'partnership',
    'My coach treats me as an equal partner.',
    'The coach treats teachers as equal partners.',
    'I treat teachers as equal partners.',
  ],
  [
    'voice',
    'partnership',
    'My coach values my ideas and my experience.',
    'The coach values teachers’ ideas and experience.',
    'I value teachers’ ideas and experience.',
  ],
  [
    'listens',
    'conversations',
    'My coach listens more than talks when we meet.',
    'The coach listens more than talks with teachers.',
    'I listen more than I talk when I meet teachers.',
  ],
  [
    'questions',
    'conversations',
    'My coach asks questions that help me think.',
    'The coach asks questions that help teachers think.',
    'I ask questions that help teachers think.',
  ],
  [
    'clear',
    'conversations',
    'After we meet I know what I will try next.',
    'Teachers leave a meeting with the coach knowing their next step.',
    'Teachers leave our meetings knowing their next step.',
  ],
  [
    'goal',
    'cycle',
    'My coach helped me set a goal that matters to my students.',
    'The coach helps teachers set goals that matter to students.',
    'I help teachers set goals that matter to their students.',
  ],
  [
    'strategy',
    'cycle',
    'My coach helped me choose a strategy to reach my goal.',
    'The coach helps teachers choose strategies to reach their goals.',
    'I help teachers choose strategies to reach their goals.',
  ],
  [
    'until',
    'cycle',
    'My coach stayed with me until I reached my goal.',
    'The coach stays with teachers until their goals are met.',
    'I stay with teachers until their goals are met.',
  ],
  [
    'explains',
    'strategies',
    'My coach explains teaching strategies clearly.',
    'The coach explains teaching strategies clearly.',
    'I explain teaching strategies clearly.',
  ],
  [
    'models',
    'strategies',
    'My coach shows me a strategy in action when I need it.',
    'The coach models strategies in classrooms when teachers need it.',
    'I model strategies in classrooms when teachers need it.',
  ],
  [
    'adapts',
    'strategies',
    'My coach helps me adapt a strategy to my class.',
    'The coach helps teachers adapt strategies to their classes.',
    'I help teachers adapt strategies to their classes.',
  ],
  [
    'keeps',
    'trust',
    'My coach keeps what we discuss between us.',
    'The coach keeps conversations with teachers confidential.',
    'I keep conversations with teachers confidential.',
  ],
  [
    'safe',
    'trust',
    'I feel safe trying something new with my coach.',
    'Teachers feel safe trying new things with the coach.',
    'Teachers feel safe trying new things with me.',
  ],
  [
    'notJudge',
    'trust',
    'My coach does not judge or evaluate me.',
    'The coach stays out of evaluating teachers.',
    'I stay out of evaluating teachers.',
  ],
  [
    'teaching',
    'impact',
    'Working with my coach changed how I teach.',
    'Teachers’ practice changes through coaching.',
    'Teachers’ practice changes through the work I do with them.',
  ],
  [
    'students',
    'impact',
    'My students are learning more because of our work.',
    'Students learn more in classrooms the coach works in.',
    'Students learn more in the classrooms I work in.',
  ],
  [
    'recommend',
    'impact',
    'I would recommend working with my coach to a colleague.',
    'Teachers recommend the coach to their colleagues.',
    'Teachers recommend working with me to their colleagues.',
  ],
]

export const ITEM_BANK: readonly EvaluationItem[] = BANK.map(([id, domain, teacher, administrator, self]) => ({
  id,
  domain,
  wording: { teacher, administrator, self },
  hidden: false,
  origin: 'bank',
}))

/** A new round's form: the whole bank, to adapt for the district before the first answer. */
export function defaultForm(): EvaluationForm {
  return { items: ITEM_BANK.map((item) => ({ ...item, wording: { ...item.wording } })) }
}

/** The items a rater is asked, in domain order. */
export function askedItems(form: EvaluationForm): EvaluationItem[] {
  const order = Object.keys(DOMAIN_LABELS) as EvaluationDomain[]
  return form.items.filter((i) => !i.hidden).sort((a, b) => order.indexOf(a.domain) - order.indexOf(b.domain))
}
