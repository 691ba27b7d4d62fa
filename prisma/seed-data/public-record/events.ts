import type { SeedCitation, SeedEvent, EventFact } from '../types';
import { recordSource as s } from './sources';

/**
 * The three events public-record.md adds to the timeline, and no others. Each description says no
 * more than its sources; the Haftoni killings' date is disputed, so the event is dated to the month
 * every version falls in, and each version is kept with its source.
 */

const cite = (source: string, supports: EventFact[]): SeedCitation => ({ sourceKey: s(source), quote: null, supports });

export const recordEvents: SeedEvent[] = [
  {
    slug: 'killings-in-neftcala-1990-01-25',
    title: 'Killings in Neftçala',
    description:
      'On 25 January 1990 Soviet troops killed people in Neftçala, where no state of emergency had been declared. The sources name Nurəddin Ağahüseynov and Əbülfəz Cəfərov among them. ' +
      'They give the number of Neftçala residents killed as 2 (AZƏRTAC; uluyol.info) or 1 (Azərbaycan, 2019); AZƏRTAC adds that more than 10 received gunshot wounds and 50 were arrested and taken to Baku.',
    date: '1990-01-25',
    datePrecision: 'DAY',
    endDate: null,
    time: null,
    place: 'Neftçala',
    citations: [
      cite('icma-azertac-neftcala', ['title', 'date', 'place', 'description']),
      cite('caliber-agahuseynov', ['date', 'place', 'description']),
      cite('report-neftcala-2026', ['place', 'description']),
      cite('uluyol-neftcala-27', ['title', 'date', 'place', 'description']),
      cite('anl-azerbaycan-2019-qanla-yazilan-tarix', ['place', 'description']),
      cite('report-en-2026', ['date', 'place', 'description']),
    ],
  },
  {
    slug: 'killings-in-the-haftoni-forest-near-lenkeran-1990-01',
    title: 'Killings in the Haftoni forest near Lənkəran',
    description:
      'Troops attacked the Haftoni forest near Lənkəran with tanks and helicopters, where members of the liberation movement were sheltering, and shot residents of the Lənkəran district. ' +
      'az.wikipedia names six people killed there; the Azərbaycan newspaper (2019) names five of them. The sources disagree on the date, and none gives a date of death for any of them.',
    date: '1990-01-01',
    datePrecision: 'MONTH',
    endDate: null,
    time: null,
    place: 'Haftoni forest, near Lənkəran',
    citations: [
      cite('az-wikipedia-lenkeran-hadiseleri', ['title', 'date', 'place', 'description']),
      cite('anl-azerbaycan-2019-qanla-yazilan-tarix', ['title', 'place', 'description']),
      cite('sonxeber-lenkeran-35', ['date']),
      cite('oxu-ru-lenkeran-35', ['date']),
      cite('docslib-bloody-memory', ['date']),
      cite('report-en-2026', ['date']),
      cite('xalqcebhesi-yaddasin-xatiresi', ['date']),
    ],
    disputed: [
      { field: 'date', date: '1990-01-19', endDate: '1990-01-20', datePrecision: 'DAY', sourceKey: s('az-wikipedia-lenkeran-hadiseleri'), note: 'The infobox.' },
      { field: 'date', date: '1990-01-26', datePrecision: 'DAY', sourceKey: s('sonxeber-lenkeran-35'), note: 'Five days after the Baku killings; "the 26 January events".' },
      { field: 'date', date: '1990-01-26', datePrecision: 'DAY', sourceKey: s('oxu-ru-lenkeran-35') },
      { field: 'date', date: '1990-01-26', datePrecision: 'DAY', sourceKey: s('docslib-bloody-memory'), note: 'January 26 in Lankaran.' },
      { field: 'date', date: '1990-01-26', datePrecision: 'DAY', sourceKey: s('report-en-2026'), note: 'January 26 in Lankaran.' },
      { field: 'date', date: '1990-01-25', endDate: '1990-01-26', datePrecision: 'DAY', sourceKey: s('xalqcebhesi-yaddasin-xatiresi'), note: 'The night of 25–26 January.' },
    ],
  },
  {
    slug: 'three-scientists-killed-near-ceyranbatan-1990-01',
    title: 'Three scientists from Sumqayıt killed on the Sumqayıt–Baku highway',
    description:
      'During the January 1990 events a Soviet armoured vehicle crushed the car of three scientists from Sumqayıt — İbrahim İbrahimov, İsmayıl Mirsaqulov and Svetlana Məmmədova — as they were returning from work to Baku, at km 24 of the Sumqayıt–Baku highway, in the Ceyranbatan settlement area.',
    date: '1990-01-01',
    datePrecision: 'MONTH',
    endDate: null,
    time: null,
    place: 'Km 24 of the Sumqayıt–Baku highway, near Ceyranbatan',
    citations: [cite('xeberle-sumqayit-2021', ['title', 'date', 'place', 'description'])],
  },
];
