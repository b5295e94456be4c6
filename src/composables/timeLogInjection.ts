import { inject, type InjectionKey } from 'vue'
import type { TimeLogContext } from './useTimeLogContext'

export const TIME_LOG_CONTEXT: InjectionKey<TimeLogContext> = Symbol('time log context')

/** The context the time log view provides to its week and year screens. */
export function injectTimeLogContext(): TimeLogContext {
  const ctx = inject(TIME_LOG_CONTEXT)
  if (!ctx) throw new Error('The time log screens must be shown inside TimeLogView.')
  return ctx
}
