/* English stemming: Snowball's English stemmer (libstemmer_c), after folding British -ise/-yse
 * spellings into the American -ize/-yze ones.
 *
 * Snowball treats the two spellings differently (decentralisation → "decentralis" but
 * decentralization → "decentr"), and the portal's English mixes British and American writers, so
 * the British form is rewritten first: the "s" of -ise/-yse (and of -ised, -ising, -isation, …)
 * becomes "z". Words whose -ise is not that suffix (promise, exercise, advertise, surprise, …) are
 * listed and left alone. A possessive 's (and the bare ' of "ministers'") is Snowball's own step 0;
 * the normaliser has already turned ’ into '. */
#include "stemmers/stem_internal.h"

#include <libstemmer.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct poshuk_en_stemmer {
    struct sb_stemmer *snowball;
    char buf[64]; /* the word with its -ise folded; longer words are not folded */
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

/* Endings built on -ise, and how many of their letters follow "is": "ise" has 1 ("e"), "ising" 3
 * ("ing"). base_tail is what turns the word back into its -ise verb for the exclusion check. */
static const struct {
    const char *ending;
    size_t after_s; /* bytes of the ending after its "s" */
} british_endings[] = {
    {"isations", 6}, {"isation", 5}, {"isable", 4}, {"ising", 3}, {"isers", 3}, {"iser", 2}, {"ised", 2},
    {"ises", 2},     {"ise", 1},     {"ysing", 3},  {"ysed", 2},  {"yses", 2},  {"yse", 1},
};

/* -ise words that have no -ize twin (as verbs: advertise, not advertize). Compared with the
 * word's -ise/-yse form, so "promised" and "surprising" are caught too. */
static const char *const not_ize[] = {
    "advertise",
    "advise",
    "anise",
    "apprise",
    "arise",
    "bruise",
    "chastise",
    "chemise",
    "circumcise",
    "comprise",
    "compromise",
    "concise",
    "cruise",
    "demise",
    "despise",
    "devise",
    "disenfranchise",
    "disguise",
    "enfranchise",
    "enterprise",
    "excise",
    "exercise",
    "expertise",
    "franchise",
    "guise",
    "imprecise",
    "improvise",
    "incise",
    "merchandise",
    "mortise",
    "noise",
    "otherwise",
    "paradise",
    "poise",
    "porpoise",
    "praise",
    "appraise",
    "precise",
    "premise",
    "promise",
    "raise",
    "reprise",
    "revise",
    "rise",
    "sunrise",
    "supervise",
    "surmise",
    "surprise",
    "televise",
    "tortoise",
    "treatise",
    "turquoise",
    "valise",
    "vise",
    "wise",
    "likewise",
    "clockwise",
    "anticlockwise",
    "counterclockwise",
    "uprise",
    "reraise",
    "premise",
};

static int is_not_ize(const char *base, size_t len) {
    for (size_t i = 0; i < sizeof not_ize / sizeof not_ize[0]; i++)
        if (strlen(not_ize[i]) == len && memcmp(not_ize[i], base, len) == 0)
            return 1;
    return 0;
}

/* If word is a British -ise/-yse form, writes its -ize/-yze form into en->buf and returns 1. */
static int fold_british(poshuk_en_stemmer *en, const char *word, size_t len) {
    if (len >= sizeof en->buf || len < 6)
        return 0;
    /* Every ending has its "is"/"ys" within the last 8 letters: most words have none and leave here. */
    int maybe = 0;
    for (size_t i = len > 8 ? len - 8 : 1; i + 1 < len && !maybe; i++)
        maybe = word[i] == 's' && (word[i - 1] == 'i' || word[i - 1] == 'y');
    if (!maybe)
        return 0;
    for (size_t i = 0; i < sizeof british_endings / sizeof british_endings[0]; i++) {
        size_t el = strlen(british_endings[i].ending);
        /* At least three letters before the suffix: rise, wise and guise are not derived words. */
        if (len < el + 3 || memcmp(word + len - el, british_endings[i].ending, el) != 0)
            continue;
        size_t s_at = len - british_endings[i].after_s - 1;
        char base[sizeof en->buf + 1];
        memcpy(base, word, s_at + 1);
        base[s_at + 1] = 'e';
        if (is_not_ize(base, s_at + 2))
            return 0;
        memcpy(en->buf, word, len);
        en->buf[s_at] = 'z';
        return 1;
    }
    return 0;
}

const char *poshuk_en_stem(poshuk_en_stemmer *en, const char *word, size_t len, size_t *out_len) {
    if (len > INT_MAX) {
        *out_len = len;
        return word;
    }
    const char *in = fold_british(en, word, len) ? en->buf : word;
    const sb_symbol *s = sb_stemmer_stem(en->snowball, (const sb_symbol *)in, (int)len);
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
