// Longer than other files on purpose: the built-in catalog data, one list kept together in one place.
import type { Bucket } from './buckets'
import type { Policy } from './agreementSchemas'

/**
 * The built-in list of tasks a coach is commonly asked to do. Ids are stable forever: decisions
 * and logged time point at them, and `ensureCatalog()` adds only ids a device does not have yet,
 * so never rename or reuse an id (add a new entry instead). A sort order is stable too: new
 * entries go at the end (the meeting groups by bucket first), so a device that had the older
 * list and a new device show the same order.
 */
export interface CatalogTask {
  id: string
  title: string
  description: string
  bucket: Bucket
  sortOrder: number
  /** A caution shown in the meeting (words in taskGuidance.ts): the task makes the coach a quasi-administrator, or clashes with coaching. */
  caution?: Caution
  /** A hint shown in the meeting: how much time on it is a warning sign. */
  hint?: 'data-time'
  /** The choice the app suggests (the agreement depends on it); the two still decide. */
  suggested?: 'will'
  /** Confidentiality policies the task cannot be done under. */
  conflictsWith?: readonly Policy[]
}

type Extra = Pick<CatalogTask, 'caution' | 'hint' | 'suggested' | 'conflictsWith'>
type Entry = Omit<CatalogTask, 'sortOrder'> & { retired?: true }
const entry =
  (bucket: Bucket) =>
  (id: string, title: string, description: string, extra: Extra = {}): Entry => ({
    id: `cat-${bucket}-${id}`,
    title,
    description,
    bucket,
    ...extra,
  })
const coaching = entry('coaching')
const learning = entry('learning')
const other = entry('other')

export type Caution = 'quasi-admin' | 'required-coaching'
const QUASI_ADMIN = 'quasi-admin'
const DATA_TIME = 'data-time'

/** Every entry ever published, in publishing order (which fixes each sort order). */
const ALL: readonly Entry[] = [
  // Coaching: partnering with teachers through the impact cycle.
  coaching(
    'enrolment',
    'Introducing coaching to teachers',
    'Explain what partnering with a coach looks like, one to one or to a group such as a team or the staff, and invite teachers to start a cycle.',
  ),
  coaching(
    'goal-setting',
    'Goal-setting conversations',
    'Help a teacher choose a student-focused goal they care about and agree how progress will be measured.',
  ),
  coaching(
    'current-reality',
    'Getting a clear picture of reality',
    'With the teacher’s permission, video a lesson and watch it together so the two of you can talk about what is happening for students.',
  ),
  coaching(
    'gathering-data',
    'Gathering classroom data with a teacher',
    'Collect the data the teacher chose, such as engagement, questioning or student work, to track progress toward the goal.',
  ),
  coaching(
    'explaining-strategies',
    'Explaining teaching strategies',
    'Walk a teacher through a high-impact strategy with a checklist, adapting it to their students and subject.',
  ),
  coaching(
    'modelling',
    'Modeling strategies in the classroom',
    'Teach part of a lesson, or share a video of one, so the teacher sees a strategy in action before trying it.',
  ),
  coaching(
    'co-teaching',
    'Co-teaching a lesson',
    'Plan and teach a lesson side by side with a teacher while they practice a new strategy.',
  ),
  coaching(
    'co-planning',
    'Co-planning lessons toward a goal',
    'Plan upcoming lessons with a teacher toward the goal they set, so the strategy they are learning fits their teaching. General unit writing is curriculum writing, an other duty.',
  ),
  coaching(
    'observing-feedback',
    'Observing and talking about a lesson',
    'Watch a teacher try a strategy and talk it through as partners, with no ratings and nothing evaluative.',
  ),
  coaching(
    'follow-up',
    'Follow-up conversations',
    'Meet after each attempt to review the data, adjust the strategy and decide next steps until the goal is met.',
  ),
  coaching(
    'student-work',
    'Looking at student work together',
    'Review samples of student work with a teacher to see what students understand and where the goal stands.',
  ),
  coaching(
    'team-coaching',
    'Team coaching',
    'A grade-level or department team that chose its own goal works through a coaching cycle with the coach. A team meeting without that is a PLC or a data meeting, an other duty.',
  ),
  coaching(
    'new-teachers',
    'Coaching new teachers',
    'Partner with teachers in their first years through goal-focused cycles rather than checklists of compliance.',
  ),
  coaching(
    'reflection',
    'End-of-cycle reflection',
    'Look back with the teacher at what changed for students, celebrate goals met and decide what comes next.',
  ),
  coaching(
    'cycle-preparation',
    'Preparing for coaching sessions',
    'Get checklists, video clips, data forms and materials ready for the cycles currently under way.',
  ),
  coaching(
    'principal-coaching',
    'Coaching the principal',
    'Partner with the principal on a goal of their own, for example around a lesson the principal taught.',
  ),

  // Professional learning: the coach's own growth as a coach.
  learning(
    'coach-of-coaches',
    'Sessions with a coach of coaches',
    'Regular sessions with an experienced coach who helps you reflect on and sharpen your coaching.',
  ),
  learning(
    'reading-study',
    'Professional reading and study',
    'Time set aside to read and study books, articles and research on coaching and teaching.',
  ),
  learning(
    'workshops-institutes',
    'Workshops, courses and conferences',
    'Learning about coaching, high-impact instruction or data gathering in workshops, institutes, conferences, online courses or webinars.',
  ),
  learning(
    'recording-own-coaching',
    'Recording and reviewing your own coaching',
    'Record coaching conversations, with consent, and review them to improve your listening and questioning.',
  ),
  learning(
    'playbook',
    'Building the instructional playbook',
    'Choose the highest-impact strategies, write a one-pager and a checklist for each, and keep them current.',
  ),
  learning(
    'coach-network',
    'Meeting with other coaches',
    'Learn alongside coaches from other schools: share problems of practice, materials and ideas.',
  ),
  learning(
    'observing-coaches',
    'Watching other coaches at work',
    'Observe or watch video of other coaches leading conversations and cycles, then reflect on what to borrow.',
  ),
  learning(
    'own-goal',
    'Your own professional goal',
    'Set a goal for your own coaching, gather data on it and review progress, just as teachers do.',
  ),
  learning(
    'conversation-skills',
    'Practicing conversation skills',
    'Deliberately practice listening, questioning and other skills of good coaching conversations.',
  ),
  learning(
    'strategy-rehearsal',
    'Rehearsing strategies before modeling',
    'Practice a teaching strategy yourself until you can explain and model it with confidence.',
  ),
  // Merged into workshops-institutes: the two differed only in format.
  {
    ...learning(
      'online-courses',
      'Online courses and webinars',
      'Structured online learning about coaching, high-impact instruction or data gathering.',
    ),
    retired: true,
  },
  learning(
    'data-methods',
    'Learning data-gathering methods',
    'Build skill in tools for gathering classroom data that teachers find useful and trustworthy.',
  ),

  // Other: useful work that is not coaching. The first four are the ones principals most often need help saying no to.
  other(
    'leading-plcs',
    'Leading PLCs',
    'Facilitating professional learning community meetings: agendas, norms and follow-up. A team that chose a goal and runs a coaching cycle with the coach is team coaching instead.',
  ),
  other(
    'walk-throughs',
    'Conducting walk-throughs',
    'Visiting classrooms to check on school-wide practices, alone or with administrators.',
    { caution: QUASI_ADMIN },
  ),
  other(
    'state-testing',
    'Overseeing state testing',
    'Organizing and proctoring state tests: schedules, materials, training proctors, accommodations and make-up sessions.',
    { hint: DATA_TIME },
  ),
  other(
    'leading-workshops',
    'Designing and leading workshops',
    'Planning and presenting professional development sessions for the whole staff or groups of teachers.',
  ),
  other('covering-classes', 'Covering classes', 'Teaching or supervising a class when its teacher is absent or pulled away.'),
  other('supervision-duties', 'Supervision duties', 'Lunch, recess, bus, hallway, assembly or arrival and dismissal duty.'),
  other('data-entry', 'Data entry and reports', 'Entering assessment or program data and producing reports for the school or district.', {
    hint: DATA_TIME,
  }),
  other('intervention-groups', 'Teaching intervention groups', 'Working directly with small groups of students who need extra support.'),
  other('tutoring', 'Tutoring individual students', 'Regular one-to-one sessions with students.'),
  other(
    'evaluating-teachers',
    'Evaluating teachers',
    'Formally evaluating or rating teachers, or taking part in their formal evaluation.',
    { caution: QUASI_ADMIN },
  ),
  other(
    'curriculum-writing',
    'Writing curriculum',
    'Writing or revising units, pacing guides and curriculum documents, apart from co-planning toward one teacher’s goal.',
  ),
  other('materials', 'Ordering and organizing materials', 'Ordering, sorting, distributing and keeping track of books, kits and supplies.'),
  other('committees', 'Serving on committees', 'School or district committees, such as safety, hiring, climate or improvement teams.'),
  other(
    'tech-support',
    'Technology support',
    'Helping staff and students with devices, accounts, student log-ins, rostering, software and troubleshooting.',
  ),
  other(
    'benchmark-assessments',
    'Giving benchmark assessments',
    'Administering, scoring or organizing screening, diagnostic and progress-monitoring assessments for students.',
    { hint: DATA_TIME },
  ),
  other(
    'data-meetings',
    'Running data meetings',
    'Preparing and leading meetings where teams review assessment results, outside a coaching cycle the team chose.',
    { hint: DATA_TIME },
  ),
  other('master-schedule', 'Building schedules', 'Creating the master schedule, intervention schedules or room assignments.'),
  other('substitute-coordination', 'Arranging substitute cover', 'Finding, scheduling or preparing substitutes for absent teachers.'),
  other('student-support-meetings', 'Student support meetings', 'Attending IEP, 504 or student-support team meetings as a regular member.'),
  other(
    'discipline',
    'Handling student discipline',
    'Taking referrals, supervising removed students or contacting families about behavior.',
  ),
  other(
    'acting-administrator',
    'Standing in for an administrator',
    'Acting as the administrator in charge when the principal and assistant principal are away.',
  ),
  other('lesson-plan-review', 'Checking lesson plans', 'Collecting and reviewing teachers’ lesson plans for compliance.', {
    caution: QUASI_ADMIN,
  }),
  other('staff-meetings', 'Presenting at staff meetings', 'Regular slots at staff meetings for announcements, updates or mini-trainings.'),
  other('improvement-plan', 'Writing the school improvement plan', 'Drafting school improvement plans, goals and progress reports.'),
  other('program-adoption', 'Textbook and program adoption', 'Reviewing, piloting or rolling out new textbooks and programs.'),
  other(
    'family-events',
    'Planning family and community events',
    'Organizing literacy nights, open houses, family workshops and similar events.',
  ),
  other('grants-compliance', 'Grant and compliance paperwork', 'Writing grants and completing program or compliance reports.'),
  other(
    'mentor-program',
    'Running the mentor program',
    'Matching mentors, scheduling meetings and keeping induction paperwork for new staff.',
  ),
  other('district-meetings', 'District meetings', 'Attending district meetings that are about operations rather than your own learning.'),
  other(
    'newsletters',
    'Newsletters and social media',
    'Writing newsletters, bulletins, websites or social media posts for staff or families.',
  ),
  other(
    'events-logistics',
    'Assemblies, field trips and events',
    'Coordinating logistics for assemblies, field trips, celebrations and school events.',
  ),

  // Added in the second edition of the list (issue 16): duties coaches are commonly given.
  learning(
    'curriculum-content',
    'Learning the curriculum teachers teach',
    'Study the curriculum, standards and content of the grades and subjects you support, so strategies fit what is taught.',
  ),
  other(
    'principal-meetings',
    'Regular meetings with the principal',
    'A standing meeting with the principal to review the time log, the agreement and what gets in the way of coaching.',
    { suggested: 'will' },
  ),
  other(
    'passing-evaluative-info',
    'Passing evaluative information to administrators',
    'Telling administrators how well a teacher is doing, or passing on anything that could be used in a teacher’s evaluation.',
    { caution: QUASI_ADMIN, conflictsWith: ['nothing-shared', 'what-and-whom'] },
  ),
  other(
    'improvement-plan-coaching',
    'Coaching a teacher on a formal improvement plan',
    'Working with a teacher whose improvement plan, set by an administrator, requires coaching.',
    { caution: 'required-coaching' },
  ),
  other(
    'assigned-class',
    'Teaching an assigned class',
    'Teaching a class of students as a regular part of the schedule, with its planning and grading.',
  ),
  other(
    'extra-adult',
    'Extra adult in classrooms',
    'Helping out in classrooms as another pair of hands, outside any coaching cycle a teacher chose.',
  ),
  other(
    'mtss-coordination',
    'Coordinating MTSS or RTI',
    'Managing intervention placement, progress-monitoring records and MTSS or RTI paperwork.',
    { hint: DATA_TIME },
  ),
  other(
    'program-coordination',
    'Coordinating a program',
    'Running a program such as Title I, English learner services or gifted education: plans, schedules and reports.',
  ),
  other(
    'department-chair',
    'Chairing a department or grade level',
    'Leading a department or grade-level team as its chair: agendas, messages and administrative follow-up.',
  ),
  other('leadership-team', 'Leadership-team meetings', 'Attending the school leadership team’s meetings as a member.'),
  other('clerical', 'Copying and clerical work', 'Making copies, filing, laminating and other office work for staff.'),
  other(
    'finding-resources',
    'Finding resources on request',
    'Searching out lessons, materials or activities a teacher asks for, outside a coaching cycle.',
  ),
  other('budgets', 'Preparing or managing budgets', 'Drafting budgets, tracking spending and processing purchase requests.'),
  other(
    'district-logs',
    'District coaching logs and reports',
    'Filling in the coaching logs, time records and reports the district requires.',
  ),
  other('travel', 'Travel between schools', 'Time spent getting from one school to another, for coaches who serve more than one.'),
  other(
    'family-outreach',
    'Family conferences and outreach',
    'Joining parent-teacher conferences, calling families or running outreach to homes.',
  ),
]

/** The catalog's order is the meeting's order within each bucket; custom tasks follow it. */
export const CATALOG_SORT_STEP = 10
export const CUSTOM_SORT_START = 100_000

export function catalogSortOrder(index: number): number {
  return (index + 1) * CATALOG_SORT_STEP
}

const BUCKET_ORDER: Record<Bucket, number> = { coaching: 0, learning: 1, other: 2 }
const placed = ALL.map(({ retired, ...task }, index) => ({ task: { ...task, sortOrder: catalogSortOrder(index) } as CatalogTask, retired }))

/** The current list, in the meeting's order (bucket, then sort order). */
export const TASK_CATALOG: readonly CatalogTask[] = Object.freeze(
  placed
    .filter((p) => !p.retired)
    .map((p) => p.task)
    .sort((a, b) => BUCKET_ORDER[a.bucket] - BUCKET_ORDER[b.bucket] || a.sortOrder - b.sortOrder),
)

/** Entries taken out of the list; devices that have them archive them (see `src/db/catalog.ts`). */
export const RETIRED_CATALOG: readonly CatalogTask[] = Object.freeze(placed.filter((p) => p.retired).map((p) => p.task))

const byId = new Map(TASK_CATALOG.map((t) => [t.id, t]))
/** The built-in entry for a task id, if the task is a current catalog task. */
export function catalogEntry(taskId: string): CatalogTask | undefined {
  return byId.get(taskId)
}

/** Whether the meeting has a caution, hint or suggestion to show with this task. */
export function hasGuidance(task: { id: string; origin: 'catalog' | 'custom' }): boolean {
  const e = task.origin === 'catalog' ? byId.get(task.id) : undefined
  return Boolean(e && (e.caution || e.hint || e.suggested || e.conflictsWith?.length))
}
