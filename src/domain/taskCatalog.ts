import type { Bucket } from './buckets'

/**
 * The built-in list of tasks a coach is commonly asked to do. Ids are stable forever: decisions
 * and logged time point at them, and `ensureCatalog()` adds only ids a device does not have yet,
 * so never rename or reuse an id (add a new entry instead).
 */
export interface CatalogTask {
  id: string
  title: string
  description: string
  bucket: Bucket
}

const coaching = (id: string, title: string, description: string): CatalogTask => ({ id: `cat-coaching-${id}`, title, description, bucket: 'coaching' })
const learning = (id: string, title: string, description: string): CatalogTask => ({ id: `cat-learning-${id}`, title, description, bucket: 'learning' })
const other = (id: string, title: string, description: string): CatalogTask => ({ id: `cat-other-${id}`, title, description, bucket: 'other' })

export const TASK_CATALOG: readonly CatalogTask[] = Object.freeze([
  // Coaching: partnering with teachers through the impact cycle.
  coaching('enrolment', 'Introducing coaching to teachers', 'One-to-one conversations that explain what partnering with a coach looks like and invite teachers to start a cycle.'),
  coaching('goal-setting', 'Goal-setting conversations', 'Help a teacher choose a student-focused goal they care about and agree how progress will be measured.'),
  coaching('current-reality', 'Getting a clear picture of reality', 'With the teacher’s permission, video a lesson and watch it together so the teacher sees what is actually happening.'),
  coaching('gathering-data', 'Gathering classroom data with a teacher', 'Collect the data the teacher chose, such as engagement, questioning or student work, to track progress toward the goal.'),
  coaching('explaining-strategies', 'Explaining teaching strategies', 'Walk a teacher through a high-impact strategy with a checklist, adapting it to their students and subject.'),
  coaching('modelling', 'Modelling strategies in the classroom', 'Teach part of a lesson, or share a video of one, so the teacher sees a strategy in action before trying it.'),
  coaching('co-teaching', 'Co-teaching a lesson', 'Plan and teach a lesson side by side with a teacher while they practise a new strategy.'),
  coaching('co-planning', 'Co-planning lessons toward a goal', 'Plan upcoming lessons with a teacher so the strategy they are learning fits naturally into their teaching.'),
  coaching('observing-feedback', 'Observing and talking about a lesson', 'Watch a teacher try a strategy and talk it through as partners, with no ratings and nothing evaluative.'),
  coaching('follow-up', 'Follow-up conversations', 'Meet after each attempt to review the data, adjust the strategy and decide next steps until the goal is met.'),
  coaching('student-work', 'Looking at student work together', 'Review samples of student work with a teacher to see what students understand and where the goal stands.'),
  coaching('team-coaching', 'Team coaching', 'Lead a grade-level or department team through a shared impact cycle with a goal the team chose.'),
  coaching('new-teachers', 'Coaching new teachers', 'Partner with teachers in their first years through goal-focused cycles rather than checklists of compliance.'),
  coaching('reflection', 'End-of-cycle reflection', 'Look back with the teacher at what changed for students, celebrate goals met and decide what comes next.'),
  coaching('cycle-preparation', 'Preparing for coaching sessions', 'Get checklists, video clips, data forms and materials ready for the cycles currently under way.'),
  coaching('principal-coaching', 'Coaching the principal', 'Partner with the principal on a goal of their own, for example around a lesson the principal taught.'),

  // Professional learning: the coach's own growth as a coach.
  learning('coach-of-coaches', 'Sessions with a coach of coaches', 'Regular sessions with an experienced coach who helps you reflect on and sharpen your coaching.'),
  learning('reading-study', 'Professional reading and study', 'Time set aside to read and study books, articles and research on coaching and teaching.'),
  learning('workshops-institutes', 'Attending workshops and institutes', 'Take part in workshops, institutes and conferences that build your skill as a coach.'),
  learning('recording-own-coaching', 'Recording and reviewing your own coaching', 'Record coaching conversations, with consent, and review them to improve your listening and questioning.'),
  learning('playbook', 'Building the instructional playbook', 'Choose the highest-impact strategies, write a one-pager and a checklist for each, and keep them current.'),
  learning('coach-network', 'Meeting with other coaches', 'Learn alongside coaches from other schools: share problems of practice, materials and ideas.'),
  learning('observing-coaches', 'Watching other coaches at work', 'Observe or watch video of other coaches leading conversations and cycles, then reflect on what to borrow.'),
  learning('own-goal', 'Your own professional goal', 'Set a goal for your own coaching, gather data on it and review progress, just as teachers do.'),
  learning('conversation-skills', 'Practising conversation skills', 'Deliberately practise listening, questioning and other skills of good coaching conversations.'),
  learning('strategy-rehearsal', 'Rehearsing strategies before modelling', 'Practise a teaching strategy yourself until you can explain and model it with confidence.'),
  learning('online-courses', 'Online courses and webinars', 'Structured online learning about coaching, high-impact instruction or data gathering.'),
  learning('data-methods', 'Learning data-gathering methods', 'Build skill in tools for gathering classroom data that teachers find useful and trustworthy.'),

  // Other: useful work that is not coaching. The first four are the ones principals most often need help saying no to.
  other('leading-plcs', 'Leading PLCs', 'Facilitating professional learning community meetings for teams, including agendas and follow-up.'),
  other('walk-throughs', 'Conducting walk-throughs', 'Visiting classrooms to check on school-wide practices, alone or with administrators.'),
  other('state-testing', 'Overseeing state testing', 'Organising state tests: schedules, materials, training proctors, accommodations and make-up sessions.'),
  other('leading-workshops', 'Designing and leading workshops', 'Planning and presenting professional development sessions for the whole staff or groups of teachers.'),
  other('covering-classes', 'Covering classes', 'Teaching or supervising a class when its teacher is absent or pulled away.'),
  other('supervision-duties', 'Supervision duties', 'Lunch, recess, bus, hallway or arrival and dismissal duty.'),
  other('data-entry', 'Data entry and reports', 'Entering assessment or program data and producing reports for the school or district.'),
  other('intervention-groups', 'Teaching intervention groups', 'Working directly with small groups of students who need extra support.'),
  other('tutoring', 'Tutoring individual students', 'Regular one-to-one sessions with students.'),
  other('evaluating-teachers', 'Evaluating teachers', 'Formal evaluation or rating of teachers, or passing evaluative information to administrators.'),
  other('curriculum-writing', 'Writing curriculum', 'Writing or revising units, pacing guides and curriculum documents.'),
  other('materials', 'Ordering and organising materials', 'Ordering, sorting, distributing and keeping track of books, kits and supplies.'),
  other('committees', 'Serving on committees', 'School or district committees, such as safety, hiring, climate or improvement teams.'),
  other('tech-support', 'Technology support', 'Helping staff with devices, accounts, software and troubleshooting.'),
  other('benchmark-assessments', 'Giving benchmark assessments', 'Administering, scoring or organising screening and diagnostic assessments for students.'),
  other('data-meetings', 'Running data meetings', 'Preparing and leading meetings where teams review assessment results.'),
  other('master-schedule', 'Building schedules', 'Creating the master schedule, intervention schedules or room assignments.'),
  other('substitute-coordination', 'Arranging substitute cover', 'Finding, scheduling or preparing substitutes for absent teachers.'),
  other('student-support-meetings', 'Student support meetings', 'Attending IEP, 504 or student-support team meetings as a regular member.'),
  other('discipline', 'Handling student discipline', 'Taking referrals, supervising removed students or contacting families about behaviour.'),
  other('acting-administrator', 'Standing in for an administrator', 'Acting as the administrator in charge when the principal and assistant principal are away.'),
  other('lesson-plan-review', 'Checking lesson plans', 'Collecting and reviewing teachers’ lesson plans for compliance.'),
  other('staff-meetings', 'Presenting at staff meetings', 'Regular slots at staff meetings for announcements, updates or mini-trainings.'),
  other('improvement-plan', 'Writing the school improvement plan', 'Drafting school improvement plans, goals and progress reports.'),
  other('program-adoption', 'Textbook and program adoption', 'Reviewing, piloting or rolling out new textbooks and programs.'),
  other('family-events', 'Planning family and community events', 'Organising literacy nights, open houses, family workshops and similar events.'),
  other('grants-compliance', 'Grant and compliance paperwork', 'Writing grants and completing program or compliance reports.'),
  other('mentor-program', 'Running the mentor program', 'Matching mentors, scheduling meetings and keeping induction paperwork for new staff.'),
  other('district-meetings', 'District meetings', 'Attending district meetings that are about operations rather than your own learning.'),
  other('newsletters', 'Staff newsletters and communication', 'Writing newsletters, bulletins or websites for staff or families.'),
  other('events-logistics', 'Assemblies, field trips and events', 'Coordinating logistics for assemblies, field trips, celebrations and school events.'),
])

/** The catalog's order is the meeting's order within each bucket; custom tasks follow it. */
export const CATALOG_SORT_STEP = 10
export const CUSTOM_SORT_START = 100_000

export function catalogSortOrder(index: number): number {
  return (index + 1) * CATALOG_SORT_STEP
}
