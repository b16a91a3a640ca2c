/**
 * Vietnamese-aware search text: a person typing "to trinh" (no diacritics, any case, NFC or NFD) must find
 * "Tờ trình". `foldVietnamese` is the one folding used for queries; the index stores text with đ/Đ
 * mapped to d/D (SQLite's unicode61 `remove_diacritics 2` strips the marks but leaves đ, a letter of
 * its own) and lets the tokenizer fold case and marks, so both sides agree.
 */

/** Lower case, no diacritics, đ → d, NFC in or NFD in alike. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** What the index column holds for `text`: NFC with đ/Đ mapped (kept in step with the SQL triggers). */
export function indexText(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The words of a query, folded; punctuation and FTS syntax characters are separators, never operators. */
export function searchTokens(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/**
 * An FTS5 MATCH expression: every word must occur; the last one may be unfinished (prefix), so results
 * appear while typing. Each token is quoted, so no user input is ever read as FTS syntax. Null when the
 * query has no words.
 */
export function ftsMatchExpression(text: string): string | null {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return null;
  return tokens.map((t, i) => (i === tokens.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ');
}
