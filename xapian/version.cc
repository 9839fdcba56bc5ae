/* poshuk_version: the version of the library that is running, which a program linked with an older or
 * newer libposhuk.so.1 than its header (POSHUK_VERSION) can compare. */
#include "poshuk.h"

extern "C" const char *poshuk_version(void) {
    return POSHUK_VERSION;
}
