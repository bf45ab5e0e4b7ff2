/** Exit codes, as textlint and stylelint use them. */
export const EXIT_OK = 0;
/** `check` found something. */
export const EXIT_FINDINGS = 1;
/** Bad flag, missing path, no usable input. */
export const EXIT_USAGE = 2;
