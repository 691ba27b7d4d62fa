/**
 * Benchmark of the victims name search: `npm run bench:search`.
 *
 * Creates its own scratch database `memorial_bench_search_<timestamp>_<pid>` on the PostgreSQL
 * server of BENCH_DATABASE_URL, else of DATABASE_URL, else 127.0.0.1:5432 (it only ever drops the
 * database it created; CREATE DATABASE fails rather than reuse an existing one), migrates it, and
 * fills it with 100 000 and then 1 000 000 clearly synthetic victims: slugs `synthetic-…`, a
 * description saying so, names combined from real Azerbaijani and Russian name parts in Latin,
 * Azerbaijani Cyrillic and Russian, so that searches hit as they would on real data. Rows are
 * written set-based (INSERT … SELECT over generate_series), their search keys computed by
 * lib/victims/search/search-key.ts. After VACUUM ANALYZE it times typical searches through listVictims — the
 * very function the /victims page calls (outside Next there is no cache in front of it) — and
 * prints p50/p95 per search and size, the growth between sizes, and drops the database.
 * BENCH_RUNS sets the timed runs per search (default 40). Not part of `npm test`.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { victimSearchKey } from '../lib/victims/search/search-key';
import { createScratchDatabase, redactUrl, withDatabaseName } from './lib/database-url';
import { applyMigrations } from './lib/migrations';
import { stubServerOnly } from './lib/seed';

const SERVER_URL =
  process.env.BENCH_DATABASE_URL?.trim() ||
  (process.env.DATABASE_URL?.trim() ? withDatabaseName(process.env.DATABASE_URL.trim(), 'postgres') : '') ||
  'postgresql://postgres@127.0.0.1:5432/postgres';
/** BENCH_SIZES=100000 measures one size only (the growth and the second target are then skipped). */
const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARM_UP_RUNS = 5;
const TARGET_P95_MS: Record<number, number> = { 100_000: 30, 1_000_000: 60 };

// Name parts: [Azerbaijani Latin, Azerbaijani Cyrillic, Russian, Russian-style Latin transliteration].
type Part = [latin: string, cyrillic: string, russian: string, transliterated: string];
const MALE: Part[] = [
  ['Əli', 'Әли', 'Али', 'Ali'], ['Məmməd', 'Мәммәд', 'Мамед', 'Mamed'], ['Hüseyn', 'Һүсејн', 'Гусейн', 'Guseyn'],
  ['Vaqif', 'Вагиф', 'Вагиф', 'Vagif'], ['Elçin', 'Елчин', 'Эльчин', 'Elchin'], ['Rauf', 'Рауф', 'Рауф', 'Rauf'],
  ['Tofiq', 'Тофиг', 'Тофик', 'Tofik'], ['Fuad', 'Фуад', 'Фуад', 'Fuad'], ['Çingiz', 'Чингиз', 'Чингиз', 'Chingiz'],
  ['Yusif', 'Јусиф', 'Юсиф', 'Yusif'], ['Nazim', 'Назим', 'Назим', 'Nazim'], ['Rasim', 'Расим', 'Расим', 'Rasim'],
  ['Elxan', 'Елхан', 'Эльхан', 'Elkhan'], ['Kamran', 'Камран', 'Камран', 'Kamran'], ['Səməd', 'Сәмәд', 'Самед', 'Samed'],
  ['Rəşid', 'Рәшид', 'Рашид', 'Rashid'], ['Vahid', 'Ваһид', 'Вагид', 'Vagid'], ['Fikrət', 'Фикрәт', 'Фикрет', 'Fikret'],
  ['Azər', 'Азәр', 'Азер', 'Azer'], ['İlham', 'Илһам', 'Ильгам', 'Ilgam'], ['Oqtay', 'Огтај', 'Октай', 'Oktay'],
  ['Xəqani', 'Хагани', 'Хагани', 'Khagani'], ['Cavid', 'Ҹавид', 'Джавид', 'Dzhavid'], ['Şahin', 'Шаһин', 'Шахин', 'Shakhin'],
];
const FEMALE: Part[] = [
  ['Larisa', 'Лариса', 'Лариса', 'Larisa'], ['Səbinə', 'Сәбинә', 'Сабина', 'Sabina'], ['Aynur', 'Ајнур', 'Айнур', 'Aynur'],
  ['Gülnarə', 'Ҝүлнарә', 'Гюльнара', 'Gyulnara'], ['Nərgiz', 'Нәргиз', 'Наргиз', 'Nargiz'], ['Sevinc', 'Севинҹ', 'Севиндж', 'Sevindzh'],
  ['Zeynəb', 'Зејнәб', 'Зейнаб', 'Zeynab'], ['Ülviyyə', 'Үлвијјә', 'Ульвия', 'Ulviya'], ['Fatimə', 'Фатимә', 'Фатима', 'Fatima'],
  ['Leyla', 'Лејла', 'Лейла', 'Leyla'], ['Aidə', 'Аидә', 'Аида', 'Aida'], ['Şəhla', 'Шәһла', 'Шахла', 'Shakhla'],
  ['Xədicə', 'Хәдиҹә', 'Хадиджа', 'Khadidzha'], ['Rəna', 'Рәна', 'Рена', 'Rena'], ['Könül', 'Көнүл', 'Кёнуль', 'Kyonul'],
  ['Solmaz', 'Солмаз', 'Солмаз', 'Solmaz'],
];
// Masculine surnames; the feminine form adds "a" / "а".
const SURNAMES: Part[] = [
  ['Məmmədov', 'Мәммәдов', 'Мамедов', 'Mamedov'], ['Əliyev', 'Әлијев', 'Алиев', 'Aliev'], ['Hüseynov', 'Һүсејнов', 'Гусейнов', 'Guseynov'],
  ['Həsənov', 'Һәсәнов', 'Гасанов', 'Gasanov'], ['Quliyev', 'Гулијев', 'Кулиев', 'Kuliev'], ['Cəfərov', 'Ҹәфәров', 'Джафаров', 'Dzhafarov'],
  ['Qasımov', 'Гасымов', 'Касымов', 'Kasymov'], ['Şükürov', 'Шүкүров', 'Шукюров', 'Shukyurov'], ['Xəlilov', 'Хәлилов', 'Халилов', 'Khalilov'],
  ['Ağayev', 'Ағајев', 'Агаев', 'Agaev'], ['Hacıyev', 'Һаҹыјев', 'Гаджиев', 'Gadzhiev'], ['İsmayılov', 'Исмајылов', 'Исмаилов', 'Ismailov'],
  ['Abbasov', 'Аббасов', 'Аббасов', 'Abbasov'], ['Rzayev', 'Рзајев', 'Рзаев', 'Rzaev'], ['Kərimov', 'Кәримов', 'Керимов', 'Kerimov'],
  ['Orucov', 'Оруҹов', 'Оруджев', 'Orudzhev'], ['Nəsirov', 'Нәсиров', 'Насиров', 'Nasirov'], ['Bağırov', 'Бағыров', 'Багиров', 'Bagirov'],
  ['Süleymanov', 'Сүлејманов', 'Сулейманов', 'Suleymanov'], ['Vəliyev', 'Вәлијев', 'Велиев', 'Veliev'], ['Köçərli', 'Көчәрли', 'Кочарли', 'Kocharli'],
  ['Mustafayev', 'Мустафајев', 'Мустафаев', 'Mustafaev'], ['Zeynalov', 'Зејналов', 'Зейналов', 'Zeynalov'], ['Nağıyev', 'Нағыјев', 'Нагиев', 'Nagiev'],
  ['Əsədov', 'Әсәдов', 'Асадов', 'Asadov'], ['Sultanov', 'Султанов', 'Султанов', 'Sultanov'], ['Rüstəmov', 'Рүстәмов', 'Рустамов', 'Rustamov'],
  ['Novruzov', 'Новрузов', 'Новрузов', 'Novruzov'], ['Talıbov', 'Талыбов', 'Талыбов', 'Talybov'], ['Şirinov', 'Ширинов', 'Ширинов', 'Shirinov'],
];
const PLACES = ['Baku', 'Neftchala', 'Lankaran', 'Sumgait', null];
const FATES = ['KILLED', 'DIED_OF_WOUNDS', 'MISSING', 'NOT_STATED', 'TOOK_OWN_LIFE'];
/** Homes as the public record has them: settlements, villages and districts, many unrecorded. */
const HOMES = ['Hacı Zeynalabdin settlement, Sumqayıt', 'Göyçay', 'Lənkəran', 'Şamaxı district', 'Kirəç-Muğanlı village, Marneuli district, Georgia', 'Vurğun settlement, Ağstafa district', null, null];

type NameCombination = { latin: string | null; cyrillic: string | null; russian: string | null; other: string[]; key: string };

/**
 * Every combination of a given name, a surname and which forms a record holds: Latin only; Latin and
 * Azerbaijani Cyrillic; Latin and Russian; Latin with a Russian-style transliteration among the
 * other spellings; Cyrillic and Russian without a Latin form. Keys by the real folding function.
 */
function nameCombinations(): NameCombination[] {
  const combinations: NameCombination[] = [];
  const join = (first: Part, surname: Part, index: 0 | 1 | 2 | 3, female: boolean) =>
    `${first[index]} ${surname[index]}${female && !surname[0].endsWith('li') ? (index === 1 || index === 2 ? 'а' : 'a') : ''}`;
  for (const [firsts, female] of [[MALE, false], [FEMALE, true]] as const) {
    for (const first of firsts) {
      for (const surname of SURNAMES) {
        const forms = [
          { latin: join(first, surname, 0, female), cyrillic: null, russian: null, other: [] },
          { latin: join(first, surname, 0, female), cyrillic: join(first, surname, 1, female), russian: null, other: [] },
          { latin: join(first, surname, 0, female), cyrillic: null, russian: join(first, surname, 2, female), other: [] },
          { latin: join(first, surname, 0, female), cyrillic: null, russian: null, other: [join(first, surname, 3, female)] },
          { latin: null, cyrillic: join(first, surname, 1, female), russian: join(first, surname, 2, female), other: [] },
        ];
        for (const form of forms) {
          combinations.push({ ...form, key: victimSearchKey({ nameLatin: form.latin, nameCyrillic: form.cyrillic, nameRussian: form.russian, otherNames: form.other }) });
        }
      }
    }
  }
  return combinations;
}

/** Typical searches, as a visitor types them into the form (query-string values). */
const SEARCHES: { label: string; params: Record<string, string> }[] = [
  { label: 'Latin full name', params: { q: 'Vaqif Qasımov' } },
  { label: 'Cyrillic full name', params: { q: 'Гусейн Гусейнов' } },
  { label: 'transliterated variant', params: { q: 'Chingiz Dzhafarov' } },
  { label: 'typo', params: { q: 'Larisa Mammadva' } },
  { label: 'name + filters', params: { q: 'Aliyev', place: 'Baku', ageMin: '20', ageMax: '40', fate: 'KILLED', diedFrom: '1990-01-19', diedTo: '1990-01-20' } },
  { label: 'surname only', params: { q: 'Köçərli' } },
  { label: 'no match', params: { q: 'Zzyzx Qwerty' } },
  // The list's filters without a name, as a family browsing by place would use them.
  { label: 'place of death only', params: { place: 'Neftchala' } },
  { label: 'home only', params: { home: 'Şamaxı district' } },
  { label: 'fate only', params: { fate: 'DIED_OF_WOUNDS' } },
  { label: 'home + fate + place', params: { home: 'Göyçay', fate: 'KILLED', place: 'Baku' } },
];

async function fill(client: pg.Client, from: number, to: number, combinationCount: number): Promise<void> {
  // Multiplicative hashes spread names, places, ages and dates over the rows without a visible
  // pattern; each attribute reads other bits of the hash, so that they do not go together.
  await client.query(
    `INSERT INTO "Victim" (id, slug, "nameLatin", "nameCyrillic", "nameRussian", "otherNames", description, sex, age, fate,
       "deathDate", "deathDatePrecision", "deathPlace", home, language, "searchKey", status, version, "createdAt", "updatedAt")
     SELECT 'csynthetic' || lpad(g::text, 15, '0'), 'synthetic-' || g, n.latin, n.cyrillic, n.russian, n.other,
       'Synthetic benchmark record ' || g || ', not a real person.',
       'NOT_STATED', CASE WHEN (h / 4096) % 10 = 0 THEN NULL ELSE ((h / 32) % 90)::int END, ($1::text[])[1 + h % 5]::"Fate",
       CASE WHEN (h / 1048576) % 7 = 0 THEN NULL ELSE date '1990-01-15' + ((h / 65536) % 15)::int END,
       (CASE WHEN (h / 1048576) % 7 = 0 THEN 'UNKNOWN' ELSE 'DAY' END)::"DatePrecision",
       ($2::text[])[1 + (h / 4) % 5], ($6::text[])[1 + (h / 8192) % 8], 'en', n.key, 'PUBLISHED', 1, now(), now()
     FROM generate_series($3::int, $4::int) AS g
     CROSS JOIN LATERAL (SELECT (g::bigint * 2654435761) % 4294967296 AS h, (g::bigint * 2246822519 + 374761393) % 4294967291 AS name_hash) AS hashed
     JOIN bench_names n ON n.idx = hashed.name_hash % $5`,
    [FATES, PLACES, from, to, combinationCount, HOMES],
  );
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function main(): Promise<number> {
  const scratch = await createScratchDatabase(SERVER_URL, 'memorial_bench_search');
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    // BENCH_KEEP=1 leaves the scratch database for EXPLAIN ANALYZE; drop it by hand afterwards.
    if (process.env.BENCH_KEEP === '1') return void console.log(`Kept ${scratch.name} (BENCH_KEEP=1).`);
    await scratch.drop();
    console.log(`Dropped ${scratch.name}.`);
  };
  const onSignal = () => void drop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  console.log(`Scratch database ${scratch.name} on ${redactUrl(SERVER_URL)}`);
  const client = new pg.Client({ connectionString: scratch.url });
  // Dropping the database on an interrupt ends this connection; that is expected, not a crash.
  client.on('error', () => {});
  let disconnect = async () => {};
  try {
    await applyMigrations({ databaseUrl: scratch.url });
    await client.connect();

    // lib/ reads DATABASE_URL when first imported, and its modules import 'server-only'.
    process.env.DATABASE_URL = scratch.url;
    stubServerOnly();
    const { db } = await import('../lib/db');
    disconnect = () => db.$disconnect();
    const { listVictims } = await import('../lib/victims/search/search');
    const { parseVictimSearch } = await import('../lib/victims/schema');

    const combinations = nameCombinations();
    await client.query('CREATE TABLE bench_names (idx int PRIMARY KEY, latin text, cyrillic text, russian text, other text[], key text)');
    await client.query(
      `INSERT INTO bench_names SELECT ordinality - 1, latin, cyrillic, russian,
         ARRAY(SELECT jsonb_array_elements_text(other)), key
       FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[]) WITH ORDINALITY AS t(latin, cyrillic, russian, other, key)`,
      [
        combinations.map((name) => name.latin),
        combinations.map((name) => name.cyrillic),
        combinations.map((name) => name.russian),
        combinations.map((name) => JSON.stringify(name.other)),
        combinations.map((name) => name.key),
      ],
    );
    console.log(`${combinations.length} synthetic name combinations from ${MALE.length + FEMALE.length} given names and ${SURNAMES.length} surnames.`);

    const results: Record<number, Record<string, { p50: number; p95: number; total: number }>> = {};
    let filled = 0;
    for (const size of SIZES) {
      const started = performance.now();
      await fill(client, filled + 1, size, combinations.length);
      filled = size;
      // VACUUM as autovacuum would: it also moves the GIN indexes' pending entries into the index proper.
      await client.query('VACUUM ANALYZE "Victim"');
      console.log(`\n${size.toLocaleString('en')} synthetic victims written, vacuumed and analysed in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

      results[size] = {};
      const all: number[] = [];
      for (const { label, params } of SEARCHES) {
        const search = parseVictimSearch(params);
        let total = 0;
        for (let run = 0; run < WARM_UP_RUNS; run += 1) total = (await listVictims(search)).total;
        const times: number[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          const start = performance.now();
          await listVictims(search);
          times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        all.push(...times);
        results[size][label] = { p50: percentile(times, 0.5), p95: percentile(times, 0.95), total };
        console.log(
          `  ${label.padEnd(24)} p50 ${percentile(times, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(6)} ms   ${total.toLocaleString('en')} matches   ${JSON.stringify(params)}`,
        );
      }
      all.sort((a, b) => a - b);
      results[size]['all searches'] = { p50: percentile(all, 0.5), p95: percentile(all, 0.95), total: 0 };
      console.log(`  ${'all searches'.padEnd(24)} p50 ${percentile(all, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(all, 0.95).toFixed(1).padStart(6)} ms`);
    }

    // Sanity: the keys the SQL copied are the ones the application computes for those names.
    const sample = await client.query(`SELECT "nameLatin", "nameCyrillic", "nameRussian", "otherNames", description, "searchKey" FROM "Victim" TABLESAMPLE SYSTEM (0.1)`);
    const wrong = sample.rows.filter((row) => victimSearchKey({ ...row, otherNames: row.otherNames }) !== row.searchKey);
    if (wrong.length > 0) throw new Error(`${wrong.length} sampled rows have a search key the application would not compute.`);

    const [small, large] = SIZES as [number, number];
    if (large !== undefined) console.log(`\nGrowth from ${small.toLocaleString('en')} to ${large.toLocaleString('en')} victims (${large / small}× the rows):`);
    let missed = false;
    for (const label of large === undefined ? [] : [...SEARCHES.map((search) => search.label), 'all searches']) {
      const before = results[small]![label]!;
      const after = results[large]![label]!;
      console.log(`  ${label.padEnd(24)} p95 ${before.p95.toFixed(1)} → ${after.p95.toFixed(1)} ms (×${(after.p95 / before.p95).toFixed(2)})`);
    }
    for (const size of SIZES) {
      const p95 = results[size]!['all searches']!.p95;
      const ok = p95 < TARGET_P95_MS[size]!;
      missed ||= !ok;
      console.log(`Target at ${size.toLocaleString('en')}: p95 < ${TARGET_P95_MS[size]} ms over all searches — ${ok ? 'met' : 'MISSED'} (${p95.toFixed(1)} ms).`);
    }
    return missed ? 1 : 0;
  } finally {
    await client.end().catch(() => {});
    await disconnect().catch(() => {});
    await drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
