/* Reading an .aff file. A rule block is a header ("SFX flag Y count") and then exactly count
 * rule lines; reading by that count, not by the look of a line, is what tells "SFX 8 0 0 ан" (a
 * rule appending nothing) from a header. */
#define _POSIX_C_SOURCE 200809L
#include "aff.h"
#include "text.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 8
#define MAX_COND   64

typedef struct {
    const char *s[MAX_FIELDS];
    size_t len[MAX_FIELDS];
    size_t n;
} fields;

static void split_fields(char *line, fields *f) {
    f->n = 0;
    char *p = line;
    while (*p && f->n < MAX_FIELDS) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        f->s[f->n] = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        f->len[f->n] = (size_t)(p - f->s[f->n]);
        f->n++;
    }
}

static int field_is(const fields *f, size_t i, const char *word) {
    return i < f->n && f->len[i] == strlen(word) && memcmp(f->s[i], word, f->len[i]) == 0;
}

static void set_err(char *err, size_t errlen, const char *name, size_t line, const char *fmt, ...) {
    int k = snprintf(err, errlen, "%s:%zu: ", name, line);
    if (k < 0 || (size_t)k >= errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err + k, errlen - (size_t)k, fmt, ap);
    va_end(ap);
}

/* Decodes s as UTF-8 code points without the IGNORE characters; "0" is the empty string. */
static int to_cps(const se_aff *aff, const char *s, size_t len, uint32_t **out, size_t *n) {
    if (len == 1 && s[0] == '0')
        len = 0;
    uint32_t *cps = malloc((len ? len : 1) * sizeof *cps);
    if (!cps)
        return -1;
    size_t k = se_utf8_to_cps(s, len, cps);
    if (k == (size_t)-1) {
        free(cps);
        return -1;
    }
    size_t kept = 0;
    for (size_t i = 0; i < k; i++)
        if (!se_flag_in(cps[i], aff->ignore, aff->n_ignore))
            cps[kept++] = cps[i];
    *out = cps;
    *n = kept;
    return 0;
}

/* One flag, as a header or a directive names it (never an alias number). */
static se_flag one_flag(const se_aff *aff, const char *s, size_t len) {
    se_flag f[2];
    return se_flags_decode(aff->flag_type, s, len, f, 2) == 1 ? f[0] : 0;
}

static void rule_free(se_rule *r) {
    free(r->strip);
    free(r->add);
    free(r->cont);
    for (size_t i = 0; i < r->cond_len; i++)
        free(r->cond[i].set);
    free(r->cond);
}

/* Parses "SFX flag strip add[/cont] [cond] ..." into r; returns an error text or NULL. */
static const char *parse_rule(const se_aff *aff, const fields *f, se_rule *r) {
    if (f->n < 4)
        return "a rule needs a flag, a strip and an append";
    const char *add = f->s[3];
    size_t add_len = f->len[3];
    const char *slash = memchr(add, '/', add_len);
    if (to_cps(aff, f->s[2], f->len[2], &r->strip, &r->strip_len) < 0)
        return "the strip is not UTF-8";
    size_t plain = slash ? (size_t)(slash - add) : add_len;
    if (to_cps(aff, add, plain, &r->add, &r->add_len) < 0)
        return "the append is not UTF-8";
    if (slash) {
        size_t flen = add_len - plain - 1;
        r->cont = malloc((flen ? flen : 1) * sizeof *r->cont);
        if (!r->cont)
            return "out of memory";
        int k = se_aff_parse_flags(aff, slash + 1, flen, r->cont, flen ? flen : 1);
        if (k < 0)
            return "bad continuation flags";
        r->n_cont = (size_t)k;
    }
    const char *cond = f->n > 4 ? f->s[4] : ".";
    size_t cond_len = f->n > 4 ? f->len[4] : 1;
    se_cond_pos pos[MAX_COND];
    int k = se_cond_parse(cond, cond_len, pos, MAX_COND);
    if (k < 0)
        return "bad condition";
    /* "." alone is hunspell's way to write "no condition". */
    if (k == 1 && pos[0].any) {
        k = 0;
    }
    r->cond_len = (size_t)k;
    r->cond = malloc((k ? (size_t)k : 1) * sizeof *r->cond);
    if (!r->cond) {
        for (int i = 0; i < k; i++)
            free(pos[i].set);
        return "out of memory";
    }
    memcpy(r->cond, pos, (size_t)k * sizeof *pos);
    return NULL;
}

static int rule_order(const void *a, const void *b) {
    const se_rule *x = a, *y = b;
    if (x->prefix != y->prefix)
        return x->prefix - y->prefix;
    if (x->flag != y->flag)
        return x->flag < y->flag ? -1 : 1;
    return 0;
}

/* Directives that make forms the expander does not make (compounds, circumfixes, two prefixes);
 * named in se_aff.unsupported so the tool can say its count leaves them out. */
static const char *const skipped[] = {"CIRCUMFIX",      "COMPLEXPREFIXES", "COMPOUNDFLAG", "COMPOUNDBEGIN",
                                      "COMPOUNDMIDDLE", "COMPOUNDEND",     "COMPOUNDRULE", "ONLYINCOMPOUND"};

static void note_unsupported(se_aff *aff, const fields *f) {
    for (size_t i = 0; i < sizeof skipped / sizeof skipped[0]; i++) {
        if (field_is(f, 0, skipped[i]) && !strstr(aff->unsupported, skipped[i])) {
            size_t used = strlen(aff->unsupported);
            snprintf(aff->unsupported + used, sizeof aff->unsupported - used, "%s%s", used ? " " : "",
                     skipped[i]);
        }
    }
}

se_aff *se_aff_load(FILE *in, const char *name, char *err, size_t errlen) {
    se_aff *aff = calloc(1, sizeof *aff);
    if (!aff) {
        set_err(err, errlen, name, 0, "out of memory");
        return NULL;
    }
    size_t rules_cap = 0, aliases_cap = 0;
    /* The block being read: its kind ("AF", "PFX", "SFX"), flag, cross product and lines left. */
    char block[4] = "";
    se_flag block_flag = 0;
    int block_cross = 0;
    long left = 0;
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t got;
    const char *why = NULL;
    while ((got = getline(&line, &cap, in)) >= 0) {
        lineno++;
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        char *text = line;
        if (lineno == 1 && strncmp(text, "\xEF\xBB\xBF", 3) == 0)
            text += 3;
        fields f;
        split_fields(text, &f);
        if (f.n == 0 || f.s[0][0] == '#')
            continue;
        if (left > 0) {
            if (!field_is(&f, 0, block)) {
                why = "fewer rule lines than the block's header announced";
                goto fail;
            }
            left--;
            if (strcmp(block, "AF") == 0) {
                if (f.n < 2) {
                    why = "an AF line without flags";
                    goto fail;
                }
                if (aff->n_aliases == aliases_cap) {
                    aliases_cap = aliases_cap ? 2 * aliases_cap : 64;
                    char **more = realloc(aff->aliases, aliases_cap * sizeof *more);
                    if (!more)
                        goto oom;
                    aff->aliases = more;
                }
                aff->aliases[aff->n_aliases] = strndup(f.s[1], f.len[1]);
                if (!aff->aliases[aff->n_aliases])
                    goto oom;
                aff->n_aliases++;
                continue;
            }
            if (f.n < 2 || one_flag(aff, f.s[1], f.len[1]) != block_flag) {
                why = "a rule line whose flag differs from its block's header";
                goto fail;
            }
            if (aff->n_rules == rules_cap) {
                rules_cap = rules_cap ? 2 * rules_cap : 256;
                se_rule *more = realloc(aff->rules, rules_cap * sizeof *more);
                if (!more)
                    goto oom;
                aff->rules = more;
            }
            se_rule *r = &aff->rules[aff->n_rules];
            *r = (se_rule){.prefix = block[0] == 'P', .cross = block_cross, .flag = block_flag};
            if ((why = parse_rule(aff, &f, r)) != NULL) {
                rule_free(r);
                goto fail;
            }
            aff->n_rules++;
            continue;
        }
        if (field_is(&f, 0, "SET")) {
            if (!field_is(&f, 1, "UTF-8")) {
                why = "only UTF-8 dictionaries are supported";
                goto fail;
            }
        } else if (field_is(&f, 0, "FLAG")) {
            if (field_is(&f, 1, "long"))
                aff->flag_type = SE_FLAG_LONG;
            else if (field_is(&f, 1, "num"))
                aff->flag_type = SE_FLAG_NUM;
            else if (field_is(&f, 1, "UTF-8"))
                aff->flag_type = SE_FLAG_UTF8;
            else {
                why = "FLAG must be long, num or UTF-8";
                goto fail;
            }
        } else if (field_is(&f, 0, "AF") || field_is(&f, 0, "PFX") || field_is(&f, 0, "SFX")) {
            int is_af = field_is(&f, 0, "AF");
            const char *count = f.n > (is_af ? 1u : 3u) ? f.s[is_af ? 1 : 3] : "";
            char *end;
            left = strtol(count, &end, 10);
            if (end == count || left < 0) {
                why = "a block header without a count";
                goto fail;
            }
            memcpy(block, f.s[0], f.len[0]);
            block[f.len[0]] = '\0';
            if (!is_af) {
                block_flag = one_flag(aff, f.s[1], f.len[1]);
                block_cross = field_is(&f, 2, "Y");
                if (block_flag == 0 || !(block_cross || field_is(&f, 2, "N"))) {
                    why = "a block header needs a flag and Y or N";
                    goto fail;
                }
            }
        } else if (field_is(&f, 0, "NEEDAFFIX") || field_is(&f, 0, "PSEUDOROOT") ||
                   field_is(&f, 0, "FORBIDDENWORD")) {
            se_flag flag = f.n > 1 ? one_flag(aff, f.s[1], f.len[1]) : 0;
            if (flag == 0) {
                why = "a flag directive without a valid flag";
                goto fail;
            }
            if (field_is(&f, 0, "FORBIDDENWORD"))
                aff->forbidden = flag;
            else
                aff->needaffix = flag;
        } else if (field_is(&f, 0, "FULLSTRIP")) {
            aff->fullstrip = 1;
        } else if (field_is(&f, 0, "IGNORE") && f.n > 1) {
            free(aff->ignore);
            aff->ignore = malloc(f.len[1] * sizeof *aff->ignore);
            if (!aff->ignore)
                goto oom;
            size_t k = se_utf8_to_cps(f.s[1], f.len[1], aff->ignore);
            if (k == (size_t)-1) {
                why = "IGNORE is not UTF-8";
                goto fail;
            }
            aff->n_ignore = k;
        } else {
            note_unsupported(aff, &f);
        }
    }
    if (left > 0) {
        why = "the file ends inside a rule block";
        goto fail;
    }
    free(line);
    if (aff->n_rules > 1) /* qsort must not see the NULL of an empty list */
        qsort(aff->rules, aff->n_rules, sizeof *aff->rules, rule_order);
    return aff;
oom:
    why = "out of memory";
fail:
    set_err(err, errlen, name, lineno, "%s", why);
    free(line);
    se_aff_free(aff);
    return NULL;
}

void se_aff_free(se_aff *aff) {
    if (!aff)
        return;
    for (size_t i = 0; i < aff->n_rules; i++)
        rule_free(&aff->rules[i]);
    free(aff->rules);
    for (size_t i = 0; i < aff->n_aliases; i++)
        free(aff->aliases[i]);
    free(aff->aliases);
    free(aff->ignore);
    free(aff);
}

const se_rule *se_aff_rules(const se_aff *aff, int prefix, se_flag flag, size_t *n) {
    se_rule key = {.prefix = prefix, .flag = flag};
    size_t lo = 0, hi = aff->n_rules;
    while (lo < hi) { /* the first rule not before key */
        size_t mid = lo + (hi - lo) / 2;
        if (rule_order(&aff->rules[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < aff->n_rules && rule_order(&aff->rules[end], &key) == 0)
        end++;
    *n = end - lo;
    return *n ? &aff->rules[lo] : NULL;
}
