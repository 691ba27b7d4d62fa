/**
 * The privacy notice of the local demonstration, in its three languages: it says only that this is a
 * local demonstration and keeps nothing beyond this machine. Seeded with the demo accounts, which only
 * the embedded database (and test runs) get, never a real database: a real deployment says "not yet
 * published" until its operator writes their own notice at /admin/operator-texts. The demo's consent
 * statements say the same, so that the demo's testimony form opens; a real deployment has none, and its
 * form stays closed until the operator writes them.
 */
export const DEMO_PRIVACY_NOTICE = {
  privacyNoticeAz: 'Bu, xatirə saytının yerli nümayiş nüsxəsidir. O, bu kompüterdən kənarda heç nə saxlamır.',
  privacyNoticeEn: 'This is a local demonstration of the memorial. It keeps nothing beyond this machine.',
  privacyNoticeRu: 'Это локальная демонстрационная версия мемориала. Она ничего не хранит за пределами этого компьютера.',
  consentShareAz: 'Bu, yerli nümayişdir: göndərdiyiniz heç nə bu kompüterdən kənara çıxmır.',
  consentShareEn: 'This is a local demonstration: nothing you send leaves this machine.',
  consentShareRu: 'Это локальная демонстрация: ничего из отправленного не покидает этот компьютер.',
  consentContactAz: 'Bu, yerli nümayişdir: heç kim sizinlə əlaqə saxlamayacaq.',
  consentContactEn: 'This is a local demonstration: nobody will contact you.',
  consentContactRu: 'Это локальная демонстрация: с вами никто не свяжется.',
  consentPhotographsAz: 'Bu, yerli nümayişdir: fotoşəkillər bu kompüterdən kənarda dərc olunmur.',
  consentPhotographsEn: 'This is a local demonstration: photographs are published nowhere beyond this machine.',
  consentPhotographsRu: 'Это локальная демонстрация: фотографии не публикуются нигде за пределами этого компьютера.',
} as const;
