/* Test-only stand-in for Windows' icuuc.dll (Windows 10 1903+ ships ICU), which Wine 8 lacks. Qt6Core links
 * ICU's converter API for legacy code pages; OPD Studio only uses UTF-8/UTF-16, so here no converter can be
 * opened (ucnv_open fails with U_FILE_ACCESS_ERROR) and none is listed. Built by installer/smoke_windows.sh with
 * mingw-w64 into the Wine prefix only; never shipped in the installer. */
#include <stddef.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

void *ucnv_open(const char *name, UErrorCode *status)
{
    (void)name;
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
    return NULL;
}

int ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status)
{
    (void)name; (void)standard;
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
    return NULL;
}

/* Never reached without an open converter; present so Qt6Core.dll's imports resolve. */
void ucnv_close(void *c) { (void)c; }
void ucnv_reset(void *c) { (void)c; }
const char *ucnv_getName(void *c, UErrorCode *s) { (void)c; (void)s; return NULL; }
signed char ucnv_getMaxCharSize(void *c) { (void)c; return 1; }
int ucnv_fromUCountPending(void *c, UErrorCode *s) { (void)c; (void)s; return 0; }
int ucnv_toUCountPending(void *c, UErrorCode *s) { (void)c; (void)s; return 0; }
void ucnv_fromUnicode(void) {}
void ucnv_toUnicode(void) {}
void ucnv_getFromUCallBack(void) {}
void ucnv_getToUCallBack(void) {}
void ucnv_setFromUCallBack(void) {}
void ucnv_setToUCallBack(void) {}
void ucnv_cbFromUWriteUChars(void) {}
void ucnv_cbToUWriteUChars(void) {}
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
