/**
 * Earlier built-in wordings of catalog tasks, by id. On upgrade a stored catalog task whose title
 * or description is still exactly one of these takes the current wording; anything the coach
 * wrote is left alone. Signed versions are untouched either way: they read their own snapshot.
 */
export interface FormerWording {
  titles?: readonly string[]
  descriptions?: readonly string[]
}

export const FORMER_WORDINGS: Readonly<Record<string, FormerWording>> = {
  'cat-coaching-enrolment': {
    descriptions: ['One-to-one conversations that explain what partnering with a coach looks like and invite teachers to start a cycle.'],
  },
  'cat-coaching-current-reality': {
    descriptions: ['With the teacher’s permission, video a lesson and watch it together so the teacher sees what is actually happening.'],
  },
  'cat-coaching-modelling': { titles: ['Modelling strategies in the classroom'] },
  'cat-coaching-co-teaching': { descriptions: ['Plan and teach a lesson side by side with a teacher while they practise a new strategy.'] },
  'cat-coaching-co-planning': {
    descriptions: ['Plan upcoming lessons with a teacher so the strategy they are learning fits naturally into their teaching.'],
  },
  'cat-coaching-team-coaching': {
    descriptions: ['Lead a grade-level or department team through a shared impact cycle with a goal the team chose.'],
  },
  'cat-learning-workshops-institutes': {
    titles: ['Attending workshops and institutes'],
    descriptions: ['Take part in workshops, institutes and conferences that build your skill as a coach.'],
  },
  'cat-learning-conversation-skills': {
    titles: ['Practising conversation skills'],
    descriptions: ['Deliberately practise listening, questioning and other skills of good coaching conversations.'],
  },
  'cat-learning-strategy-rehearsal': {
    titles: ['Rehearsing strategies before modelling'],
    descriptions: ['Practise a teaching strategy yourself until you can explain and model it with confidence.'],
  },
  'cat-other-leading-plcs': {
    descriptions: ['Facilitating professional learning community meetings for teams, including agendas and follow-up.'],
  },
  'cat-other-state-testing': {
    descriptions: ['Organising state tests: schedules, materials, training proctors, accommodations and make-up sessions.'],
  },
  'cat-other-supervision-duties': { descriptions: ['Lunch, recess, bus, hallway or arrival and dismissal duty.'] },
  'cat-other-evaluating-teachers': {
    descriptions: ['Formal evaluation or rating of teachers, or passing evaluative information to administrators.'],
  },
  'cat-other-curriculum-writing': { descriptions: ['Writing or revising units, pacing guides and curriculum documents.'] },
  'cat-other-materials': { titles: ['Ordering and organising materials'] },
  'cat-other-tech-support': { descriptions: ['Helping staff with devices, accounts, software and troubleshooting.'] },
  'cat-other-benchmark-assessments': {
    descriptions: ['Administering, scoring or organising screening and diagnostic assessments for students.'],
  },
  'cat-other-data-meetings': { descriptions: ['Preparing and leading meetings where teams review assessment results.'] },
  'cat-other-discipline': { descriptions: ['Taking referrals, supervising removed students or contacting families about behaviour.'] },
  'cat-other-family-events': { descriptions: ['Organising literacy nights, open houses, family workshops and similar events.'] },
  'cat-other-newsletters': {
    titles: ['Staff newsletters and communication'],
    descriptions: ['Writing newsletters, bulletins or websites for staff or families.'],
  },
}
