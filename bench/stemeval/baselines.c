/* The stemmers under test, behind one callback shape. The baselines return a part of the word
 * itself; poshuk's returns its own buffer, which the evaluation copies before the next call. */
#include "baselines.h"
#include "stemmers/analysis.h"
#include "text.h"

static const char *identity(void *state, const char *word, size_t len, size_t *out_len) {
    (void)state;
    *out_len = len;
    return word;
}

se_stemmer se_stemmer_identity(void) {
    return (se_stemmer){.name = "identity", .stem = identity};
}

static const char *truncate_word(void *state, const char *word, size_t len, size_t *out_len) {
    *out_len = se_utf8_prefix_bytes(word, len, *(const size_t *)state);
    return word;
}

se_stemmer se_stemmer_truncate(const size_t *chars, const char *name) {
    return (se_stemmer){.name = name, .state = (void *)chars, .stem = truncate_word};
}

static const char *poshuk(void *state, const char *word, size_t len, size_t *out_len) {
    return poshuk_stemmer_stem(state, word, len, out_len);
}

se_stemmer se_stemmer_poshuk(void) {
    return (se_stemmer){.name = "poshuk", .state = poshuk_stemmer_new(), .stem = poshuk};
}

void se_stemmer_poshuk_free(se_stemmer *st) {
    poshuk_stemmer_delete(st->state);
    st->state = NULL;
}
