import { SOURCE_KEYS as S } from './sources';
import type { SeedEvent } from './types';

/**
 * Timeline events that the sources state. Each cites every seeded source that states it, with the
 * source's exact words (release bodies are hard-wrapped in places; quotes are compared with
 * whitespace collapsed). Descriptions say no more than the quotes; where the sources differ, the
 * description says so instead of choosing. A date a source does not give is never made precise:
 * the precision stays at what the words support, and the description explains any inferred period.
 */
export const events: SeedEvent[] = [
  {
    slug: 'campaign-to-break-off-nagorno-karabakh-from-1988',
    title: 'Campaign to break off Nagorno-Karabakh from Azerbaijan',
    description:
      'According to the 2021 release, from 1988 Armenians increased their activities to break off the Nagorno-Karabakh region from Azerbaijan.',
    date: '1988-01-01',
    datePrecision: 'YEAR',
    endDate: null,
    time: null,
    place: 'Nagorno-Karabakh',
    citations: [
      {
        sourceKey: S.release2021,
        quote: 'Since 1988, the Armenians increased their activities to break off the Nagorno Karabakh region from Azerbaijan',
      },
    ],
  },
  {
    slug: 'expulsion-of-azerbaijanis-from-armenia-1988-1989',
    title: 'Expulsion of Azerbaijanis from Armenia',
    description:
      'Azerbaijanis were forcibly expelled from Armenia in 1988–1989. The sources give different numbers: more than 250,000 (2020 release) and more than 200,000 (2022 release).',
    date: '1988-01-01',
    datePrecision: 'YEAR',
    endDate: '1989-01-01',
    time: null,
    place: 'Armenia',
    citations: [
      {
        sourceKey: S.release2020,
        quote:
          "Soviet authorities' connivance at the Armenian expansionists, who claimed Nagorno-Karabakh, an integral part of Azerbaijan, had already allowed Armenia to forcibly expel more than 250.000 Azerbaijanis from Armenia in 1988-1989.",
      },
      {
        sourceKey: S.release2022,
        quote:
          'At the end of the 1980’s the people of Azerbaijan filled the streets and squares of Baku and other cities to protest illegal territorial claims of neighboring Armenia, killings, persecution and forced mass expulsion of more than 200,000 Azerbaijanis from their ancestral lands in Armenia',
      },
    ],
  },
  {
    slug: 'armenian-ssr-supreme-council-decision-to-annex-nagorno-karabakh-1989-12',
    title: 'Supreme Council of the Armenian SSR decides to annex Nagorno-Karabakh',
    description:
      'In December 1989 the Supreme Council of the Armenian Soviet Republic decided to annex Nagorno-Karabakh to Armenia.',
    date: '1989-12-01',
    datePrecision: 'MONTH',
    endDate: null,
    time: null,
    place: null,
    citations: [
      {
        sourceKey: S.release2021,
        quote:
          'in December 1989, the Supreme Council of the Armenian Soviet Republic decided to annex Nagorno Karabakh to Armenia.',
      },
    ],
  },
  {
    slug: 'demonstrations-at-azadliq-square-baku-1989-1990',
    title: 'Mass demonstrations at Azadliq (Independence) Square in Baku',
    description:
      "Hundreds of thousands of people demonstrated in Baku and flocked to Azadliq (Independence) Square to protest the Soviet government and the Armenians' increasing demands for land. " +
      'The sources give no date: the 2021 release places the demonstrations after the December 1989 decision and before the army entered Baku, ' +
      'and the 2007 release speaks of the winter of 1989–1990, so the period shown is December 1989 to January 1990.',
    date: '1989-12-01',
    datePrecision: 'MONTH',
    endDate: '1990-01-01',
    time: null,
    place: 'Azadliq (Independence) Square, Baku',
    citations: [
      {
        sourceKey: S.release2021,
        quote:
          "Azerbaijan reacted to the decision with demonstrations held in Baku with hundreds of thousands of people. The people of Azerbaijan flocked to Azadliq (Independence) Square in Baku to protest the Soviet government and the Armenians' increasing demands for land.",
      },
      {
        sourceKey: S.release2021,
        quote:
          'Continuing demonstrations disturbed the Soviet Leadership and a decision was made to deploy an army in Baku.',
      },
      {
        sourceKey: S.release2007,
        quote:
          'In the winter of 1989-1990, the Azerbaijani National Movement reached a high peak with hundreds of thousands of people struggling for the ideals of independence, territorial integrity and democracy.',
      },
    ],
  },
  {
    slug: 'soviet-troops-enter-baku-night-of-19-20-january-1990',
    title: 'Soviet troops storm Baku; civilians are killed',
    description:
      'On the night of 19–20 January 1990 Soviet troops entered Baku with armoured vehicles and killed civilians. ' +
      'The sources differ on the state of emergency: the 2009 release says the troops moved in without it being declared, the 2021 release that it was declared.',
    date: '1990-01-20',
    datePrecision: 'DAY',
    endDate: null,
    // "The invasion was launched at the midnight" (2007 release).
    time: '00:00',
    place: 'Baku',
    citations: [
      {
        sourceKey: S.release2007,
        quote:
          'On that day the Soviet Army stormed Baky – capital of Azerbaijan to punish people rallied on the streets protesting against violations of the territorial integrity of Azerbaijan and the policy of the Communist authorities.',
      },
      {
        sourceKey: S.release2007,
        quote:
          'The invasion was launched at the midnight and committed with ferocity and no mercy for children, women and elderly.',
      },
      {
        sourceKey: S.release2009,
        quote:
          'Late at night on January 19, 1990, without declaring the state of emergency and upon the order of the leadership of the Soviet Union, about 30000 Soviet troops using heavy armored military equipment moved to Baku, capital of Azerbaijan.',
      },
      {
        sourceKey: S.release2020,
        quote:
          'Acting upon the orders of the USSR Communist Party leadership, 26 000 Soviet troops, heavily armed and equipped with military combat vehicles, attacked Baku to punish people rallying on the streets, protesting against violations of the territorial integrity of Azerbaijan and demanding freedom.',
      },
      {
        sourceKey: S.release2021,
        quote:
          'The Soviet army entered the city by shooting the unarmed civilians who tried to stop them. Tanks and heavy armored vehicles were driven over people, while fire was opened at ambulances and passenger buses. That night, 130 civilians lost their lives in Baku.',
      },
      {
        sourceKey: S.release2021,
        quote:
          'Although the state of emergency was declared by the Soviet administration in Baku, and the city was completely controlled by the Soviet army, people went out to the streets again to bury the martyrs.',
      },
      {
        sourceKey: S.release2022,
        quote:
          'During the night of 19-20 January 1990, following a series of provocations orchestrated by the central authorities and the USSR State Security Committee (KGB), Soviet troops attacked Baku and other major cities and towns in Azerbaijan.',
      },
    ],
  },
  {
    slug: 'killings-in-neftchala-and-lankaran-1990-01',
    title: 'Killings in Neftchala and Lankaran',
    description:
      'The Soviet army continued the killing in other cities in the south of the country, such as Neftchala and Lankaran. ' +
      'The 2021 release gives no date beyond saying the massacre continued after the night in Baku, so the month is shown.',
    date: '1990-01-01',
    datePrecision: 'MONTH',
    endDate: null,
    time: null,
    place: 'Neftchala and Lankaran',
    citations: [
      {
        sourceKey: S.release2021,
        quote:
          'The Soviet army continued its massacre in other cities such as Neftchala and Lankaran in the southern parts of the country, and a total of 147 Azerbaijani civilians became victims of the Jan. 20 massacre.',
      },
    ],
  },
  {
    slug: 'heydar-aliyev-statement-in-moscow-1990-01-21',
    title: 'Heydar Aliyev condemns the assault in Moscow',
    description:
      'On 21 January 1990 Heydar Aliyev, at Azerbaijan’s permanent mission in Moscow, condemned the Soviet leadership for the assault on Azerbaijan.',
    date: '1990-01-21',
    datePrecision: 'DAY',
    endDate: null,
    time: null,
    place: 'Moscow',
    citations: [
      {
        sourceKey: S.release2020,
        quote:
          'The next day, on January 21, 1990, Heydar Aliyev, national leader of Azerbaijan, at the press conference for the representatives of foreign mass media, organized in the Permanent Mission of Azerbaijan in Moscow, condemned the aggression of Soviet leadership against Azerbaijan and its people.',
      },
      {
        sourceKey: S.release2021,
        quote:
          'Immediately after the tragedy, on January 21, 1990, national leader Heydar Aliyev visited the office of Azerbaijan`s permanent representation in Moscow. He expressed solidarity with his people, sharply condemned the Soviet leadership for committing the bloody tragedy and exposed those who led the operation',
      },
    ],
  },
  {
    slug: 'funeral-of-the-victims-1990-01-22',
    title: 'Funeral of the victims in Baku',
    description: 'On 22 January 1990 the victims were buried in Baku.',
    date: '1990-01-22',
    datePrecision: 'DAY',
    endDate: null,
    time: null,
    place: 'Baku',
    citations: [
      {
        sourceKey: S.release2022,
        quote: 'On 22 January 1990, 2 million people attended the funeral ceremony of martyr\'s in Baku.',
      },
      {
        sourceKey: S.release2021,
        quote:
          'Although the state of emergency was declared by the Soviet administration in Baku, and the city was completely controlled by the Soviet army, people went out to the streets again to bury the martyrs.',
      },
      {
        sourceKey: S.wikipedia,
        quote: 'The funeral was on the third day, 22 January',
        verbatim: false,
      },
    ],
  },
  {
    slug: 'constitutional-act-on-independence-1991-10-18',
    title: 'Constitutional Act on Independence',
    description:
      'On 18 October 1991 Azerbaijan adopted the Constitutional Act on Independence; the 2020 and 2022 releases say Azerbaijan regained, or restored, its independence that day.',
    date: '1991-10-18',
    datePrecision: 'DAY',
    endDate: null,
    time: null,
    place: null,
    citations: [
      {
        sourceKey: S.release2007,
        quote: 'Year and a half later, on October 18, 1991 Azerbaijan adopted the Constitutional Act on Independence.',
      },
      {
        sourceKey: S.release2020,
        quote: 'On October 18, 1991 Azerbaijan regained its independence.',
      },
      {
        sourceKey: S.release2022,
        quote: 'On 18 October 1991, Azerbaijan restored its independence.',
      },
    ],
  },
  {
    slug: 'shahid-of-january-20-title-decrees-1999-12-16',
    title: 'Victims awarded the title “Shahid (Martyr) of January 20”',
    description:
      'By decrees of 16 December 1999 all the victims were awarded the title “Shahid (Martyr) of January 20”.',
    date: '1999-12-16',
    datePrecision: 'DAY',
    endDate: null,
    time: null,
    place: null,
    citations: [
      {
        sourceKey: S.wikipedia,
        verbatim: false,
        quote: 'by decrees of 16 December 1999 all the victims were awarded the title "Shahid (Martyr) of January 20".',
      },
    ],
  },
];
