import { SOURCE_KEYS } from '../sources';
import type { SeedCitation, SeedVictim, VictimFact } from '../types';
import { recordSource as s } from './sources';

/**
 * The people of public-record.md: every VERIFIED and CONFLICT entry of Part A and Part B, with only
 * what the file says each source states. Each citation names the facts it supports — the entry's
 * "Supports:" line, else the source named in brackets after the fact, else every source of the
 * entry. Where sources disagree, the record's field holds what they agree on (or nothing) and each
 * version is a disputed value with its source.
 *
 * Left out, as the file says: every DO NOT ADD entry, AMBIGUOUS facts (the shared infobox's two
 * mothers, the Sumqayıt pair's ages), computed dates (a "next birthday in 11 days" is not a birthday),
 * the method of the suicide, ethnicity where sources disagree, honours without a decree's number or
 * date, and the names of living relatives, witnesses and survivors. The summaries (circumstances,
 * occupation) are the memorial's English words, never a source's, so no citation quotes them.
 */

const cite = (source: string, supports: VictimFact[]): SeedCitation => ({ sourceKey: s(source), quote: null, supports });

/** A Part B person known only by name and home from one page. */
const SHAHID_LABEL_ONLY = 'The source names him among the "20 Yanvar" şəhids of Ağstafa district; it does not say how he died.';

export const recordVictims: SeedVictim[] = [
  // ---- Part A
  {
    slug: 'ilham-allahverdiyev',
    nameLatin: 'İlham Allahverdiyev',
    nameCyrillic: null,
    nameRussian: 'Ильхам Аллахвердиев',
    otherNames: ['İlham Əjdər oğlu Allahverdiyev', 'Ilham Ajdar oglu Allahverdiyev', 'Ilham Allahverdiyev'],
    description: null,
    sex: 'MALE',
    birthDate: '1962-06-12',
    birthDatePrecision: 'DAY',
    birthPlace: 'Ağdam district',
    age: null,
    fate: 'KILLED',
    deathDate: '1990-01-20',
    deathDatePrecision: 'DAY',
    deathPlace: 'Baku',
    circumstances:
      'On 19 January he took his wife to his mother’s home for safety, then went out. He was shot that night at the place now called the "20 Yanvar" roundabout in Baku; his family later found him in a hospital. He was first buried in a cemetery in Xırdalan and later moved to Şəhidlər Xiyabanı. The ship-repair plant now bears his name.',
    contentWarning: true,
    occupation: 'Lathe operator at the Dadaş Bünyadzadə ship-repair plant in Baku',
    burialPlace: 'Şəhidlər Xiyabanı (Alley of Martyrs), Baku',
    honours: null,
    biography: null,
    curatorNote:
      'The couple’s shared infobox lists two mothers without saying whose is whose: not assigned. The "Shaheed 20 de janeiro" awards field appears only in a machine-translated mirror (perceptiopt.com): not shown as an honour. Lovers’ Day start year differs (2003 news.az, 2004 anarim/anydayguide); not a victim fact.',
    citations: [
      cite('anarim-ilham-ferize', ['name', 'sex', 'birthDate', 'birthPlace', 'deathDate', 'deathPlace', 'occupation', 'burialPlace']),
      cite('metbuat-2019-lovers-day', ['fate', 'circumstances', 'burialPlace']),
      cite('asayis-lovers-day', ['fate', 'circumstances', 'burialPlace']),
      cite('metbuat-2023-ilham-ferize', ['birthDate', 'birthPlace', 'occupation']),
      cite('wiki-org-ilham-fariza', ['name', 'birthDate', 'birthPlace', 'occupation', 'deathDate', 'burialPlace']),
      cite('anydayguide-lovers-day', ['name', 'birthDate', 'birthPlace', 'occupation', 'burialPlace', 'fate']),
      cite('perceptiopt-ilham-fariza', ['name']),
      cite('news-az-lovers-day', ['fate']),
    ],
  },
  {
    slug: 'ferize-allahverdiyeva',
    nameLatin: 'Fərizə Allahverdiyeva',
    nameCyrillic: null,
    nameRussian: 'Фариза',
    otherNames: ['Fərizə Çoban qızı Allahverdiyeva', 'Fərizə Çoban qızı Nəbiyeva', 'Fariza Choban kyzy Nabiyeva', 'Fariza'],
    description: null,
    sex: 'FEMALE',
    birthDate: '1970-08-11',
    birthDatePrecision: 'DAY',
    birthPlace: 'Saral village, Spitak district, Armenian SSR',
    age: null,
    fate: 'TOOK_OWN_LIFE',
    // The sources agree on the month; the day is disputed (below).
    deathDate: '1990-01-01',
    deathDatePrecision: 'MONTH',
    deathPlace: null,
    circumstances: 'After learning that her husband, İlham Allahverdiyev, had been killed, she took her own life. She was pregnant.',
    contentWarning: true,
    occupation: 'Final-year student at Medical School No. 1',
    burialPlace: 'Şəhidlər Xiyabanı, Baku',
    honours: null,
    biography: null,
    curatorNote:
      'Never publish the method of her death that metbuat.az describes (safe-messaging practice). The couple’s infobox gives one death place, Bakı, for both; not stated for her separately.',
    citations: [
      cite('anarim-ilham-ferize', ['name', 'sex', 'birthDate', 'birthPlace', 'deathDate', 'occupation', 'burialPlace']),
      cite('ka-wikipedia-ilham-fariza', ['birthDate', 'deathDate']),
      cite('metbuat-2019-lovers-day', ['fate', 'circumstances']),
      cite('asayis-lovers-day', ['fate', 'circumstances']),
      cite('wiki-org-ilham-fariza', ['name', 'occupation', 'burialPlace', 'deathDate']),
      cite('news-az-lovers-day', ['name', 'fate']),
      cite('anydayguide-lovers-day', ['name']),
      cite('perceptiopt-ilham-fariza', ['name']),
    ],
    disputed: [
      { field: 'deathDate', date: '1990-01-21', datePrecision: 'DAY', sourceKey: s('anarim-ilham-ferize'), note: 'The lead sentence.' },
      { field: 'deathDate', date: '1990-01-21', datePrecision: 'DAY', sourceKey: s('ka-wikipedia-ilham-fariza') },
      { field: 'deathDate', date: '1990-01-20', datePrecision: 'DAY', sourceKey: s('anarim-ilham-ferize'), note: 'The couple’s single death date in the infobox.' },
      { field: 'deathDate', date: '1990-01-20', datePrecision: 'DAY', sourceKey: s('wiki-org-ilham-fariza'), note: 'Given for the couple.' },
    ],
  },
  {
    slug: 'ilqar-ibrahimov',
    nameLatin: 'İlqar İbrahimov',
    nameCyrillic: null,
    nameRussian: null,
    otherNames: ['İlqar Rəşid oğlu İbrahimov'],
    description: null,
    sex: 'MALE',
    birthDate: '1976-10-13',
    birthDatePrecision: 'DAY',
    birthPlace: 'Baku',
    age: 13,
    fate: 'KILLED',
    deathDate: '1990-01-20',
    deathDatePrecision: 'DAY',
    deathPlace: 'Baku',
    circumstances:
      'A friend’s account: the boys were taking firewood by car to people gathered at Red Army Square. Near the furniture factory a tank turned back and drove onto the car; the children ran. The friend later heard İlqar had been shot. The page notes that some details of the survivor’s retellings changed over time.',
    contentWarning: true,
    occupation: 'Pupil of class 7a, School No. 167',
    burialPlace: 'Şəhidlər Xiyabanı',
    honours: null,
    biography: null,
    curatorNote:
      'Single source (a Wikipedia mirror): corroborate. The infobox puts "20 Yanvar Şəhidi" in its cause-of-death field with no decree: not an honour. The survivors in the account (the friend, the neighbour who owned the car) are not named on the page.',
    citations: [cite('anarim-ilqar-ibrahimov', ['name', 'sex', 'birthDate', 'birthPlace', 'age', 'fate', 'deathDate', 'deathPlace', 'occupation', 'burialPlace', 'circumstances'])],
  },
  {
    slug: 'ulvi-bunyadzade',
    nameLatin: 'Ülvi Bünyadzadə',
    nameCyrillic: null,
    nameRussian: null,
    otherNames: ['Ülvi Yusif oğlu Bünyadzadə'],
    description: null,
    sex: 'MALE',
    birthDate: '1969-09-23',
    birthDatePrecision: 'DAY',
    birthPlace: 'Kəsəmən village, Basarkeçər district, Göyçə mahal',
    age: 20,
    fate: 'KILLED',
    deathDate: '1990-01-20',
    deathDatePrecision: 'DAY',
    deathPlace: 'Baku',
    circumstances:
      'A library calendar of dates says he was among those blocking the Soviet army’s entry into Baku on the night of 19–20 January and was killed at 00:20. Friends and teachers found his body at the Semashko hospital on the evening of 20 January.',
    contentWarning: true,
    occupation:
      'Student of the English faculty of the Azerbaijan Pedagogical Institute of Foreign Languages (APXDİ), which he entered in 1987; poet, publicist and translator',
    burialPlace: 'Şəhidlər Xiyabanı, Baku — grave No. 40',
    honours: '"20 Yanvar Şəhidi" honorary title, by Presidential decree No. 695 of 31 March 1998',
    biography: null,
    curatorNote: 'legalacts.az confirms the decree creating the title is dated 31.03.1998 but does not name him.',
    citations: [
      cite('turkustan-ulvi-bunyadzade', ['name', 'sex', 'birthDate', 'birthPlace', 'deathDate', 'deathPlace', 'occupation']),
      cite('azkurs-ulvi-bunyadzade', ['name', 'sex', 'birthDate', 'birthPlace', 'fate', 'occupation', 'circumstances', 'burialPlace']),
      cite('atesh-ulvi-bunyadzade', ['name', 'sex', 'burialPlace', 'honours']),
      cite('femida-ulvi-bunyadzade', ['birthDate', 'birthPlace', 'occupation']),
      cite('folklor-ulvi-bunyadzade', ['birthDate', 'birthPlace']),
      cite('anl-respublika-2020-ulvi-bunyadzade', ['age']),
      cite('anl-xalq-qazeti-2011', ['age']),
      cite('sia-ulvi-bunyadzade', ['name']),
      cite('legalacts-decree-695', ['honours']),
    ],
  },
  {
    // The same person as the record first seeded from Azerbaijan International; the address stays.
    slug: 'larissa-mammadova',
    // The record's first spelling (Azerbaijan International) stays its name; the others are kept as each source spells it.
    nameLatin: 'Larissa Mammadova',
    nameCyrillic: null,
    nameRussian: null,
    otherNames: ['Larisa Məmmədova', 'Larisa Fərman qızı Məmmədova', 'Larisa Mammadova', 'Лариса'],
    description: null,
    sex: 'FEMALE',
    // Never published: the one source that gives a birth date and place contradicts itself and her age.
    birthDate: null,
    birthDatePrecision: 'UNKNOWN',
    birthPlace: null,
    age: 13,
    fate: 'KILLED',
    deathDate: '1990-01-01',
    deathDatePrecision: 'MONTH',
    deathPlace: 'Baku',
    circumstances:
      'On the night of 19 January she went out with her father, a bus driver. Her mother says he was ferrying people to and from the demonstrations; another account says he went to move his bus. He was wounded and she was shot.',
    contentWarning: true,
    occupation: '7th-grade pupil of secondary school No. 134 (in 1990)',
    burialPlace: null,
    honours: null,
    biography: null,
    curatorNote:
      'metbuat.az 2021 gives a birth date and birthplace that contradict her age at death and each other (it names two birthplaces): never publish them without a better source. Burial not stated (azer.com speaks of Martyrs’ Lane generally). metbuat.az 2021’s sentence giving the date of death is cut off.',
    citations: [
      cite('qafqazinfo-larisa', ['name', 'sex', 'age', 'fate', 'deathDate']),
      { sourceKey: SOURCE_KEYS.azerbaijanInternational1999, quote: null, supports: ['name', 'sex', 'age', 'fate', 'deathDate', 'deathPlace', 'circumstances'] },
      cite('metbuat-2021-larisa', ['name', 'fate', 'deathPlace', 'circumstances']),
      cite('metbuat-2022-larisa', ['age', 'occupation']),
      cite('school-132-134', ['name', 'occupation']),
      cite('icma-ru-larisa', ['name', 'age', 'deathDate']),
    ],
    disputed: [
      { field: 'deathDate', date: '1990-01-20', datePrecision: 'DAY', sourceKey: s('qafqazinfo-larisa') },
      { field: 'deathDate', date: '1990-01-19', endDate: '1990-01-20', datePrecision: 'DAY', sourceKey: SOURCE_KEYS.azerbaijanInternational1999, note: 'The night of 19–20 January.' },
      { field: 'deathDate', date: '1990-01-19', endDate: '1990-01-20', datePrecision: 'DAY', sourceKey: s('icma-ru-larisa'), note: 'The night of 19–20 January.' },
    ],
  },
  ...haciZeynalabdinResidents(),
  {
    slug: 'mehman-muradov',
    nameLatin: 'Mehman Muradov',
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'MALE',
    age: null,
    fate: 'KILLED',
    deathDate: '1990-01-20',
    deathDatePrecision: 'DAY',
    deathPlace: null,
    home: 'Göyçay',
    circumstances:
      'His brother says Mehman was among the unarmed people who faced the tanks on the night of 19–20 January, but that he was killed around midday on 20 January. The family was first told he was wounded; they learned of his death on 21 January after searching in Baku.',
    occupation: null,
    burialPlace: null,
    biography: null,
    curatorNote: 'Burial NOT CONFIRMED: the AZƏRTAC text breaks off mid-sentence. Do not state where he is buried. Place of death not stated explicitly (the context is Baku).',
    citations: [cite('azertag-mehman-muradov', ['name', 'sex', 'home', 'fate', 'deathDate', 'circumstances'])],
  },
  {
    slug: 'resid-ismayilov',
    nameLatin: 'Rəşid İsmayılov',
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'NOT_STATED',
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    home: 'Ağtəhlə village, Qardabani, Georgia',
    circumstances: 'Both sources call him a "20 Yanvar" şəhid; the Azerbaijani embassy in Georgia visited his family.',
    occupation: null,
    burialPlace: null,
    biography: null,
    curatorNote: 'AZƏRTAC’s text is cut off at "İsmayılov Rəş…". Qardabani municipality (realnews.ge) / district (AZƏRTAC).',
    citations: [cite('realnews-ge-2026', ['name', 'home', 'circumstances']), cite('azerbaijan-news-georgia-2021', ['home', 'circumstances'])],
  },
  {
    slug: 'alexander-markhevka',
    nameLatin: 'Alexander Markhevka',
    nameCyrillic: null,
    nameRussian: 'Александр Мархевка',
    otherNames: ['Alexander Marchevka', 'Саша Мархевка'],
    description: null,
    sex: 'MALE',
    age: null,
    fate: 'KILLED',
    deathDate: '1990-01-01',
    deathDatePrecision: 'MONTH',
    deathPlace: 'Baku',
    circumstances: 'He was killed in an ambulance while rushing to help the wounded.',
    contentWarning: true,
    occupation: 'Emergency (ambulance) doctor',
    burialPlace: null,
    honours: null,
    biography: null,
    curatorNote: 'Ethnicity: the sources disagree (JPost, Jewish News, Algemeiner, AzerNews 2014 and the Yevdayev op-ed vs Newsland’s title): not shown.',
    citations: [
      cite('jpost-2021', ['name', 'occupation', 'fate']),
      cite('jewish-news-2021', ['name', 'occupation', 'fate', 'deathDate', 'deathPlace']),
      cite('algemeiner-2021', ['name', 'fate']),
      cite('azertag-920883', ['name', 'fate', 'circumstances']),
      cite('azernews-63676', ['name', 'occupation', 'fate']),
      cite('vestikavkaza-en-unforgettable-january', ['name', 'fate']),
      cite('vestikavkaza-ru-nezabyvaemyy-yanvar', ['name', 'sex', 'fate']),
      cite('newsland-markhevka', ['name', 'sex', 'occupation']),
    ],
  },
  {
    slug: 'vera-bessantina',
    nameLatin: 'Vera Bessantina',
    nameCyrillic: null,
    nameRussian: 'Вера Бисантина',
    otherNames: ['Vera Bisantina'],
    description: null,
    sex: 'FEMALE',
    // Disputed: 17 or 16 (below).
    age: null,
    fate: 'KILLED',
    deathPlace: 'Baku',
    circumstances: 'She was at home. She had just finished music studies and hoped to become a violinist.',
    contentWarning: true,
    occupation: null,
    burialPlace: null,
    biography: null,
    curatorNote: 'A poem on stihi.ru spells the name "Вера Бессантина" and frames her death differently; it is a literary piece, not a source, and is not cited.',
    citations: [
      cite('jpost-2021', ['name', 'age', 'fate']),
      cite('jewish-news-2021', ['name', 'age', 'fate', 'deathPlace']),
      cite('algemeiner-2021', ['name', 'age', 'fate']),
      cite('azertag-920883', ['name', 'sex', 'age', 'fate', 'circumstances']),
      cite('azernews-63676', ['name', 'age', 'fate']),
      cite('vestikavkaza-en-unforgettable-january', ['name', 'fate', 'circumstances']),
      cite('vestikavkaza-ru-nezabyvaemyy-yanvar', ['name', 'fate', 'circumstances']),
    ],
    disputed: [
      { field: 'age', number: 17, sourceKey: s('jpost-2021') },
      { field: 'age', number: 17, sourceKey: s('jewish-news-2021') },
      { field: 'age', number: 17, sourceKey: s('algemeiner-2021') },
      { field: 'age', number: 17, sourceKey: s('azernews-63676') },
      { field: 'age', number: 16, sourceKey: s('azertag-920883') },
    ],
  },
  {
    slug: 'yan-meerovich',
    nameLatin: 'Yan Meerovich',
    nameCyrillic: null,
    nameRussian: 'Ян Меерович',
    otherNames: ['Yan Meyerovich', 'Ian Meyerovich', 'Яник'],
    description: null,
    sex: 'MALE',
    age: null,
    fate: 'KILLED',
    // The night of 19–20 January (the memoir): the month is what a date can say without choosing a day.
    deathDate: '1990-01-01',
    deathDatePrecision: 'MONTH',
    deathPlace: 'On the road to Baku airport',
    circumstances:
      'A memoir says that on the night of 19–20 January he and his friend, Elchin Mirzoyev, were driving an elderly neighbour to the airport at her request; both were killed. His body was identified only later.',
    contentWarning: true,
    occupation: 'Businessman',
    burialPlace: null,
    honours: null,
    biography: null,
    curatorNote: 'Date of death: the night of 19–20 January 1990 (memoir); stored as January 1990, with the night in the circumstances.',
    citations: [
      cite('jpost-2021', ['name', 'fate', 'wounds']),
      cite('jewish-news-2021', ['name', 'fate', 'wounds']),
      cite('algemeiner-2021', ['name', 'fate', 'wounds']),
      cite('azertag-920883', ['name', 'fate', 'wounds']),
      cite('azernews-63676', ['name', 'occupation']),
      cite('vestikavkaza-ru-nezabyvaemyy-yanvar', ['name', 'fate']),
      cite('proza-eta-strashnaya-noch', ['name', 'sex', 'deathDate', 'deathPlace', 'circumstances']),
      cite('newsland-eta-strashnaya-noch', ['name', 'deathDate', 'deathPlace', 'circumstances']),
    ],
    disputed: [
      { field: 'wounds', number: 22, sourceKey: s('jpost-2021'), note: '"died from sustaining 22 wounds"' },
      { field: 'wounds', number: 22, sourceKey: s('jewish-news-2021') },
      { field: 'wounds', number: 22, sourceKey: s('algemeiner-2021') },
      { field: 'wounds', number: 20, sourceKey: s('azertag-920883'), note: '"endured 20 bullets"' },
    ],
  },
  {
    slug: 'elchin-mirzoyev',
    // No cited source spells the name in Azerbaijani letters; "Elchin Mirzoyev" is only a transliteration.
    nameLatin: null,
    nameCyrillic: null,
    nameRussian: 'Эльчин Мирзоев',
    description: null,
    sex: 'MALE',
    age: null,
    fate: 'KILLED',
    deathDate: '1990-01-01',
    deathDatePrecision: 'MONTH',
    deathPlace: 'On the road to the airport, Baku',
    circumstances:
      'He was travelling with his friend Yan Meerovich, driving an elderly neighbour to the airport. His family was told on the morning of 20 January, because the wrecked car was registered in his name. 19 bullet wounds were found on him.',
    contentWarning: true,
    occupation: null,
    burialPlace: null,
    biography: null,
    status: 'DRAFT',
    curatorNote:
      'Caution from the public record: only one literary memoir (posted twice, proza.ru and newsland) supports this record. Corroborate before publishing. Date of death: the night of 19–20 January 1990.',
    citations: [
      cite('proza-eta-strashnaya-noch', ['name', 'sex', 'fate', 'deathDate', 'deathPlace', 'circumstances']),
      cite('newsland-eta-strashnaya-noch', ['name', 'sex', 'fate', 'deathDate', 'deathPlace', 'circumstances']),
    ],
  },

  // ---- Lənkəran, the Haftoni forest
  ...haftoniVictims(),

  {
    slug: 'nureddin-agahuseynov',
    nameLatin: 'Nurəddin Ağahüseynov',
    nameCyrillic: null,
    nameRussian: 'Нуреддин Агагусейнов',
    otherNames: ['Ağahüseynov Nürəddin Aslan oğlu'],
    description: null,
    sex: 'MALE',
    age: 29,
    fate: 'KILLED',
    deathDate: '1990-01-25',
    deathDatePrecision: 'DAY',
    deathPlace: 'Neftçala',
    home: 'Hasanabad settlement',
    circumstances:
      'On the evening of 25 January Soviet troops fired on his car as he drove home through the centre of Neftçala. He was wounded in the head. Residents took him to hospital, but he could not be saved. The accounts differ on a detail: coming home after buying food (Report) or from work (AZƏRTAC, Caliber.az).',
    contentWarning: true,
    occupation: 'Cook at a public-catering facility on the Kura river',
    burialPlace: null,
    honours: null,
    biography: null,
    curatorNote:
      '"Azadlıq uğrunda mübariz" title, posthumously (uluyol.info): no decree number or date is cited (the award year is implied), so it is not shown as an honour. His widow, left with three young children, is not named on the page.',
    citations: [
      cite('report-neftcala-2026', ['name', 'circumstances']),
      cite('icma-azertac-neftcala', ['name', 'fate', 'deathPlace', 'circumstances']),
      cite('caliber-agahuseynov', ['name', 'home', 'deathDate', 'deathPlace', 'age', 'fate', 'occupation', 'circumstances']),
      cite('uluyol-neftcala-27', ['name', 'sex']),
    ],
  },
  {
    slug: 'ebulfez-cefarov',
    nameLatin: 'Əbülfəz Cəfərov',
    nameCyrillic: null,
    nameRussian: null,
    otherNames: ['Cəfərov Əbülfəz Böyükağa oğlu'],
    description: null,
    sex: 'MALE',
    birthDate: '1966-01-01',
    birthDatePrecision: 'YEAR',
    birthPlace: 'Bankə settlement, Neftçala district',
    age: 24,
    // "killed" (report.az) or "died of wounds in transit" (cls.az): not reconciled.
    fate: 'NOT_STATED',
    deathPlace: null,
    circumstances:
      'The sources place his death in the events of 25 January 1990 in Neftçala and differ on how he died: Report describes him as killed in the Neftçala events; Yeniçağ (citing Report) says he was shot while helping wounded people out of a medical post, and that soldiers broke his arm and ribs and threw him into a vehicle; cls.az says he was shot in the leg and chest after rushing at soldiers he had seen mistreating detainees, and died on the aircraft flying detainees to Baku. Report and the AZƏRTAC headline say soldiers cut off his finger to take his engagement ring; cls.az says they took the ring off his finger and took his watch.',
    contentWarning: true,
    occupation: 'Worked on a fishing vessel',
    burialPlace: null,
    honours: null,
    biography: null,
    curatorNote:
      '"Azadlıq uğrunda mübariz" (uluyol.info; "Azadlıq yolunda mübariz" per cls.az): no decree number or date cited, not shown as an honour. cls.az says his school was named after him. His brother and fiancée are not named on the page.',
    citations: [
      cite('report-neftcala-2026', ['name', 'fate', 'deathPlace', 'circumstances']),
      cite('yenicag-ebulfez', ['name', 'deathPlace', 'circumstances']),
      cite('icma-azertac-neftcala', ['circumstances']),
      cite('cls-banke-library', ['name', 'birthDate', 'birthPlace', 'age', 'occupation', 'fate', 'deathPlace', 'circumstances']),
      cite('uluyol-neftcala-27', ['name', 'sex']),
    ],
    disputed: [
      { field: 'deathPlace', text: 'Neftçala, in the events of 25 January', sourceKey: s('report-neftcala-2026') },
      { field: 'deathPlace', text: 'Neftçala, outside a medical post', sourceKey: s('yenicag-ebulfez') },
      { field: 'deathPlace', text: 'On an aircraft over the Caspian Sea, being flown to Baku', sourceKey: s('cls-banke-library') },
    ],
  },

  // ---- Part B
  {
    slug: 'vefadar-eminov',
    nameLatin: 'Vəfadar Eminov',
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'MALE',
    age: 24,
    fate: 'KILLED',
    deathDate: '1990-01-01',
    deathDatePrecision: 'MONTH',
    deathPlace: null,
    home: 'Kirəç-Muğanlı village, Marneuli district, Georgia',
    circumstances:
      'One account: on 21 January 1990 he sat an exam, went to a hospital around 13:00 to give blood for the wounded, and was shot as he left. Another places his death in the killings of the night of 19–20 January.',
    contentWarning: true,
    occupation: 'Evening-course student at the Law Faculty of Baku State University and a worker at Sewing Factory No. 1',
    burialPlace: 'Şəhidlər Xiyabanı',
    honours: null,
    biography: null,
    curatorNote: 'Village spellings vary: "Kirəç-Muğanlı" (Report via icma.az), "Kirəc-Muğanlı" (AZƏRTAC), "Kirəçmuğanlı" (aqreqator.az). His brother is not named on the page.',
    citations: [
      cite('icma-vefadar-eminov', ['name', 'home', 'occupation', 'fate', 'deathDate', 'circumstances']),
      cite('aqreqator-vefadar-eminov', ['name', 'age', 'sex', 'home', 'occupation', 'deathDate', 'burialPlace', 'circumstances']),
      cite('azerbaijan-news-georgia-2021', ['name', 'home']),
    ],
    disputed: [
      { field: 'deathDate', date: '1990-01-21', datePrecision: 'DAY', sourceKey: s('icma-vefadar-eminov') },
      { field: 'deathDate', date: '1990-01-19', endDate: '1990-01-20', datePrecision: 'DAY', sourceKey: s('aqreqator-vefadar-eminov'), note: 'The killings of the night of 19–20 January.' },
    ],
  },
  {
    slug: 'ismayil-mursaqulov',
    nameLatin: 'Mursaqulov İsmayıl Həsən oğlu',
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'MALE',
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    home: 'Qızılhacılı village, Marneuli district, Georgia',
    circumstances: 'His family lives in Qızılhacılı village; the page names him among the 20 January şəhids from Georgia.',
    occupation: null,
    burialPlace: null,
    biography: null,
    curatorNote: 'xeberle.com names an "İsmayıl Mirsaqulov" among three Sumqayıt scientists killed. It is not known whether this is the same person: do not merge.',
    citations: [cite('azerbaijan-news-georgia-2021', ['name', 'sex', 'home', 'circumstances'])],
  },
  {
    slug: 'ilqar-ehmedov',
    nameLatin: 'Əhmədov İlqar Hümbət oğlu',
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'MALE',
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    home: null,
    circumstances: 'One of the six people from Georgia the page names; his grave and family are in Faxralı village, Bolnisi district, Georgia.',
    occupation: null,
    burialPlace: 'Faxralı village, Bolnisi district, Georgia',
    biography: null,
    curatorNote: 'The page does not say he came from Faxralı: home left empty.',
    citations: [cite('azerbaijan-news-georgia-2021', ['name', 'sex', 'burialPlace', 'circumstances'])],
  },
  {
    slug: 'tengiz-turabov',
    nameLatin: 'Turabov Tengiz Məmməd oğlu',
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'MALE',
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    home: 'Kəpənəkçi village, Bolnisi district, Georgia',
    circumstances: 'His family lives in Kəpənəkçi village; the page names him among the 20 January şəhids from Georgia.',
    occupation: null,
    burialPlace: null,
    biography: null,
    citations: [cite('azerbaijan-news-georgia-2021', ['name', 'sex', 'home', 'circumstances'])],
  },
  {
    slug: 'elcin-imanov',
    nameLatin: 'Elçin İmanov',
    nameCyrillic: null,
    nameRussian: null,
    otherNames: ['Elçin Beydulla oğlu İmanov'],
    description: null,
    sex: 'MALE',
    birthDate: '1967-08-12',
    birthDatePrecision: 'DAY',
    birthPlace: 'Salyan',
    age: null,
    fate: 'DIED_OF_WOUNDS',
    deathPlace: 'Hospital No. 4 (intensive-care unit)',
    circumstances:
      'He had gathered with fellow students outside the House of Culture of the Lieutenant Schmidt plant on the night of 19–20 January. He was wounded when soldiers opened fire; his friends took him to Hospital No. 4, where he died of gunshot wounds in the intensive-care unit. He had finished school in Şirvan in 1984.',
    contentWarning: true,
    occupation: '4th-year student of the stomatology faculty, Azerbaijan Medical University',
    burialPlace: null,
    biography: null,
    curatorNote:
      'Another account exists (a page of baku.ws: age 23, shot in a dormitory yard by fire from a tank). Its address was not kept, so it is not cited. The date of death is not stated separately.',
    citations: [cite('icma-azertac-elcin-imanov', ['name', 'sex', 'birthDate', 'birthPlace', 'occupation', 'fate', 'deathPlace', 'circumstances'])],
  },
  {
    slug: 'firuz-cabbarov',
    nameLatin: 'Firuz Cabbarov',
    nameCyrillic: null,
    nameRussian: null,
    otherNames: ['Firuz Vəli oğlu Cabbarov'],
    description: null,
    sex: 'MALE',
    birthDate: '1972-01-01',
    birthDatePrecision: 'YEAR',
    // "Native of": his origin, not a stated birthplace.
    birthPlace: null,
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    home: 'Babaşlı village, Kəlbəcər district',
    circumstances: 'The source calls him Kəlbəcər’s only "20 Yanvar" şəhid and says he went out with fellow students that day.',
    occupation: 'Student at an accounting technical college in Baku',
    burialPlace: null,
    biography: null,
    curatorNote: '"20 Yanvar şəhidi" title by Presidential order (Sərəncam), with no date or number given: not shown as an honour. His sister is not named on the page.',
    citations: [cite('icma-firuz-cabbarov', ['name', 'sex', 'birthDate', 'birthPlace', 'home', 'occupation', 'circumstances'])],
  },
  {
    slug: 'aslan-agaverdiyev',
    nameLatin: 'Aslan Ağaverdiyev',
    nameCyrillic: null,
    nameRussian: null,
    otherNames: ['Aslan Əlikram oğlu Ağaverdiyev'],
    description: null,
    sex: 'MALE',
    birthDate: '1952-08-24',
    birthDatePrecision: 'DAY',
    birthPlace: 'Baku',
    age: null,
    fate: 'DIED_OF_WOUNDS',
    deathDate: '1990-01-21',
    deathDatePrecision: 'DAY',
    deathPlace: null,
    circumstances:
      'Around 22:00 on the night of the assault he was in front of the former Nakhchivan hotel, helping move women and children back from the soldiers. He was shot when the order to fire was given, around 00:01, and underwent surgery in a hospital without electricity. School No. 31 in Yasamal district is named after him.',
    contentWarning: true,
    occupation: null,
    burialPlace: null,
    honours:
      '"Azadlıq Uğrunda Mübariz", posthumously, under Law No. 48 of 13 January 1992; "20 yanvar şəhidi" under Presidential decree No. 695 of 31 March 1998',
    biography: null,
    curatorNote: 'The source says "yanvarın 21-də"; the year comes from the context of that night.',
    citations: [cite('school-31-fexrimiz', ['name', 'sex', 'birthDate', 'birthPlace', 'fate', 'deathDate', 'circumstances', 'honours'])],
  },
  ...sumqayitScientists(),
  ...samaxiResidents(),
  {
    slug: 'habil-ezizov',
    nameLatin: 'Habil Əzizov',
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'NOT_STATED',
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    home: 'Vurğun settlement, Ağstafa district',
    circumstances: SHAHID_LABEL_ONLY,
    occupation: null,
    burialPlace: null,
    biography: null,
    curatorNote: 'Officials visited the graves in the settlements where the Ağstafa şəhids are buried; his own burial settlement is not named.',
    citations: [cite('agstafa-ih-2024', ['name', 'home', 'circumstances'])],
  },
  ...lenkeranYoungMen(),
  {
    slug: 'cebrayil-xanmemmedov',
    nameLatin: 'Cəbrayıl Xanməmmədov',
    nameCyrillic: null,
    nameRussian: 'Джабраил Ханмаммадов',
    description: null,
    sex: 'MALE',
    age: null,
    fate: 'NOT_STATED',
    // "who died on 20 January" (report.az/ru), in the context of the 1990 tragedy.
    deathDate: '1990-01-20',
    deathDatePrecision: 'DAY',
    deathPlace: null,
    circumstances: 'Report says he died on 20 January, in the context of the 1990 tragedy; the YAP Səbail page calls him a "20 yanvar şəhidi".',
    occupation: null,
    burialPlace: null,
    biography: null,
    curatorNote: 'His widow and son are named by the sources; not on the page.',
    citations: [cite('yapsebail-2018-catalogue', ['name', 'sex', 'circumstances']), cite('report-ru-mchs-2026', ['name', 'sex', 'deathDate', 'circumstances'])],
  },
];

/** The six people az.wikipedia names as killed in the Haftoni forest (five also in anl.az 2019). */
function haftoniVictims(): SeedVictim[] {
  const people: [slug: string, name: string, russian: string | null, inAnl: boolean][] = [
    ['tariyel-abdullayev', 'Tariyel Abdullayev', null, false],
    ['salman-baxsiyev', 'Salman Baxşıyev', 'Салман Бахшиев', true],
    ['rovsen-bedelov', 'Rövşən Bədəlov', null, true],
    ['vaqif-memmedov', 'Vaqif Məmmədov', null, true],
    ['rahim-memmedov', 'Rahim Məmmədov', null, true],
    ['sahin-memmedov', 'Şahin Məmmədov', null, true],
  ];
  return people.map(([slug, nameLatin, nameRussian, inAnl]) => {
    const citations: SeedCitation[] = [cite('az-wikipedia-lenkeran-hadiseleri', ['name', 'fate', 'deathDate', 'deathPlace', 'burialPlace', 'circumstances'])];
    if (inAnl) citations.push(cite('anl-azerbaycan-2019-qanla-yazilan-tarix', ['name', 'fate', 'deathPlace', 'home', 'circumstances']));
    if (slug === 'salman-baxsiyev') {
      citations.push(cite('sonxeber-lenkeran-35', ['name', 'sex']), cite('oxu-ru-lenkeran-35', ['name', 'sex']));
    }
    return {
      slug,
      nameLatin,
      nameCyrillic: null,
      nameRussian,
      description: null,
      sex: slug === 'salman-baxsiyev' ? 'MALE' : 'NOT_STATED',
      age: null,
      fate: 'KILLED',
      // Every version of the disputed date (the Haftoni event shows each) falls in January 1990.
      deathDate: '1990-01-01',
      deathDatePrecision: 'MONTH',
      deathPlace: 'Haftoni forest, near Lənkəran',
      home: inAnl ? 'Lənkəran district' : null,
      circumstances: inAnl
        ? 'Troops attacked the Haftoni forest, where liberation-movement members were sheltering, and shot five Lənkəran district residents; the sources name him among them. The date of the killings is disputed.'
        : 'az.wikipedia names him among six people killed by soldiers in the Haftoni forest. The date of the killings is disputed.',
      contentWarning: true,
      occupation: null,
      burialPlace: 'Şəhidlər Xiyabanı, Lənkəran',
      biography: null,
      status: slug === 'tariyel-abdullayev' ? 'DRAFT' : 'PUBLISHED',
      curatorNote:
        slug === 'tariyel-abdullayev'
          ? 'Caution from the public record: only az.wikipedia names him, and the date is disputed. The anl.az list of the five people shot in Haftoni leaves him out; that text is cut off after the list, so he may be mentioned further on. Needs a second source before publishing.'
          : slug === 'salman-baxsiyev'
            ? 'His daughter (12 at the time) says he had been away for days at gatherings on Azadlıq Square and last came home on 24 January (sonxeber.az; oxu.az). She is not named on the page.'
            : null,
      citations,
    };
  });
}

/** The three scientists of Sumqayıt killed near Ceyranbatan (xeberle.com, one source). */
function sumqayitScientists(): SeedVictim[] {
  const people: [slug: string, name: string][] = [
    ['ibrahim-ibrahimov', 'İbrahim İbrahimov'],
    ['ismayil-mirsaqulov', 'İsmayıl Mirsaqulov'],
    ['svetlana-memmedova', 'Svetlana Məmmədova'],
  ];
  return people.map(([slug, nameLatin]) => ({
    slug,
    nameLatin,
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'NOT_STATED',
    age: null,
    fate: 'KILLED',
    deathDate: '1990-01-01',
    deathDatePrecision: 'MONTH',
    deathPlace: 'Km 24 of the Sumqayıt–Baku highway, Ceyranbatan settlement area',
    home: null,
    circumstances:
      'One of three scientists from Sumqayıt killed when a Soviet armoured vehicle crushed their car as they were returning from work to Baku.',
    contentWarning: true,
    occupation: 'Scientist',
    burialPlace: null,
    biography: null,
    curatorNote:
      slug === 'ismayil-mirsaqulov'
        ? 'Possibly the same person as "Mursaqulov İsmayıl Həsən oğlu" (AZƏRTAC 2021, Georgia): not known, do not merge.'
        : 'Single source — corroborate.',
    citations: [cite('xeberle-sumqayit-2021', ['name', 'fate', 'deathDate', 'deathPlace', 'occupation', 'circumstances'])],
  }));
}

/** The "five young men from Lənkəran" of anl.az 2019 (one source; the Baku context is the article's). */
function lenkeranYoungMen(): SeedVictim[] {
  const people: [slug: string, name: string][] = [
    ['mircamal-ebulfetov', 'Mircamal Əbülfətov'],
    ['telman-bagirov', 'Telman Bağırov'],
    ['asif-esedullayev', 'Asif Əsədullayev'],
    ['eflatun-kazimov', 'Əflatun Kazımov'],
    ['azad-mirzeyev', 'Azad Mirzəyev'],
  ];
  return people.map(([slug, nameLatin]) => ({
    slug,
    nameLatin,
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    // The file states no sex for them ("young men" is its translation).
    sex: 'NOT_STATED',
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    home: 'Lənkəran',
    circumstances: 'One of five young men from Lənkəran who, the source says, died heroically during the 20 January events.',
    occupation: null,
    burialPlace: null,
    biography: null,
    curatorNote:
      'The article’s context is Baku; sonxeber.az and oxu.az separately say five Lənkəran natives died in Baku on the night of 19–20 January without naming them. Linking these names to Baku would combine two sources, so no place of death is given.',
    citations: [cite('anl-azerbaycan-2019-qanla-yazilan-tarix', ['name', 'sex', 'home', 'circumstances'])],
  }));
}

/** The two Şamaxı district residents of the district authority's 2017 page. */
function samaxiResidents(): SeedVictim[] {
  const people: [slug: string, name: string][] = [
    ['vidadi-memmedov', 'Məmmədov Vidadi Üzeyir oğlu'],
    ['aganezer-israyilov', 'İsrayılov Ağanəzər Araz oğlu'],
  ];
  return people.map(([slug, nameLatin]) => ({
    slug,
    nameLatin,
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    // "oğlu": son of.
    sex: 'MALE',
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    home: 'Şamaxı district',
    circumstances: 'A resident of Şamaxı district who became a şəhid in Bloody January; the district head visited the graves.',
    occupation: null,
    burialPlace: null,
    biography: null,
    curatorNote: 'Which cemetery holds him is stated only in an excerpt without an address: not used.',
    citations: [cite('shamaxi-ih-2017', ['name', 'sex', 'home', 'circumstances'])],
  }));
}

/**
 * The two residents of the Hacı Zeynalabdin settlement (Sumqayıt) of the Xalq qazeti article. The
 * article's two ages ("one was 29, the other 25") are not assigned, and no birthday is computed from
 * its "next birthday in so many days".
 */
function haciZeynalabdinResidents(): SeedVictim[] {
  const people: [slug: string, name: string, daysToBirthday: number][] = [
    ['sakir-agakisiyev', 'Şakir Ağakişiyev', 11],
    ['elcin-baxseliyev', 'Elçin Baxşəliyev', 22],
  ];
  return people.map(([slug, nameLatin, daysToBirthday]) => ({
    slug,
    nameLatin,
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'NOT_STATED',
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    home: 'Hacı Zeynalabdin settlement, Sumqayıt',
    circumstances: 'One of two residents of the Hacı Zeynalabdin settlement whom the source names among those who died in the 20 January events.',
    occupation: null,
    burialPlace: null,
    biography: null,
    curatorNote: `The source gives two ages ("one was 29, the other 25") without saying whose: not assigned. His next birthday "would have come ${daysToBirthday} days later": no date computed.`,
    citations: [cite('icma-bir-qesebenin-2-sehidi', ['name', 'home', 'circumstances'])],
  }));
}
