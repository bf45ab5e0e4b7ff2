// Every reason a removal may carry. The pattern families of
// data/boilerplate.json use these ids too (a test checks that they do), so a
// consumer of the report can rely on a closed list.
export const RULE_IDS = [
  // Pattern families (data/boilerplate.json).
  'comment-prompt',
  'share-widget',
  'navigation',
  'dateline',
  'promo',
  'source-link',
  'syndication-footer',
  'contributor-credit',
  'photo-credit',
  'photo-caption',
  'copyright',
  'language-toggle',
  // Patterns from the user's configuration ("boilerplate" in .corpus-diffrc.json).
  'custom',
  // Rules in code.
  'byline',
  'repeated-title',
  'repeated-line',
  'foreign-language',
  'low-score',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
