/* Test environment only, never shipped: Wine 8 has no bcryptprimitives.dll, which Windows 10/11
 * have and Rust's standard library (python-calamine, the .xlsx reader) calls for random numbers
 * (ProcessPrng). build_spec/windows_smoke.sh puts this stand-in into the Wine prefix's system32. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
