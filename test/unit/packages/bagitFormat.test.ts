import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  collisionKey,
  decodeManifestPath,
  encodeManifestPath,
  formatBagInfo,
  parseBagInfo,
  parseManifest,
  parsePayloadOxum,
  unsafeNameReason,
} from '../../../electron/packages/bagitFormat';
import { shouldDeflate } from '../../../electron/packages/compressionPolicy';
import { EntryMeter, LimitExceeded } from '../../../electron/packages/verifyBagZip';
import { civilDateIn } from '../../../electron/packages/writeBagZip';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/packages/zipLimits';

describe('manifest paths (RFC 8493 §2.1.3)', () => {
  it('percent-encodes CR, LF and % and nothing else', () => {
    expect(encodeManifestPath('data/a%b\r\nc d.pdf')).toBe('data/a%25b%0D%0Ac d.pdf');
  });
  it('decodes what it encodes, including a literal "%0A" typed in a name', () => {
    for (const name of ['data/100%.txt', 'data/%0A.txt', 'data/x\ny', 'data/Tờ trình.pdf']) {
      expect(decodeManifestPath(encodeManifestPath(name))).toBe(name);
    }
  });
  it('parses checksum-and-path lines with any run of spaces or tabs and any line ending', () => {
    const d = 'a'.repeat(64);
    const parsed = parseManifest(`${d}  data/a b.pdf\r\n${d.toUpperCase()}\tdata/c.pdf\rnot a line\n`, 64);
    expect(parsed.lines.map((l) => [l.digest, l.path])).toEqual([
      [d, 'data/a b.pdf'],
      [d, 'data/c.pdf'],
    ]);
    expect(parsed.malformed).toEqual([3]);
  });
});

describe('bag-info.txt', () => {
  it('folds a value with line breaks onto indented lines and unfolds it with spaces', () => {
    const text = formatBagInfo([['Internal-Sender-Description', 'Dòng một\nDòng hai']]);
    expect(text).toBe('Internal-Sender-Description: Dòng một\n  Dòng hai\n');
    expect(parseBagInfo(text).entries).toEqual([['Internal-Sender-Description', 'Dòng một Dòng hai']]);
  });
  it('keeps repeated labels in order and flags lines without a colon', () => {
    const parsed = parseBagInfo('A: 1\nA: 2\nno colon here\n');
    expect(parsed.entries).toEqual([
      ['A', '1'],
      ['A', '2'],
    ]);
    expect(parsed.malformed).toEqual([3]);
  });
  it('reads Payload-Oxum as octets.count and refuses anything else', () => {
    expect(parsePayloadOxum('279164409.1')).toEqual({ octets: 279164409, count: 1 });
    expect(parsePayloadOxum('12')).toBeNull();
    expect(parsePayloadOxum('-1.2')).toBeNull();
  });
});

describe('names inside a bag', () => {
  it.each([
    ['data/01 Tờ trình/to-trinh.pdf', null],
    ['../x', 'dot-segment'],
    ['data/../../x', 'dot-segment'],
    ['/etc/passwd', 'absolute'],
    ['c:/x', 'drive-letter'],
    ['a\\b', 'backslash'],
    ['a\0b', 'nul'],
    ['a//b', 'empty-segment'],
    ['a/b\u0007', 'control-character'],
    ['a.pdf:Zone.Identifier', 'windows-reserved-character'],
    ['a/b ', 'windows-trailing-dot-or-space'],
    ['data/nul.txt', 'windows-device-name'],
    ['data/COM1', 'windows-device-name'],
    [`data/${'ệ'.repeat(90)}`, 'segment-too-long'],
  ])('judges %j as %s', (name, reason) => {
    expect(unsafeNameReason(name)).toBe(reason);
  });
  it('allows a directory entry only when asked', () => {
    expect(unsafeNameReason('data/', true)).toBeNull();
    expect(unsafeNameReason('data/')).toBe('empty-segment');
  });
  it('gives one key to names that differ by case or Unicode form, and two to different names', () => {
    expect(collisionKey('Quyết Định.PDF'.normalize('NFD'))).toBe(collisionKey('quyết định.pdf'));
    expect(collisionKey('STRASSE')).toBe(collisionKey('straße'));
    expect(collisionKey('quyết định.pdf')).not.toBe(collisionKey('quyet dinh.pdf'));
  });
});

describe('compression policy', () => {
  it('stores already-compressed documents and deflates text', () => {
    expect(['a.pdf', 'b.DOCX', 'c.xlsx', 'd.jpg', 'e.png', 'f.zip'].map(shouldDeflate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['dossier.json', 'ghi-chu.txt', 'README', 'x.csv'].map(shouldDeflate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('Bagging-Date', () => {
  it('is the calendar date in Vietnam, whatever the machine zone', () => {
    // 17:30 UTC on 1 March is 00:30 on 2 March in Hanoi (UTC+7).
    expect(civilDateIn('Asia/Ho_Chi_Minh', new Date(Date.UTC(2026, 2, 1, 17, 30)))).toBe('2026-03-02');
    expect(civilDateIn('Asia/Ho_Chi_Minh', new Date(Date.UTC(2026, 2, 1, 16, 59)))).toBe('2026-03-01');
  });
});

describe('the inflated-byte meter', () => {
  const drain = () => new Writable({ write: (_c, _e, cb) => cb() });
  const limits = { ...DEFAULT_ZIP_LIMITS, ratioCheckAboveBytes: 1024, maxCompressionRatio: 10 };

  it('stops an entry once its real inflated bytes pass the ratio, whatever the header said', async () => {
    const meter = new EntryMeter(100, limits, { total: 0, tags: 0 }, false);
    const err = await pipeline(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), meter, drain()).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(LimitExceeded);
    expect((err as LimitExceeded).code).toBe('zip-ratio-too-high');
  });

  it('counts the total across entries', async () => {
    const budget = { total: 0, tags: 0 };
    const small = { ...limits, maxTotalUncompressedBytes: 1000 };
    await pipeline(Readable.from([Buffer.alloc(600)]), new EntryMeter(600, small, budget, false), drain());
    const err = await pipeline(
      Readable.from([Buffer.alloc(600)]),
      new EntryMeter(600, small, budget, false),
      drain(),
    ).catch((e) => e);
    expect(err instanceof LimitExceeded && err.code).toBe('zip-too-large');
  });

  it('computes the CRC-32 a zip writer records', async () => {
    const data = Buffer.from('Ủy ban nhân dân tỉnh');
    const meter = new EntryMeter(deflateRawSync(data).length, limits, { total: 0, tags: 0 }, false);
    await pipeline(Readable.from([data]), meter, drain());
    // CRC-32 of the UTF-8 bytes, cross-checked with Python's zlib.crc32.
    expect(meter.crc).toBe(EXPECTED_CRC);
  });
});

const EXPECTED_CRC = 1894681011;
