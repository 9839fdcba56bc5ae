/* Whole-word exceptions of the Ukrainian stemmer: frequent words whose forms no suffix rule can
 * join, because the stem itself changes (рік / року, день / дня, Київ / Києва, the і of a closed
 * syllable that is о or е in the open one: шкіл / школа, віз / воза) or because another word owns
 * the ending (Харків ends like банків, the plural of банк).
 *
 * Each maps a form to another form of the same word that the suffix table stems right, rather than
 * to a stem: the table may be learned again and its stems change, but року stays a form of рік.
 * Kept sorted by bytes (tests/test_stem_uk.c checks it) for a binary search. */
#include "stemmers/stem_internal.h"

#include <stdlib.h>
#include <string.h>

struct exception {
    const char *word;
    const char *alias;
};

static const struct exception exceptions[] = {
    {"березень", "березня"},
    {"бік", "боку"},
    {"віз", "воза"},
    {"вісім", "восьми"},
    {"двом", "два"},
    {"двома", "два"},
    {"двох", "два"},
    {"день", "дня"},
    {"діти", "дітям"},
    {"дітьми", "дітям"},
    {"києві", "києва"},
    {"київ", "києва"},
    {"кінь", "коня"},
    {"кіньми", "коня"},
    {"кіт", "кота"},
    {"людей", "люди"},
    {"миколаїв", "миколаєва"},
    {"нові", "нова"},
    {"ніч", "ночі"},
    {"ніччю", "ночі"},
    {"осінню", "осені"},
    {"осінь", "осені"},
    {"п'яти", "п'ять"},
    {"ріг", "рогу"},
    {"рід", "роду"},
    {"рік", "року"},
    {"сила", "силу"},
    {"сили", "силу"},
    {"слів", "слова"},
    {"сіл", "села"},
    {"сіллю", "солі"},
    {"сіль", "солі"},
    {"січень", "січня"},
    {"трьом", "три"},
    {"трьома", "три"},
    {"трьох", "три"},
    {"харкові", "харкова"},
    {"харків", "харкова"},
    {"чернівцям", "чернівців"},
    {"чернівцях", "чернівців"},
    {"чернівці", "чернівців"},
    {"чернігів", "чернігова"},
    {"чотирма", "чотири"},
    {"чотирьом", "чотири"},
    {"чотирьох", "чотири"},
    {"шести", "шість"},
    {"ім'я", "імені"},
    {"ім'ям", "імені"},
    {"ірпінь", "ірпеня"},
};

struct key {
    const char *word;
    size_t len;
};

static int compare(const void *k, const void *entry) {
    const struct key *key = k;
    const char *e = ((const struct exception *)entry)->word;
    size_t el = strlen(e);
    int c = memcmp(key->word, e, key->len < el ? key->len : el);
    if (c != 0)
        return c;
    return key->len < el ? -1 : key->len > el;
}

const char *poshuk_uk_exception(const char *word, size_t len, size_t *alias_len) {
    struct key key = {word, len};
    const struct exception *e =
        bsearch(&key, exceptions, sizeof exceptions / sizeof exceptions[0], sizeof exceptions[0], compare);
    if (!e)
        return NULL;
    *alias_len = strlen(e->alias);
    return e->alias;
}

size_t poshuk_uk_exception_count(void) {
    return sizeof exceptions / sizeof exceptions[0];
}

const char *poshuk_uk_exception_word(size_t i) {
    return exceptions[i].word;
}

const char *poshuk_uk_exception_alias(size_t i) {
    return exceptions[i].alias;
}
