#include "world.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The 27 top-level units as the portal writes them (the site form of shared/notes/ukraine.md). */
static const char *const OBLASTS[WORLD_OBLASTS] = {
    "Автономна Республіка Крим",
    "Вінницька область",
    "Волинська область",
    "Дніпропетровська область",
    "Донецька область",
    "Житомирська область",
    "Закарпатська область",
    "Запорізька область",
    "Івано-Франківська область",
    "Київська область",
    "Кіровоградська область",
    "Луганська область",
    "Львівська область",
    "Миколаївська область",
    "Одеська область",
    "Полтавська область",
    "Рівненська область",
    "Сумська область",
    "Тернопільська область",
    "Харківська область",
    "Херсонська область",
    "Хмельницька область",
    "Черкаська область",
    "Чернівецька область",
    "Чернігівська область",
    "м. Київ",
    "м. Севастополь",
};

/* Hromadas exist in the 24 oblasts, not in Crimea or the two cities (indices 0, 25, 26 above). */
static int has_hromadas(size_t oblast) {
    return oblast != 0 && oblast != 25 && oblast != 26;
}

static char *dup_str(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static int contains(char **list, size_t n, const char *s) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], s) == 0)
            return 1;
    return 0;
}

static void shuffle(size_t *a, size_t n, rng *r) {
    for (size_t i = n; i > 1; i--) {
        size_t j = rng_below(r, i);
        size_t t = a[i - 1];
        a[i - 1] = a[j];
        a[j] = t;
    }
}

/* A tag is a common word of middling rank (not a function word, not a rarity), one in five a pair of
 * them, as taxonomies have "освіта" and "місцеве самоврядування". */
static int make_tags(world *w, const vocab *common, size_t n, rng *r) {
    w->tags = calloc(n, sizeof *w->tags);
    if (!w->tags)
        return -1;
    size_t lo = common->n_function + 50, span = common->n > lo + 20000 ? 20000 : common->n - lo;
    char buf[256];
    while (w->n_tags < n) {
        const char *a = common->words[lo + rng_below(r, span)];
        if (rng_below(r, 5) == 0)
            snprintf(buf, sizeof buf, "%s %s", a, common->words[lo + rng_below(r, span)]);
        else
            snprintf(buf, sizeof buf, "%s", a);
        if (strchr(buf, '\'') || contains(w->tags, w->n_tags, buf))
            continue; /* an apostrophe would need quoting in the peers' filter syntax */
        if (!(w->tags[w->n_tags] = dup_str(buf)))
            return -1;
        w->n_tags++;
    }
    return zipf_init(&w->tag_law, n, 1.0);
}

/* "<Name>ська сільська територіальна громада": an adjective made from a place-like name, with the mix
 * of urban, settlement and rural hromadas Ukraine has (about 15 / 30 / 55 %). */
static int make_hromadas(world *w, const vocab *names, size_t n, rng *r) {
    static const char *const VOWELS[] = {"а", "о", "е", "и", "і", "я", "ь", "й", "у", "ю", "є", "ї"};
    w->hromadas = calloc(n, sizeof *w->hromadas);
    w->hromada_oblast = calloc(n, sizeof *w->hromada_oblast);
    w->sorted_hromadas = calloc(n, sizeof *w->sorted_hromadas);
    w->oblast_first = calloc(WORLD_OBLASTS, sizeof(size_t));
    w->oblast_count = calloc(WORLD_OBLASTS, sizeof(size_t));
    if (!w->hromadas || !w->hromada_oblast || !w->sorted_hromadas || !w->oblast_first || !w->oblast_count)
        return -1;
    size_t with[WORLD_OBLASTS], n_with = 0;
    for (size_t o = 0; o < WORLD_OBLASTS; o++)
        if (has_hromadas(o))
            with[n_with++] = o;
    char root[128], buf[256];
    while (w->n_hromadas < n) {
        const char *name = names->words[rng_below(r, names->n < 50000 ? names->n : 50000)];
        size_t len = strlen(name);
        if (len < 6 || len >= sizeof root || strchr(name, '-') || strchr(name, '\''))
            continue;
        memcpy(root, name, len + 1);
        for (size_t v = 0; v < sizeof VOWELS / sizeof *VOWELS; v++) {
            size_t vl = strlen(VOWELS[v]);
            if (len > vl && strcmp(root + len - vl, VOWELS[v]) == 0) {
                root[len - vl] = '\0';
                break;
            }
        }
        unsigned kind = (unsigned)rng_below(r, 100);
        snprintf(buf, sizeof buf, "%sська %s територіальна громада", root,
                 kind < 15   ? "міська"
                 : kind < 45 ? "селищна"
                             : "сільська");
        if (contains(w->hromadas, w->n_hromadas, buf))
            continue;
        if (!(w->hromadas[w->n_hromadas] = dup_str(buf)))
            return -1;
        w->hromada_oblast[w->n_hromadas] = with[w->n_hromadas % n_with];
        w->n_hromadas++;
    }
    /* Group by oblast, so an article draws its hromadas from its own oblast. */
    size_t k = 0;
    for (size_t o = 0; o < WORLD_OBLASTS; o++) {
        w->oblast_first[o] = k;
        for (size_t h = 0; h < w->n_hromadas; h++)
            if (w->hromada_oblast[h] == o)
                w->sorted_hromadas[k++] = h;
        w->oblast_count[o] = k - w->oblast_first[o];
    }
    return 0;
}

static int make_sources(world *w, const vocab *names, size_t n, rng *r) {
    w->sources = calloc(n, sizeof *w->sources);
    if (!w->sources)
        return -1;
    char buf[256];
    while (w->n_sources < n) {
        const char *name = names->words[rng_below(r, names->n < 5000 ? names->n : 5000)];
        snprintf(buf, sizeof buf, "%s %s", name, rng_below(r, 2) ? "Новини" : "Інформ");
        if (contains(w->sources, w->n_sources, buf))
            continue;
        if (!(w->sources[w->n_sources] = dup_str(buf)))
            return -1;
        w->n_sources++;
    }
    return zipf_init(&w->source_law, n, 1.0);
}

int world_init(world *w, const vocab *uk_common, const vocab *uk_names, size_t n_tags, size_t n_hromadas,
               rng *r) {
    memset(w, 0, sizeof *w);
    for (size_t o = 0; o < WORLD_OBLASTS; o++) {
        w->oblasts[o] = OBLASTS[o];
        w->oblast_by_rank[o] = o;
    }
    /* Some oblasts are in the news far more than others; which ones is up to the seed. */
    shuffle(w->oblast_by_rank, WORLD_OBLASTS, r);
    if (zipf_init(&w->oblast_law, WORLD_OBLASTS, 0.7) != 0)
        return -1;
    if (make_tags(w, uk_common, n_tags, r) != 0 || make_hromadas(w, uk_names, n_hromadas, r) != 0 ||
        make_sources(w, uk_names, 40, r) != 0)
        return -1;
    w->first_day = days_from_civil(2016, 1, 1);
    w->n_days = days_from_civil(2025, 12, 31) - w->first_day + 1;
    return 0;
}

static void free_list(char **list, size_t n) {
    for (size_t i = 0; list && i < n; i++)
        free(list[i]);
    free(list);
}

void world_free(world *w) {
    zipf_free(&w->oblast_law);
    free_list(w->tags, w->n_tags);
    zipf_free(&w->tag_law);
    free_list(w->hromadas, w->n_hromadas);
    free(w->hromada_oblast);
    free(w->oblast_first);
    free(w->oblast_count);
    free(w->sorted_hromadas);
    free_list(w->sources, w->n_sources);
    zipf_free(&w->source_law);
    memset(w, 0, sizeof *w);
}

/* Plain counting from 1970: the generator converts one date an article, so clarity beats speed here
 * (dates before 1970 are not needed). */
static int is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m) {
    static const int DAYS[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return DAYS[m - 1] + (m == 2 && is_leap(y));
}

int32_t days_from_civil(int y, int m, int d) {
    int32_t days = 0;
    for (int year = 1970; year < y; year++)
        days += 365 + is_leap(year);
    for (int month = 1; month < m; month++)
        days += month_days(y, month);
    return days + d - 1;
}

void civil_from_days(int32_t days, int *y, int *m, int *d) {
    int year = 1970, month = 1;
    while (days >= 365 + is_leap(year))
        days -= 365 + is_leap(year++);
    while (days >= month_days(year, month))
        days -= month_days(year, month++);
    *y = year;
    *m = month;
    *d = days + 1;
}
