/* The crash test's hook of crash.h. */
#include "indexer/crash.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>

unsigned long poshuk_crash_after(void) {
    const char *text = getenv("POSHUK_CRASH_AFTER");
    if (text == NULL || *text < '0' || *text > '9')
        return 0;
    char *end;
    errno = 0;
    unsigned long n = strtoul(text, &end, 10);
    return errno == 0 && *end == '\0' ? n : 0;
}

void poshuk_crash_point(unsigned long n, unsigned long after) {
    if (after != 0 && n == after)
        raise(SIGKILL);
}
