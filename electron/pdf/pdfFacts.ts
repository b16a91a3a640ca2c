import type { AppErrorData } from '../../shared/errors/appError';
import type { SignatureTrust, TrustReason } from '../../shared/signatures/trust';

/** What the app knows about one digital signature in a PDF (chữ ký số), read without changing the file. */
export interface PdfSignatureFact {
  /** Common name of the signer certificate, else the /Name of the signature dictionary. */
  signerName: string | null;
  /** ISO 8601 in UTC: the CMS signingTime attribute, else /M of the signature dictionary. */
  signingTime: string | null;
  /** /SubFilter, e.g. 'adbe.pkcs7.detached' or 'ETSI.CAdES.detached'. */
  subFilter: string | null;
  byteRange: [number, number, number, number];
  /** The signed ranges start at byte 0 and end exactly at the end of the file (strict: no trailing bytes). */
  coversWholeFile: boolean;
  /** The hash of the signed byte ranges equals the messageDigest signed attribute. */
  digestMatches: boolean;
  /** The CMS signature over the signed attributes verifies with the signer certificate's public key. */
  signatureValid: boolean;
  certificateSubject?: string;
  certificateIssuer?: string;
  /** Issuer equals subject and the certificate verifies with its own key: nobody vouches for it. */
  selfSigned?: boolean;
  /** Why digestMatches or signatureValid could not be established, when that is the case. */
  problem?: AppErrorData;
  /** DER certificates the CMS carries, the signer's own first: what electron/signatures judges trust on. */
  certificates?: Buffer[];
  /** Set by electron/signatures/pdfSignatures (judgePdfFacts) against the agency's trust material. */
  trust?: SignatureTrust;
  reasons?: TrustReason[];
}

/** How the page count was obtained: a full parse, a byte scan (approximate, for huge files), or not at all. */
export type PageCountSource = 'parsed' | 'scanned' | null;

export interface PdfFacts {
  isPdf: boolean;
  pages: number | null;
  pageCountSource: PageCountSource;
  encrypted: boolean;
  signatures: PdfSignatureFact[];
  /** Set when the file is not a readable PDF, is damaged or truncated, or is encrypted. */
  error?: AppErrorData;
}
