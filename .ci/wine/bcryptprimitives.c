/* A stand-in for Windows' bcryptprimitives.dll, for running xbas.exe under Wine only.
 *
 * Rust's standard library (1.78 and later) takes its random numbers (HashMap seeds)
 * from ProcessPrng in bcryptprimitives.dll, which Windows 10 and later have and Wine
 * 8.0 (Debian 12's) lacks: without this stub, xbas.exe does not start under Wine.
 * It forwards to RtlGenRandom (SystemFunction036 of advapi32), which Wine has.
 * Never shipped: on Windows the system's own DLL is used.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *        bcryptprimitives.c bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
