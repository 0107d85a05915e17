// The text of a demo output, as a reader sees it, for the golden comparison: csv and md as
// written; each xlsx sheet's cells, row by row; the HTML's visible text with its tables as rows
// (styles, charts' drawing and markup left out: the charts' numbers are their csv files).
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

export async function outputText(path: string): Promise<string> {
  if (path.endsWith('.xlsx')) return workbookText(path);
  const text = await readFile(path, 'utf8');
  return path.endsWith('.html') ? htmlText(text) : text;
}

async function workbookText(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(`## sheet ${sheet.name} (${sheet.state})`);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
      lines.push(`${rowNumber}\t${cells.join('\t')}`);
    });
  });
  return lines.join('\n') + '\n';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

export function htmlText(html: string): string {
  return (
    html
      .replace(/<head>[\s\S]*?<title>([\s\S]*?)<\/title>[\s\S]*?<\/head>/, 'title: $1\n')
      .replace(/<svg[\s\S]*?<\/svg>/g, '[chart]')
      .replace(/<\/(td|th)>\s*/g, ' | ')
      .replace(/<tr[^>]*>\s*/g, '\n| ')
      .replace(/<\/(p|h[1-6]|li|caption|figcaption|div|section|table|thead|tbody|ul|ol|nav|figure)>/g, '\n')
      .replace(/<(br|hr)[^>]*>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n') + '\n'
  );
}
