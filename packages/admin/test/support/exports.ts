import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";

const BOM = "\uFEFF";

/** The fields of CSV lines (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * Presses the page's "Export CSV" and answers the saved file's name, its header row and its rows
 * (the BOM checked and taken off), once the button says it is done.
 */
export async function exportedCsv(page: Page): Promise<{ name: string; header: string[]; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-button").click()]);
  const text = await readFile(await download.path(), "utf8");
  if (!text.startsWith(BOM)) throw new Error("the export does not start with a byte order mark");
  await page.getByTestId("export-done").waitFor();
  const [header = [], ...rows] = parseCsv(text.slice(1));
  return { name: download.suggestedFilename(), header, rows };
}
