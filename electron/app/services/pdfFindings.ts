import type { PdfFacts } from '../../pdf/pdfFacts';

/**
 * What the app records and shows of a PDF's inspection (pages, each signature with its trust verdict, the
 * problem if any), the same for an attachment and for a file of a received package. `facts` should have
 * been judged (electron/signatures/pdfSignatures judgePdfFacts); unjudged ones read as "not judged".
 */
export function pdfFindings(facts: PdfFacts) {
  return {
    pages: facts.pages,
    signatures: facts.signatures.map((s) => ({
      signerName: s.signerName,
      signingTime: s.signingTime,
      subFilter: s.subFilter,
      coversWholeFile: s.coversWholeFile,
      digestMatches: s.digestMatches,
      signatureValid: s.signatureValid,
      selfSigned: s.selfSigned ?? null,
      certificateIssuer: s.certificateIssuer ?? null,
      ...(s.trust ? { trust: s.trust } : {}),
      ...(s.reasons ? { reasons: s.reasons } : {}),
      ...(s.certificates ? { certificates: s.certificates.map((c) => c.toString('base64')) } : {}),
    })),
    problem: facts.error ? { code: facts.error.code, vi: facts.error.vi, en: facts.error.en } : null,
  };
}
