/* Whole-word exceptions of the Ukrainian stemmer: frequent words whose forms no suffix rule can
 * join, because the stem itself changes (рік / року, день / дня, Київ / Києва, the і of a closed
 * syllable that is о or е in the open one: шкіл / школа, віз / воза) or because another word owns
 * the ending (Харків ends like банків, the plural of банк).
 *
 * Each maps a form to another form of the same word that the suffix table stems right, rather than
 * to a stem: the table may be learned again and its stems change, but року stays a form of рік.
 * Kept sorted by bytes (tests/test_stem_uk.c checks it) for a binary search. */
#include "stemmers/stem_internal.h"

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

/* Byte order, without strlen: -1, 0 or 1 as word[0..len) sorts before, equal to or after e. */
static int compare(const char *word, size_t len, const char *e) {
    const unsigned char *a = (const unsigned char *)word, *b = (const unsigned char *)e;
    for (size_t i = 0; i < len; i++) {
        if (b[i] == 0)
            return 1;
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return b[len] == 0 ? 0 : -1;
}

/* Every word the stemmer sees comes here first, so the search is written out rather than bsearch
 * with a callback, and words longer than any exception skip it. */
const char *poshuk_uk_exception(const char *word, size_t len, size_t *alias_len) {
    if (len > POSHUK_UK_EXCEPTION_MAX_BYTES)
        return NULL;
    size_t lo = 0, hi = sizeof exceptions / sizeof exceptions[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare(word, len, exceptions[mid].word);
        if (c == 0) {
            *alias_len = strlen(exceptions[mid].alias);
            return exceptions[mid].alias;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
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
