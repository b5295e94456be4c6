/** Ends a message with a full stop unless it already ends a sentence, so joined messages read right. */
export function sentence(text: string): string {
  const trimmed = text.trim()
  return trimmed === '' || /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`
}
