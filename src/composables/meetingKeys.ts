/** The meeting's keyboard shortcuts, kept apart from the view so they can be tested directly. */
export type MeetingKeyAction = 'will' | 'wont' | 'discuss' | 'next' | 'previous' | 'undo' | 'present'

/** True when a key press belongs to a field being typed in, so shortcuts must stay quiet. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    // Buttons-like inputs take no text; radio buttons use the arrow keys themselves.
    return !['button', 'submit', 'reset', 'checkbox', 'image'].includes(target.type)
  }
  return false
}

export function meetingKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): MeetingKeyAction | null {
  if (event.altKey) return null
  if (event.ctrlKey || event.metaKey) return event.key.toLowerCase() === 'z' && !event.shiftKey ? 'undo' : null
  switch (event.key.toLowerCase()) {
    case 'w':
      return 'will'
    case 'n':
      return 'wont'
    case 'd':
      return 'discuss'
    case 'j':
    case 'arrowright':
      return 'next'
    case 'k':
    case 'arrowleft':
      return 'previous'
    case 'u':
      return 'undo'
    case 'p':
      return 'present'
    default:
      return null
  }
}
