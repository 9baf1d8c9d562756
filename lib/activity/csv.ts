// CSV for a French spreadsheet: UTF-8 with a byte-order mark (so accents survive), ";" between fields
// (the comma is the French decimal mark), CRLF between lines.
// A cell a spreadsheet would read as a formula (=, +, -, @, a tab, a carriage return first) is written
// as text, behind an apostrophe: a platform comment or a name never runs as a formula.
const cell = (value: unknown) => {
  const raw = value === null || value === undefined ? "" : String(value);
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
