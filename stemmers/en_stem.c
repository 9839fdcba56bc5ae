/* English stemming: Snowball's English stemmer (libstemmer_c). */
#include "stemmers/stem_internal.h"

#include <libstemmer.h>
#include <limits.h>
#include <stdlib.h>

struct poshuk_en_stemmer {
    struct sb_stemmer *snowball;
};

poshuk_en_stemmer *poshuk_en_stemmer_new(void) {
    poshuk_en_stemmer *en = malloc(sizeof *en);
    if (!en)
        return NULL;
    en->snowball = sb_stemmer_new("english", NULL);
    if (!en->snowball) {
        free(en);
        return NULL;
    }
    return en;
}

const char *poshuk_en_stem(poshuk_en_stemmer *en, const char *word, size_t len, size_t *out_len) {
    if (len > INT_MAX) {
        *out_len = len;
        return word;
    }
    const sb_symbol *s = sb_stemmer_stem(en->snowball, (const sb_symbol *)word, (int)len);
    if (!s) { /* out of memory inside Snowball: the word stays as it is */
        *out_len = len;
        return word;
    }
    *out_len = (size_t)sb_stemmer_length(en->snowball);
    return (const char *)s;
}

void poshuk_en_stemmer_delete(poshuk_en_stemmer *en) {
    if (!en)
        return;
    sb_stemmer_delete(en->snowball);
    free(en);
}
