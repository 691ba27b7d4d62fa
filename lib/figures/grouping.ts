import type { FigureKind } from '@/lib/generated/prisma/enums';

type GroupableFigure = { kind: FigureKind; value: number | null; valueMax?: number | null; qualifier: string; scope: string };

/** The order in which kinds are shown on the figures page: the human toll first. */
export const FIGURE_KIND_ORDER: FigureKind[] = [
  'KILLED',
  'VICTIMS',
  'WOUNDED',
  'MEDICAL_ASSISTANCE',
  'DETAINED',
  'MISSING',
  'TROOPS',
  'DEMONSTRATORS',
  'FUNERAL_ATTENDANCE',
  'EXPELLED',
  'FATALLY_WOUNDED',
  'REGISTERED_INJURED',
  'SENT_TO_PRISONS',
  'HOMES_FIRED_ON',
  'VEHICLES_FIRED_ON',
  'BURIED',
  'SOLDIERS_KILLED',
  'OTHER',
];

export type FigureGroup<F extends GroupableFigure> = { kind: FigureKind; figures: F[]; sourcesDisagree: boolean };

/** Groups figures by kind in display order, and says where the sources give different numbers. */
export function groupFiguresByKind<F extends GroupableFigure>(figures: F[]): FigureGroup<F>[] {
  return FIGURE_KIND_ORDER.map((kind) => {
    const ofKind = figures.filter((figure) => figure.kind === kind);
    const statements = new Set(ofKind.map((figure) => `${figure.qualifier}:${figure.value ?? 'words'}:${figure.valueMax ?? ''}:${figure.scope}`));
    return { kind, figures: ofKind, sourcesDisagree: statements.size > 1 };
  }).filter((group) => group.figures.length > 0);
}
