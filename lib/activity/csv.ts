// CSV for a French spreadsheet: UTF-8 with a byte-order mark (so accents survive), ";" between fields
// (the comma is the French decimal mark), CRLF between lines.
const cell = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
