/** The three buckets every task and every logged hour is counted in. */
export const BUCKETS = ['coaching', 'learning', 'other'] as const
export type Bucket = (typeof BUCKETS)[number]

export const BUCKET_LABELS: Record<Bucket, string> = {
  coaching: 'Coaching',
  learning: 'Professional learning',
  other: 'Other duties',
}

export const BUCKET_HINTS: Record<Bucket, string> = {
  coaching: 'Partnering with teachers through the impact cycle',
  learning: "The coach's own growth as a coach",
  other: 'Useful work that is not coaching',
}

export interface Targets {
  /** Minimum share of time spent coaching, in percent. */
  coachingPct: number
  /** Minimum share of time spent on the coach's own professional learning, in percent. */
  learningPct: number
}

export const DEFAULT_TARGETS: Readonly<Targets> = Object.freeze({ coachingPct: 60, learningPct: 10 })
