/**
 * The privacy notice of the local demonstration, in its three languages: it says only that this is a
 * local demonstration and keeps nothing beyond this machine. Seeded with the demo accounts, which only
 * the embedded database (and test runs) get, never a real database: a real deployment says "not yet
 * published" until its operator writes their own notice at /admin/operator-texts. No consent
 * statement is seeded, so the testimony form stays closed until someone writes them.
 */
export const DEMO_PRIVACY_NOTICE = {
  privacyNoticeAz: 'Bu, xatirə saytının yerli nümayiş nüsxəsidir. O, bu kompüterdən kənarda heç nə saxlamır.',
  privacyNoticeEn: 'This is a local demonstration of the memorial. It keeps nothing beyond this machine.',
  privacyNoticeRu: 'Это локальная демонстрационная версия мемориала. Она ничего не хранит за пределами этого компьютера.',
} as const;
