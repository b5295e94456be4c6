import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import AgreementDocument from '@/components/agreement/AgreementDocument.vue'
import { firstEditionDefaults } from '@/domain/agreementLegacy'
import { snapshotOf } from '@/domain/agreementSnapshot'
import { PRINCIPLE_MEANINGS, PRINCIPLE_MEANINGS_V1 } from '@/domain/agreementMeanings'
import { agreement, decisions, school, schoolYear, tasks } from '../../fixtures/agreement'

const signedAt = Date.UTC(2026, 8, 15)
const signatures = { coach: { name: 'Renée Okafor', signedAt }, principal: { name: 'José Martínez', signedAt } }

describe('AgreementDocument', () => {
  it('shows a version signed under the first edition with the principle meanings it was signed with', () => {
    const first = firstEditionDefaults()
    const signed = agreement({ status: 'signed', signedAt, sections: first, signatures })
    const snapshot = snapshotOf(signed, { decisions, tasks, school, schoolYear }, first)
    const w = mount(AgreementDocument, { props: { view: { snapshot, fingerprint: 'f'.repeat(64) } } })
    expect(w.text()).toContain(PRINCIPLE_MEANINGS_V1.equality)
    expect(w.text()).not.toContain(PRINCIPLE_MEANINGS.equality)
    expect(w.text()).not.toContain('New requests during the year')
    w.unmount()
  })

  it('shows a draft in the current words, with undecided principles said in words', () => {
    const snapshot = snapshotOf(agreement({ sections: {} }), { decisions, tasks, school, schoolYear })
    const w = mount(AgreementDocument, { props: { view: { snapshot, fingerprint: null } } })
    expect(w.text()).toContain(PRINCIPLE_MEANINGS.equality)
    expect(w.text()).toContain('Not decided yet')
    expect(w.text()).toContain('Not chosen yet')
    expect(w.text()).toContain('New requests during the year')
    expect(w.text()).toContain('Classroom video')
    w.unmount()
  })
})
