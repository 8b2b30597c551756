/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks: ProcessPrng (Windows 10 1903+),
 * used by pydantic_core through Rust's std, fills a buffer from the system RNG (RtlGenRandom). Built by
 * installer/smoke_windows.sh with mingw-w64 into the Wine prefix only; never shipped in the installer. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
