/** The days whose events make up the cited account of what happened: 19 to 22 January 1990. */
export const ACCOUNT_RANGE = { from: '1990-01-19', to: '1990-01-22' } as const;
