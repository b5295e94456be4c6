import { PRINCIPLES } from '@/domain/agreementSections'

/**
 * Stored sections in which the two have decided what signing asks for: every principle marked
 * (agreed) and a policy chosen ("what and with whom"). Tests about anything else start here;
 * the tests about deciding start from nothing.
 */
export function decidedSections(): Record<string, unknown> {
  return {
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p, { agreed: true, note: '' }])),
    confidentiality: { policy: 'what-and-whom', ownWording: '' },
  }
}
