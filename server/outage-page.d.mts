export const RETRY_AFTER_SECONDS: number;
export function localeOfAddress(url: string): 'az' | 'en' | 'ru' | null;
export function createOutagePages(projectRoot: string): (url: string) => { headers: Record<string, string>; body: string };
