/**
 * One line per problem, for the CLI and the notices: where (file, collection, item, path), what
 * was expected and what was found. Kept apart from load.ts so that showing problems does not
 * bring the validator into the page's main bundle.
 */
import type { Problem } from './types';

export function formatProblem(p: Problem): string {
  const where = [p.file, p.collection, p.item].filter(Boolean).join(' › ');
  return `${p.severity}: ${where}${p.path ? ` › ${p.path}` : ''}: expected ${p.expected}, found ${p.found}`;
}
