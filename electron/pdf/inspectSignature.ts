import type { AppErrorData } from '../../shared/errors/appError';
import {
  type ByteRange,
  byteRangeProblem,
  coversWholeFile,
  hashByteRanges,
  signatureContents,
} from './byteRange';
import type { ByteSource } from './byteSource';
import { type CmsSignedData, parseCmsSignedData } from './cms';
import { pdfErrors } from './pdfErrors';
import type { PdfSignatureFact } from './pdfFacts';
import { readSignatureDictionary, type SignatureDictionary } from './signatureDictionary';
import { checkSignerSignature } from './signerCheck';

/** SubFilters whose /Contents is a CMS SignedData detached from the signed bytes (PAdES and its Adobe forerunner). */
const DETACHED_CMS = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached']);

const NO_DICTIONARY: SignatureDictionary = {
  subFilter: null,
  signingTime: null,
  name: null,
  reason: null,
  location: null,
};

function baseFact(range: ByteRange, size: number, dict: SignatureDictionary): PdfSignatureFact {
  return {
    signerName: dict.name,
    signingTime: dict.signingTime,
    subFilter: dict.subFilter,
    byteRange: range,
    coversWholeFile: coversWholeFile(range, size),
    digestMatches: false,
    signatureValid: false,
  };
}

function withProblem(fact: PdfSignatureFact, problem: AppErrorData): PdfSignatureFact {
  return { ...fact, problem };
}

function parseCms(bytes: Buffer): CmsSignedData | string {
  try {
    return parseCmsSignedData(bytes);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Everything the file says about one signature: who, when, what it covers, and whether the maths holds. */
export async function inspectSignature(source: ByteSource, range: ByteRange): Promise<PdfSignatureFact> {
  const rangeProblem = await byteRangeProblem(source, range);
  if (rangeProblem)
    return withProblem(baseFact(range, source.size, NO_DICTIONARY), pdfErrors.byteRangeInvalid(rangeProblem));
  const dict = await readSignatureDictionary(source, range);
  const fact = baseFact(range, source.size, dict);
  if (dict.subFilter && !DETACHED_CMS.has(dict.subFilter)) {
    return withProblem(fact, pdfErrors.signatureUnsupported(`SubFilter ${dict.subFilter}`));
  }
  // A /Contents too large to be a signature is a finding about this signature, not about the file.
  const contents = await signatureContents(source, range).catch((error: unknown) =>
    error instanceof Error ? error.message : String(error),
  );
  const cms = typeof contents === 'string' ? contents : parseCms(contents);
  if (typeof cms === 'string') return withProblem(fact, pdfErrors.signatureUnreadable(cms));
  const signer = cms.signers[0];
  if (!signer) return withProblem(fact, pdfErrors.signatureUnreadable('no SignerInfo'));
  if (!signer.signedAttrsDer || !signer.messageDigest) {
    return withProblem(fact, pdfErrors.signatureUnsupported('CMS without signed attributes'));
  }
  const check = checkSignerSignature(signer, cms.certificates, signer.signedAttrsDer);
  const cert = check.certificate;
  const described: PdfSignatureFact = {
    ...fact,
    signerName: cert?.commonName ?? dict.name,
    signingTime: signer.signingTime ?? dict.signingTime,
    signatureValid: check.valid,
    ...(cert
      ? { certificateSubject: cert.subject, certificateIssuer: cert.issuer, selfSigned: cert.selfSigned }
      : {}),
    certificates: cert
      ? [cert.der, ...cms.certificates.filter((c) => c !== cert).map((c) => c.der)]
      : cms.certificates.map((c) => c.der),
  };
  if (!signer.digest)
    return withProblem(described, pdfErrors.signatureUnsupported(`digest ${signer.digestOid}`));
  const digest = await hashByteRanges(source, range, signer.digest);
  described.digestMatches = digest.equals(signer.messageDigest);
  return check.unsupported
    ? withProblem(described, pdfErrors.signatureUnsupported(check.unsupported))
    : described;
}
