import type { OrganizationKind } from '@/lib/generated/prisma/enums';

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  EMBASSY: 'Embassy',
  PERMANENT_MISSION: 'Permanent mission',
  DIPLOMATIC_MISSION: 'Diplomatic mission',
  MINISTRY: 'Ministry',
  OTHER: 'Other',
};

export const ORGANIZATION_KINDS = Object.keys(ORGANIZATION_KIND_LABELS) as [OrganizationKind, ...OrganizationKind[]];
