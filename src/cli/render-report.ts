import { renderHtml } from '../render/html.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderNdjson } from '../render/ndjson.js';
import { renderText } from '../render/text.js';
import type { SectionKey } from '../render/view.js';
import type { Report } from '../types.js';
import { wantColor } from './color.js';
import type { Io } from './io.js';

export const FORMATS = ['text', 'json', 'ndjson', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface ViewFlags {
  color?: boolean;
  width?: number;
  provenance?: boolean;
  only?: SectionKey[];
  output?: string;
}

/** Picks the formatter by name; only the text view looks at the terminal. */
export function renderReport(report: Report, format: Format, flags: ViewFlags, io: Io): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'ndjson':
      return renderNdjson(report);
    case 'markdown':
      return renderMarkdown(report, flags.only);
    case 'html':
      return renderHtml(report, flags.only);
    case 'text':
      return renderText(report, {
        width: flags.width ?? (io.stdout.isTTY ? io.stdout.columns : undefined) ?? 120,
        color: wantColor(flags.color, io, flags.output !== undefined),
        provenance: flags.provenance,
        only: flags.only,
      });
  }
}
