import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the current directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where `npm run dev` keeps the embedded database between runs (git-ignored). */
export const EMBEDDED_DATA_DIR = path.join(PROJECT_ROOT, '.data', 'postgres');
