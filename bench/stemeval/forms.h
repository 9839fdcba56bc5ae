/* The forms of one group as they are collected: lower-cased UTF-8 strings in one growing buffer,
 * then sorted and made unique so that a group lists each form once, its lemma first. */
#ifndef STEMEVAL_FORMS_H
#define STEMEVAL_FORMS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
    char *buf; /* the strings, each NUL-terminated */
    size_t used, cap;
    size_t *at; /* start of each string in buf */
    size_t n, at_cap;
    int oom;
} se_forms;

void se_forms_clear(se_forms *f);
void se_forms_free(se_forms *f);

/* Appends the lower-cased UTF-8 of cps[0..n). Sets f->oom when memory runs out. */
void se_forms_add_cps(se_forms *f, const uint32_t *cps, size_t n);

/* Appends a UTF-8 string as it is. */
void se_forms_add(se_forms *f, const char *s, size_t len);

/* Sorts the strings after the first (bytewise) and removes repeats and copies of the first. */
void se_forms_unique(se_forms *f);

/* The i-th string. */
static inline const char *se_forms_get(const se_forms *f, size_t i) {
    return f->buf + f->at[i];
}

/* Writes the strings tab-separated on one line. Returns 0, or -1 on a write error. */
int se_forms_write(const se_forms *f, FILE *out);

#endif
