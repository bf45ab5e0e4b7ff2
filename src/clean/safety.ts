// Guards against a rule set that misfires on an unfamiliar page: the
// longest paragraph is the story's, and a page that would lose most of its
// text is more likely misread than mostly boilerplate.
import type { DocState } from './state.js';

function bodyLines(state: DocState): number[] {
  return state.nonBlank.filter((i) => i !== state.titleIndex);
}

export function applySafety(state: DocState): string[] {
  const notes: string[] = [];
  const body = bodyLines(state);
  if (body.length === 0) return notes;

  const longest = body.reduce((a, b) => (state.info[b]!.folded.length > state.info[a]!.folded.length ? b : a));
  const lost = state.removed.get(longest);
  if (lost) {
    state.removed.delete(longest);
    notes.push(`kept line ${state.info[longest]!.line.n}: the longest paragraph is never removed (rule ${lost.reason} wanted it)`);
  }

  const total = body.reduce((sum, i) => sum + state.info[i]!.folded.length, 0);
  const removedChars = (): number =>
    body.reduce((sum, i) => sum + (state.removed.has(i) ? state.info[i]!.folded.length : 0), 0);
  if (removedChars() * 2 <= total) return notes;

  const soft = [...state.removed].filter(([, v]) => v.soft).map(([i]) => i);
  for (const i of soft) state.removed.delete(i);
  if (removedChars() * 2 <= total) {
    notes.push(`the rules would remove more than half of the text; kept ${soft.length} line(s) removed by scores and structure`);
    return notes;
  }
  const all = state.removed.size;
  state.removed.clear();
  notes.push(`the rules would remove more than half of the text even from explicit boilerplate patterns; kept all ${all + soft.length} line(s)`);
  return notes;
}
