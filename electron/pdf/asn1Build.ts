import type forge from 'node-forge';
import { asn1 } from 'node-forge';

/**
 * Small builders over forge's ASN.1 for the structures this module writes (CMS, test certificates).
 * Nothing here reads forge at load (it loads on first use, issue 10): the universal class and tag numbers
 * are X.680's, the same values as forge.asn1.Class/Type.
 */
const U = 0;
const T = {
  BOOLEAN: 1,
  INTEGER: 2,
  BITSTRING: 3,
  OCTETSTRING: 4,
  NULL: 5,
  OID: 6,
  UTF8: 12,
  SEQUENCE: 16,
  SET: 17,
  UTCTIME: 23,
  GENERALIZEDTIME: 24,
} as const;
export type Asn1 = forge.asn1.Asn1;

export const oid = (id: string): Asn1 => asn1.create(U, T.OID, false, asn1.oidToDer(id).getBytes());
export const seq = (items: Asn1[]): Asn1 => asn1.create(U, T.SEQUENCE, true, items);
export const set = (items: Asn1[]): Asn1 => asn1.create(U, T.SET, true, items);
export const octets = (bytes: Buffer): Asn1 => asn1.create(U, T.OCTETSTRING, false, bytes.toString('binary'));
export const utf8String = (text: string): Asn1 =>
  asn1.create(U, T.UTF8, false, Buffer.from(text.normalize('NFC'), 'utf8').toString('binary'));
export const bitString = (bytes: Buffer, unusedBits = 0): Asn1 =>
  asn1.create(U, T.BITSTRING, false, String.fromCharCode(unusedBits) + bytes.toString('binary'));
export const explicit = (tag: number, items: Asn1[]): Asn1 =>
  asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, items);
export const boolean = (value: boolean): Asn1 => asn1.create(U, T.BOOLEAN, false, value ? '\xff' : '\x00');

/** INTEGER from a small number or from big-endian bytes (kept as given: callers keep them positive). */
export function integer(value: number | Buffer): Asn1 {
  const bytes = typeof value === 'number' ? asn1.integerToDer(value).getBytes() : value.toString('binary');
  return asn1.create(U, T.INTEGER, false, bytes);
}

export const algorithm = (id: string): Asn1 => seq([oid(id), asn1.create(U, T.NULL, false, '')]);

/** UTCTime up to 2049, GeneralizedTime after, as RFC 5280 §4.1.2.5 prescribes. */
export function time(date: Date): Asn1 {
  return date.getUTCFullYear() < 2050
    ? asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(date))
    : asn1.create(U, T.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}

export function toDer(node: Asn1): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}

export function fromDer(der: Buffer): Asn1 {
  return asn1.fromDer(der.toString('binary'));
}
