import type { Io } from './io.js';

/**
 * Colour on for a terminal, off otherwise; --color / --no-color win, then
 * NO_COLOR (any non-empty value) and FORCE_COLOR (anything but "0").
 */
export function wantColor(flag: boolean | undefined, io: Io, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return !toFile && io.stdout.isTTY === true;
}
