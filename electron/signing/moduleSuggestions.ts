/**
 * Where the PKCS#11 modules of the token drivers used in Vietnam are commonly installed. Shown as
 * suggestions in Settings only: nothing is loaded until the user picks a path (a DLL is code; loading one
 * the user did not choose would run it).
 */
export const MODULE_SUGGESTIONS: ReadonlyArray<{ label: string; path: string }> = [
  { label: 'VNPT-CA', path: 'C:\\Windows\\System32\\vnpt-ca_csp11.dll' },
  { label: 'VNPT-CA (v8)', path: 'C:\\Windows\\System32\\vnptca_p11_v8.dll' },
  { label: 'Viettel-CA', path: 'C:\\Windows\\System32\\viettel-ca_v6.dll' },
  { label: 'BKAV-CA', path: 'C:\\Windows\\System32\\BkavCA.dll' },
  { label: 'FPT-CA', path: 'C:\\Windows\\System32\\fpt-ca.dll' },
  { label: 'Ban Cơ yếu Chính phủ (CA chuyên dùng)', path: 'C:\\Windows\\System32\\CA2_csp11.dll' },
  { label: 'SafeNet eToken', path: 'C:\\Windows\\System32\\eTPKCS11.dll' },
  { label: 'Feitian ePass2003', path: 'C:\\Windows\\System32\\eps2003csp11.dll' },
  { label: 'OpenSC (Linux)', path: '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so' },
  { label: 'SoftHSM2 (thử nghiệm / testing)', path: '/usr/lib/softhsm/libsofthsm2.so' },
];
