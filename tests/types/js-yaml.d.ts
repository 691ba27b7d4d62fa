// js-yaml (installed with ESLint's config loader) ships no types; the compose test needs only load().
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
