/**
 * A source file's code without its comments and literals, for the checks that read a claim file's
 * text before running it ("does it default-export?", "is it CommonJS?"): `export default` inside a
 * comment or a string is no export, and a file that only mentions it must not be run as a claim file.
 * A small scanner for JavaScript/TypeScript: comments, string and template literals (with nested
 * `${…}`) and regular-expression literals are blanked to spaces, keeping every offset and newline,
 * so a position found in the result is the position in the file.
 */

/** Words after which a '/' starts a regular expression, not a division. */
const BEFORE_REGEX = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/** Whether a '/' at this point starts a regular expression: after an operator or opening punctuation, or one of BEFORE_REGEX. */
function regexAllowed(code: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(code[k]!)) k--;
  if (k < 0) return true;
  const c = code[k]!;
  if (/[\w$]/.test(c)) {
    let s = k;
    while (s > 0 && /[\w$]/.test(code[s - 1]!)) s--;
    return BEFORE_REGEX.has(code.slice(s, k + 1).join(''));
  }
  // TypeScript's non-null assertion: `x! / 2` divides (a prefix `!` follows an operator or a blank).
  if (c === '!' && k > 0 && /[\w$)\]]/.test(code[k - 1]!)) return false;
  return !/[)\]}'"`]/.test(c);
}

/**
 * `text` with comments, string, template and regular-expression literals replaced by spaces (newlines
 * kept): what remains is code. An unterminated literal or comment blanks to the end of the file.
 */
export function codeOnly(text: string): string {
  const out = text.split('');
  const n = out.length;
  const blank = (from: number, to: number): void => { for (let k = from; k < Math.min(to, n); k++) if (out[k] !== '\n') out[k] = ' '; };
  const substitutions: number[] = []; // the brace depth at which each open template `${` closes
  let depth = 0;
  let i = 0;
  /** Scans a template's text from `from` to its closing '`' or next '${'; returns where the code resumes. */
  const template = (from: number): number => {
    let j = from;
    while (j < n && text[j] !== '`' && !(text[j] === '$' && text[j + 1] === '{')) j += text[j] === '\\' ? 2 : 1;
    blank(from, j);
    if (j < n && text[j] === '$') { substitutions.push(depth); return j + 2; }
    return j + 1;
  };
  while (i < n) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') { const e = text.indexOf('\n', i); const end = e < 0 ? n : e; blank(i, end); i = end; continue; }
    if (c === '/' && next === '*') { const e = text.indexOf('*/', i + 2); const end = e < 0 ? n : e + 2; blank(i, end); i = end; continue; }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
      continue;
    }
    if (c === '`') { i = template(i + 1); continue; }
    if (c === '}' && substitutions.length && substitutions[substitutions.length - 1] === depth) { substitutions.pop(); i = template(i + 1); continue; }
    if (c === '/' && regexAllowed(out, i)) {
      let j = i + 1;
      let inClass = false;
      while (j < n && text[j] !== '\n' && (inClass || text[j] !== '/')) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      // No closing '/' on the line: not a regular expression after all (a division the guess missed).
      if (j < n && text[j] === '/') { blank(i + 1, j); i = j + 1; continue; }
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    i++;
  }
  return out.join('');
}
