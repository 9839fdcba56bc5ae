/* The 27 top-level units of Ukraine under every name news text gives them: the portal's
 * "Харківська область", the short "Харківщина", "Kharkiv Oblast", the strict "Kharkivska oblast" and
 * older English spellings ("Kharkov", "Vinnytsya", "Zaporizhzhya"). poshuk files every spelling under
 * one oblast, so a filter or a facet has one value per oblast. */
#ifndef POSHUK_OBLASTS_H
#define POSHUK_OBLASTS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct poshuk_oblast {
    const char *key; /* a stable ASCII name: "kharkiv", "kyiv-city" */
    const char *uk;  /* the portal's form: "Харківська область", "м. Київ" */
    const char *en;  /* the official English name: "Kharkiv Oblast", "Kyiv" */
} poshuk_oblast;

/* The unit a name refers to, in any case, spacing or common spelling, or NULL when the name is none of
 * them. A bare city name is the city where there is one (Київ, Kyiv → the city of Kyiv), the oblast
 * otherwise (Kharkiv → Kharkiv Oblast). The result is static. */
const poshuk_oblast *poshuk_oblast_find(const char *name, size_t len);

#ifdef __cplusplus
}
#endif

#endif
