/* Oblast names: a table of facts and a lookup. Names are compared folded (poshuk_fold_key: lower case,
 * apostrophes made one, spaces collapsed) and without the words that only say what kind of unit it is
 * (область, обл., oblast, region; м., місто, city), so "Харківська обл." and "KHARKIV OBLAST" meet. */
#include "stemmers/oblasts.h"

#include "stemmers/analysis.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    poshuk_oblast names;
    /* Every other folded core a text may use; the first is the Ukrainian adjective or name. */
    const char *aliases[10];
} entry;

static const entry table[] = {
    {{"crimea", "Автономна Республіка Крим", "Autonomous Republic of Crimea"},
     {"автономна республіка крим", "ар крим", "крим", "autonomous republic of crimea", "crimea",
      "avtonomna respublika krym", "krym"}},
    {{"vinnytsia", "Вінницька область", "Vinnytsia Oblast"},
     {"вінницька", "вінниччина", "vinnytsia", "vinnytska", "vinnytsya", "vinnitsa", "vinnytskyi"}},
    {{"volyn", "Волинська область", "Volyn Oblast"},
     {"волинська", "волинь", "volyn", "volynska", "volyn'", "volhynia"}},
    {{"dnipropetrovsk", "Дніпропетровська область", "Dnipropetrovsk Oblast"},
     {"дніпропетровська", "дніпропетровщина", "дніпровщина", "dnipropetrovsk", "dnipropetrovska",
      "dnepropetrovsk", "dnipro"}},
    {{"donetsk", "Донецька область", "Donetsk Oblast"},
     {"донецька", "донеччина", "donetsk", "donetska", "donechchyna"}},
    {{"zhytomyr", "Житомирська область", "Zhytomyr Oblast"},
     {"житомирська", "житомирщина", "zhytomyr", "zhytomyrska", "zhitomir", "zhytomyrshchyna"}},
    {{"zakarpattia", "Закарпатська область", "Zakarpattia Oblast"},
     {"закарпатська", "закарпаття", "zakarpattia", "zakarpatska", "zakarpattya", "transcarpathia",
      "transcarpathian", "zakarpatye"}},
    {{"zaporizhzhia", "Запорізька область", "Zaporizhzhia Oblast"},
     {"запорізька", "запоріжжя", "запоріжчина", "zaporizhzhia", "zaporizka", "zaporizhzhya", "zaporizhia",
      "zaporozhye", "zaporizhya"}},
    {{"ivano-frankivsk", "Івано-Франківська область", "Ivano-Frankivsk Oblast"},
     {"івано-франківська", "івано-франківщина", "прикарпаття", "ivano-frankivsk", "ivano-frankivska",
      "ivano-frankovsk", "prykarpattia"}},
    {{"kyiv", "Київська область", "Kyiv Oblast"}, {"київська", "київщина", "kyivska", "kyivshchyna"}},
    {{"kirovohrad", "Кіровоградська область", "Kirovohrad Oblast"},
     {"кіровоградська", "кіровоградщина", "kirovohrad", "kirovohradska", "kirovograd", "kropyvnytskyi"}},
    {{"luhansk", "Луганська область", "Luhansk Oblast"},
     {"луганська", "луганщина", "luhansk", "luhanska", "lugansk"}},
    {{"lviv", "Львівська область", "Lviv Oblast"},
     {"львівська", "львівщина", "lviv", "lvivska", "lvov", "lwow", "lvivshchyna"}},
    {{"mykolaiv", "Миколаївська область", "Mykolaiv Oblast"},
     {"миколаївська", "миколаївщина", "mykolaiv", "mykolaivska", "mykolayiv", "nikolaev", "nikolayev",
      "mykolaivshchyna"}},
    {{"odesa", "Одеська область", "Odesa Oblast"},
     {"одеська", "одещина", "odesa", "odeska", "odessa", "odeshchyna"}},
    {{"poltava", "Полтавська область", "Poltava Oblast"},
     {"полтавська", "полтавщина", "poltava", "poltavska", "poltavshchyna"}},
    {{"rivne", "Рівненська область", "Rivne Oblast"},
     {"рівненська", "рівненщина", "rivne", "rivnenska", "rovno", "rivnenshchyna"}},
    {{"sumy", "Сумська область", "Sumy Oblast"}, {"сумська", "сумщина", "sumy", "sumska", "sumshchyna"}},
    {{"ternopil", "Тернопільська область", "Ternopil Oblast"},
     {"тернопільська", "тернопільщина", "ternopil", "ternopilska", "ternopol", "ternopilshchyna"}},
    {{"kharkiv", "Харківська область", "Kharkiv Oblast"},
     {"харківська", "харківщина", "kharkiv", "kharkivska", "kharkov", "kharkivshchyna"}},
    {{"kherson", "Херсонська область", "Kherson Oblast"},
     {"херсонська", "херсонщина", "kherson", "khersonska", "khersonshchyna"}},
    {{"khmelnytskyi", "Хмельницька область", "Khmelnytskyi Oblast"},
     {"хмельницька", "хмельниччина", "khmelnytskyi", "khmelnytska", "khmelnytsky", "khmelnitsky",
      "khmelnytskyy", "khmelnitskiy"}},
    {{"cherkasy", "Черкаська область", "Cherkasy Oblast"},
     {"черкаська", "черкащина", "cherkasy", "cherkaska", "cherkassy", "cherkashchyna"}},
    {{"chernivtsi", "Чернівецька область", "Chernivtsi Oblast"},
     {"чернівецька", "буковина", "chernivtsi", "chernivetska", "chernovtsy", "bukovyna", "bukovina"}},
    {{"chernihiv", "Чернігівська область", "Chernihiv Oblast"},
     {"чернігівська", "чернігівщина", "chernihiv", "chernihivska", "chernigov", "chernihivshchyna"}},
    {{"kyiv-city", "м. Київ", "Kyiv"}, {"київ", "kyiv", "kiev"}},
    {{"sevastopol", "м. Севастополь", "Sevastopol"}, {"севастополь", "sevastopol"}},
};

/* Words that say what kind of unit a name is rather than which one. */
static const char *const oblast_words[] = {"область", "обл.", "обл", "oblast",
                                           "oblast'", "obl.", "obl", "region"};
static const char *const city_words[] = {"м.", "м", "місто", "city"};

static int is_one_of(const char *const *words, size_t n_words, const char *w, size_t n) {
    for (size_t i = 0; i < n_words; ++i)
        if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
            return 1;
    return 0;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Copies the words of a folded name that are not unit words into core (as large as the name), one
 * space apart; *said_oblast tells whether an oblast word was among them. */
static void core_of(const char *folded, size_t len, char *core, int *said_oblast) {
    size_t o = 0;
    *said_oblast = 0;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && folded[end] != ' ')
            ++end;
        if (is_one_of(oblast_words, COUNT(oblast_words), folded + i, end - i)) {
            *said_oblast = 1;
        } else if (!is_one_of(city_words, COUNT(city_words), folded + i, end - i)) {
            if (o)
                core[o++] = ' ';
            memcpy(core + o, folded + i, end - i);
            o += end - i;
        }
        i = end + 1;
    }
    core[o] = '\0';
}

static const poshuk_oblast *by_core(const char *core) {
    for (size_t i = 0; i < COUNT(table); ++i)
        for (const char *const *a = table[i].aliases; *a; ++a)
            if (strcmp(*a, core) == 0)
                return &table[i].names;
    return NULL;
}

const poshuk_oblast *poshuk_oblast_find(const char *name, size_t len) {
    size_t folded_len = 0;
    char *folded = poshuk_fold_key(name, len, &folded_len);
    if (!folded)
        return NULL;
    char *core = malloc(folded_len + 1);
    if (!core) {
        free(folded);
        return NULL;
    }
    int said_oblast = 0;
    core_of(folded, folded_len, core, &said_oblast);
    const poshuk_oblast *found = by_core(core);
    /* A bare "Kyiv" is the city, but "Kyiv Oblast" and "Kyiv region" mean the oblast around it. */
    if (found && said_oblast && strcmp(found->key, "kyiv-city") == 0)
        found = by_core("київська");
    free(core);
    free(folded);
    return found;
}
