/* Stopwords: words too frequent to say what an article is about. Ukrainian inflects its pronouns and
 * the verbs бути and могти, so every form is listed (цей, цього, цієї, цьому, …), not just the
 * dictionary form. Left out on purpose, though they are function words: forms that are also
 * frequent content words of the portal's news (край "region", ради "of the council", мов "of
 * languages", коло "circle"). English: pronouns, articles, auxiliaries and their contractions, but
 * not "us" and "may" (the US, the month of May).
 *
 * Each list is kept sorted by bytes (tests/test_stopwords.c checks it) so lookup is a binary
 * search. */
#include "stemmers/analysis.h"

#include <stdlib.h>
#include <string.h>

static const char *const uk_stopwords[] = {
    "а",        "аби",     "або",     "адже",    "аж",      "але",     "ані",      "б",        "без",
    "би",       "бо",      "був",     "бувши",   "буде",    "будемо",  "будете",   "будеш",    "буду",
    "будуть",   "будучи",  "будь",    "будьмо",  "будьте",  "була",    "були",     "було",     "бути",
    "більш",    "більше",  "біля",    "в",       "вам",     "вами",    "вас",      "ваш",      "ваша",
    "ваше",     "вашим",   "вашими",  "ваших",   "вашого",  "вашому",  "вашою",    "вашої",    "ваші",
    "вашій",    "весь",    "вже",     "вздовж",  "ви",      "вона",    "вони",     "воно",     "все",
    "всупереч", "всього",  "всьому",  "вся",     "всі",     "всій",    "всім",     "всіма",    "всіх",
    "всією",    "всієї",   "від",     "він",     "де",      "деяка",   "деяке",    "деякий",   "деяким",
    "деякими",  "деяких",  "деякого", "деякому", "деякою",  "деякої",  "деякі",    "деякій",   "для",
    "до",       "довкола", "доки",    "дуже",    "ж",       "же",      "жоден",    "жодна",    "жодне",
    "жодним",   "жодними", "жодних",  "жодного", "жодному", "жодною",  "жодної",   "жодні",    "жодній",
    "з",        "за",      "завдяки", "задля",   "замість", "зате",    "звідки",   "зо",       "зі",
    "й",        "його",    "йому",    "ким",     "кимось",  "кого",    "когось",   "кожен",    "кожна",
    "кожне",    "кожний",  "кожним",  "кожними", "кожних",  "кожного", "кожному",  "кожною",   "кожної",
    "кожні",    "кожній",  "коли",    "кому",    "комусь",  "котра",   "котре",    "котрий",   "котрим",
    "котрими",  "котрих",  "котрого", "котрому", "котрою",  "котрої",  "котрі",    "котрій",   "крізь",
    "крім",     "куди",    "кім",     "лиш",     "лише",    "мене",    "менш",     "менше",    "мені",
    "ми",       "мною",    "могла",   "могли",   "могло",   "мого",    "могти",    "може",     "можемо",
    "можете",   "можеш",   "можна",   "можу",    "можуть",  "можучи",  "моя",      "моє",      "моєму",
    "моєю",     "моєї",    "мої",     "моїй",    "моїм",    "моїми",   "моїх",     "міг",      "між",
    "мій",      "на",      "навколо", "навіть",  "над",     "наді",    "найбільш", "нам",      "нами",
    "нас",      "наче",    "наш",     "наша",    "наше",    "нашим",   "нашими",   "наших",    "нашого",
    "нашому",   "нашою",   "нашої",   "наші",    "нашій",   "не",      "невже",    "нема",     "немає",
    "немов",    "неначе",  "нехай",   "нею",     "неї",     "ним",     "ними",     "них",      "нього",
    "ньому",    "ні",      "ніби",    "ніж",     "ній",     "ніким",   "нікого",   "нікому",   "ніхто",
    "нічим",    "нічого",  "нічому",  "ніщо",    "од",      "однак",   "окрім",    "оскільки", "ось",
    "от",       "отже",    "ото",     "перед",   "переді",  "по",      "поза",     "поки",     "поміж",
    "понад",    "попри",   "потім",   "при",     "причому", "про",     "проте",    "проти",    "протягом",
    "під",      "піді",    "після",   "сам",     "сама",    "саме",    "самим",    "самими",   "самих",
    "самого",   "самому",  "самою",   "самої",   "самі",    "самій",   "свого",    "своя",     "своє",
    "своєму",   "своєю",   "своєї",   "свої",    "своїй",   "своїм",   "своїми",   "своїх",    "свій",
    "себе",     "серед",   "собою",   "собі",    "сюди",    "та",      "так",      "така",     "таке",
    "таки",     "такий",   "таким",   "такими",  "таких",   "такого",  "також",    "такому",   "такою",
    "такої",    "такі",    "такій",   "там",     "твого",   "твоя",    "твоє",     "твоєму",   "твоєю",
    "твоєї",    "твої",    "твоїй",   "твоїм",   "твоїми",  "твоїх",   "твій",     "те",       "тебе",
    "теж",      "ти",      "тим",     "тими",    "тих",     "то",      "тобою",    "тобто",    "тобі",
    "того",     "тоді",    "той",     "тому",    "туди",    "тут",     "ті",       "тій",      "тільки",
    "тією",     "тієї",    "у",       "увесь",   "уже",     "уздовж",  "усе",      "усього",   "усьому",
    "уся",      "усі",     "усій",    "усім",    "усіма",   "усіх",    "усією",    "усієї",    "хай",
    "хоч",      "хоча",    "хто",     "хтось",   "хіба",    "це",      "цей",      "цим",      "цими",
    "цих",      "цього",   "цьому",   "ця",      "ці",      "цій",     "цією",     "цієї",     "через",
    "чи",       "чий",     "чийого",  "чийому",  "чим",     "чимось",  "чия",      "чиє",      "чиєю",
    "чиєї",     "чиї",     "чиїй",    "чиїм",    "чиїми",   "чиїх",    "чого",     "чогось",   "чому",
    "чомусь",   "чім",     "ще",      "що",      "щоб",     "щодо",    "щось",     "я",        "як",
    "яка",      "якби",    "яке",     "який",    "яким",    "якими",   "яких",     "якого",    "якому",
    "якою",     "якої",    "якщо",    "які",     "якій",    "є",       "єсть",     "і",        "із",
    "їй",       "їм",      "їх",      "їхнього", "їхньому", "їхньою",  "їхньої",   "їхня",     "їхнє",
    "їхні",     "їхній",   "їхнім",   "їхніми",  "їхніх",   "її",
};

static const char *const en_stopwords[] = {
    "a",         "about",   "above",     "after",      "again",      "against", "all",    "am",      "an",
    "and",       "any",     "are",       "aren't",     "as",         "at",      "be",     "because", "been",
    "before",    "being",   "below",     "between",    "both",       "but",     "by",     "can",     "can't",
    "cannot",    "could",   "couldn't",  "did",        "didn't",     "do",      "does",   "doesn't", "doing",
    "don't",     "down",    "during",    "each",       "few",        "for",     "from",   "further", "had",
    "hadn't",    "has",     "hasn't",    "have",       "haven't",    "having",  "he",     "he'd",    "he'll",
    "he's",      "her",     "here",      "here's",     "hers",       "herself", "him",    "himself", "his",
    "how",       "how's",   "i",         "i'd",        "i'll",       "i'm",     "i've",   "if",      "in",
    "into",      "is",      "isn't",     "it",         "it's",       "its",     "itself", "let's",   "me",
    "more",      "most",    "mustn't",   "my",         "myself",     "no",      "nor",    "not",     "of",
    "off",       "on",      "once",      "only",       "or",         "other",   "ought",  "our",     "ours",
    "ourselves", "out",     "over",      "own",        "same",       "shan't",  "she",    "she'd",   "she'll",
    "she's",     "should",  "shouldn't", "so",         "some",       "such",    "than",   "that",    "that's",
    "the",       "their",   "theirs",    "them",       "themselves", "then",    "there",  "there's", "these",
    "they",      "they'd",  "they'll",   "they're",    "they've",    "this",    "those",  "through", "to",
    "too",       "under",   "until",     "up",         "very",       "was",     "wasn't", "we",      "we'd",
    "we'll",     "we're",   "we've",     "were",       "weren't",    "what",    "what's", "when",    "when's",
    "where",     "where's", "which",     "while",      "who",        "who's",   "whom",   "why",     "why's",
    "with",      "won't",   "would",     "wouldn't",   "you",        "you'd",   "you'll", "you're",  "you've",
    "your",      "yours",   "yourself",  "yourselves",
};

struct key {
    const char *word;
    size_t len;
};

/* Byte order without strlen: every word of every article is looked up. */
static int compare(const void *k, const void *entry) {
    const struct key *key = k;
    const unsigned char *a = (const unsigned char *)key->word;
    const unsigned char *b = *(const unsigned char *const *)entry;
    for (size_t i = 0; i < key->len; i++) {
        if (b[i] == 0)
            return 1;
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return b[key->len] == 0 ? 0 : -1;
}

static int in_list(const char *const *list, size_t n, const char *word, size_t len) {
    struct key key = {word, len};
    return bsearch(&key, list, n, sizeof *list, compare) != NULL;
}

int poshuk_is_stopword(const char *word, size_t len) {
    /* Script decides the list: a Latin word cannot be in the Ukrainian one and the other way round,
     * so the first byte is enough (Cyrillic starts with 0xD0..0xD3 in UTF-8). */
    if (len == 0)
        return 0;
    if ((unsigned char)word[0] < 0x80)
        return in_list(en_stopwords, sizeof en_stopwords / sizeof en_stopwords[0], word, len);
    return in_list(uk_stopwords, sizeof uk_stopwords / sizeof uk_stopwords[0], word, len);
}

size_t poshuk_stopword_list(int english, const char *const **out) {
    if (english) {
        *out = en_stopwords;
        return sizeof en_stopwords / sizeof en_stopwords[0];
    }
    *out = uk_stopwords;
    return sizeof uk_stopwords / sizeof uk_stopwords[0];
}
