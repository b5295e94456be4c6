import type { RaterGroup, ScaleAnswer } from '@/domain/schemas/evaluation'

/** What PaperEntryForm emits for one typed-in sheet: every asked item answered, the open answers as typed. */
export type PaperSheet = { group: RaterGroup; answers: Record<string, ScaleAnswer>; keepDoing: string; doDifferently: string }
