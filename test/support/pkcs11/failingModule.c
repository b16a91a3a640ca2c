/*
 * A PKCS#11 module for tests that forwards every call to a real one (SoftHSM2) except one, which fails
 * with a chosen CKR_ value: a token whose PIN is locked (C_Login → CKR_PIN_LOCKED), a token pulled out
 * mid-signing (C_Sign → CKR_DEVICE_REMOVED, CKR_TOKEN_NOT_PRESENT, CKR_SESSION_HANDLE_INVALID). SoftHSM
 * never locks a PIN and cannot be unplugged, so this is how those paths run through the app's real code:
 * the token process, pkcs11js and its error mapping. Built per case by test/support/failingToken.ts:
 *   cc -shared -fPIC -DREAL_MODULE='"…/libsofthsm2.so"' -DFAIL_AT_LOGIN|-DFAIL_AT_SIGN -DFAIL_RV=0xA4
 */
#include <dlfcn.h>
#include <stddef.h>

#define CK_PTR *
#define CK_DECLARE_FUNCTION(returnType, name) returnType name
#define CK_DECLARE_FUNCTION_POINTER(returnType, name) returnType(*name)
#define CK_CALLBACK_FUNCTION(returnType, name) returnType(*name)
#define NULL_PTR 0
#include "pkcs11.h"

static CK_FUNCTION_LIST shim;
static CK_FUNCTION_LIST_PTR real = NULL;

static CK_RV failing_login(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG len) {
#ifdef FAIL_AT_LOGIN
  (void)session; (void)user; (void)pin; (void)len;
  return (CK_RV)(FAIL_RV);
#else
  return real->C_Login(session, user, pin, len);
#endif
}

static CK_RV failing_sign(CK_SESSION_HANDLE session, CK_BYTE_PTR data, CK_ULONG data_len, CK_BYTE_PTR sig,
                          CK_ULONG_PTR sig_len) {
#ifdef FAIL_AT_SIGN
  (void)session; (void)data; (void)data_len; (void)sig; (void)sig_len;
  return (CK_RV)(FAIL_RV);
#else
  return real->C_Sign(session, data, data_len, sig, sig_len);
#endif
}

CK_RV C_GetFunctionList(CK_FUNCTION_LIST_PTR_PTR list) {
  if (list == NULL) return CKR_ARGUMENTS_BAD;
  if (real == NULL) {
    void *lib = dlopen(REAL_MODULE, RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) return CKR_GENERAL_ERROR;
    CK_C_GetFunctionList get = (CK_C_GetFunctionList)dlsym(lib, "C_GetFunctionList");
    if (get == NULL || get(&real) != CKR_OK) return CKR_GENERAL_ERROR;
    shim = *real;
    shim.C_Login = failing_login;
    shim.C_Sign = failing_sign;
  }
  *list = &shim;
  return CKR_OK;
}
