// Table helpers for the bench: the console table and the same rows as Markdown for docs/performance.md.

export const verdict = (pass) => (pass === undefined ? '' : pass ? 'PASS' : 'FAIL');
export const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

/** A column-aligned table on stdout; `align` holds 'l' or 'r' per column. */
export function printTable(header, rows, align) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    '  ' +
    cells
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log('  ' + widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** The same table as GitHub Markdown (pipes in cells escaped). */
export function markdownTable(header, rows, align) {
  const cell = (c) => String(c).replace(/\|/g, '\\|');
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(header),
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}
