import yauzl from 'yauzl';
import { appError } from '../../shared/errors/appError';

/**
 * Checks an .xlsx (a zip of XML parts) BEFORE a spreadsheet library inflates it: exceljs inflates every
 * part into memory, so a zip bomb or a sheet of a million rows would exhaust the app. Every entry is
 * streamed through yauzl with size validation on (a lying header is caught), the running total and
 * each entry's ratio are capped, and worksheet rows are counted as they stream past.
 */
export interface XlsxLimits {
  /** Bytes of the .xlsx file itself. */
  maxFileBytes: number;
  maxEntries: number;
  /** Sum of all inflated parts. */
  maxTotalUncompressedBytes: number;
  /** Inflated / compressed, checked for parts larger than `ratioCheckFromBytes`. */
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
  /** Rows in any one worksheet. */
  maxRows: number;
  /**
   * Cells over all worksheets: what a spreadsheet library's memory grows with (exceljs keeps an object
   * per cell; 11 MB of sheet within every other limit took 29 s and 1.7 GB).
   */
  maxCells: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxEntries: 1000,
  // Inflated XML becomes strings and objects in the parser's heap (see maxCells): 11 MB of xlsx within a
  // 100 MB cap took 1.7 GB. The worker's heap cap (electron/workers) is the backstop behind these.
  maxTotalUncompressedBytes: 50 * 1024 * 1024,
  // Real sheets deflate 5–30×; repetitive generated ones up to ~150×. Bombs are 1000× and more.
  maxCompressionRatio: 250,
  ratioCheckFromBytes: 1024 * 1024,
  maxRows: 20_000,
  // A year's work program is a few hundred rows of ~8 columns; 100,000 cells is far above any real one.
  maxCells: 100_000,
};

export interface XlsxInspection {
  entries: number;
  totalUncompressedBytes: number;
  /** Rows per worksheet part, e.g. { 'xl/worksheets/sheet1.xml': 10001 }. */
  rowsPerSheet: Record<string, number>;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

export function notXlsxError(fileName: string, reason: string) {
  return appError(
    'workProgram.import.notXlsx',
    `Tệp "${fileName}" không phải tệp Excel .xlsx hợp lệ. Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.`,
    `"${fileName}" is not a valid Excel .xlsx file. Open it in Excel and save it as .xlsx.`,
    { fileName, reason },
  );
}

function tooLarge(fileName: string, what: string, limit: number, actual?: number) {
  return appError(
    'workProgram.import.tooLarge',
    `Tệp "${fileName}" bị từ chối vì quá lớn hoặc bất thường (${what}). Không có dữ liệu nào được ghi.`,
    `"${fileName}" was refused as too large or abnormal (${what}). Nothing was written.`,
    { fileName, what, limit, ...(actual !== undefined ? { actual } : {}) },
  );
}

export function inspectXlsxBuffer(
  buffer: Buffer,
  fileName: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<XlsxInspection> {
  if (buffer.length > limits.maxFileBytes) {
    return Promise.reject(tooLarge(fileName, 'file size', limits.maxFileBytes, buffer.length));
  }
  if (buffer.subarray(0, 8).equals(OLE_MAGIC)) {
    return Promise.reject(
      appError(
        'workProgram.import.legacyOrEncrypted',
        `Tệp "${fileName}" là tệp Excel cũ (.xls) hoặc có mật khẩu. Hãy gỡ mật khẩu và lưu lại dưới dạng .xlsx.`,
        `"${fileName}" is an old Excel (.xls) file or is password-protected. Remove the password and save it as .xlsx.`,
        { fileName },
      ),
    );
  }
  if (!buffer.subarray(0, 4).equals(ZIP_MAGIC)) {
    return Promise.reject(notXlsxError(fileName, 'no zip signature'));
  }
  return new Promise<XlsxInspection>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) {
        reject(notXlsxError(fileName, openError?.message ?? 'unreadable zip'));
        return;
      }
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        zip.close();
        reject(error);
      };
      if (zip.entryCount > limits.maxEntries) {
        fail(tooLarge(fileName, 'entry count', limits.maxEntries, zip.entryCount));
        return;
      }
      const names = new Set<string>();
      const rowsPerSheet: Record<string, number> = {};
      let entries = 0;
      let total = 0;
      let cells = 0;
      zip.on('error', (e: Error) => fail(notXlsxError(fileName, e.message)));
      zip.on('end', () => {
        if (settled) return;
        if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
          fail(notXlsxError(fileName, 'zip without workbook parts'));
          return;
        }
        settled = true;
        resolve({ entries, totalUncompressedBytes: total, rowsPerSheet });
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        names.add(entry.fileName);
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        // Declared sizes first: refuse without inflating anything when the header already says bomb.
        if (total + entry.uncompressedSize > limits.maxTotalUncompressedBytes) {
          fail(
            tooLarge(
              fileName,
              'total uncompressed size',
              limits.maxTotalUncompressedBytes,
              total + entry.uncompressedSize,
            ),
          );
          return;
        }
        if (
          entry.uncompressedSize >= limits.ratioCheckFromBytes &&
          entry.uncompressedSize > limits.maxCompressionRatio * Math.max(1, entry.compressedSize)
        ) {
          fail(
            tooLarge(
              fileName,
              'compression ratio',
              limits.maxCompressionRatio,
              Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)),
            ),
          );
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            fail(notXlsxError(fileName, streamError?.message ?? 'unreadable entry'));
            return;
          }
          const isSheet = WORKSHEET.test(entry.fileName);
          let rows = 0;
          let tail = '';
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > limits.maxTotalUncompressedBytes) {
              stream.destroy();
              fail(tooLarge(fileName, 'total uncompressed size', limits.maxTotalUncompressedBytes));
              return;
            }
            if (isSheet) {
              // Count row tags; carry a short tail so a tag split across chunks is counted once.
              const text = tail + chunk.toString('latin1');
              rows += countRowTags(text) - countRowTags(tail);
              cells += countCellTags(text) - countCellTags(tail);
              tail = text.slice(-24);
              if (cells > limits.maxCells) {
                stream.destroy();
                fail(tooLarge(fileName, 'cells', limits.maxCells, cells));
                return;
              }
              if (rows > limits.maxRows) {
                stream.destroy();
                fail(tooLarge(fileName, 'rows in a sheet', limits.maxRows, rows));
              }
            }
          });
          // yauzl reports a part that inflates to more than its header declared as an error here.
          stream.on('error', (e: Error) =>
            fail(tooLarge(fileName, `corrupt or oversized part: ${e.message}`, 0)),
          );
          stream.on('end', () => {
            if (settled) return;
            if (isSheet) rowsPerSheet[entry.fileName] = rows;
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** "<c ...>", "<c>", "<c/>", with or without a namespace prefix, as for rows. */
function countCellTags(text: string): number {
  return text.match(/<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g)?.length ?? 0;
}

/** "<row ...>", "<row>", "<row/>", also with a namespace prefix ("<x:row ...>") as some writers emit. */
function countRowTags(text: string): number {
  return text.match(/<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g)?.length ?? 0;
}
