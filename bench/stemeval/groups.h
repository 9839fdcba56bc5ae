/* Lemma groups in memory, as the evaluation counts them: one group per distinct lemma, each form
 * once in its group, the lemma first. */
#ifndef STEMEVAL_GROUPS_H
#define STEMEVAL_GROUPS_H

#include <stddef.h>
#include <stdio.h>

typedef struct {
    char *text;    /* every form, NUL-terminated */
    size_t *form;  /* offset in text of each form */
    size_t *start; /* group i is form[start[i] .. start[i + 1]) */
    size_t n_groups, n_forms;
    size_t entries; /* lines read, before lemmas were merged */
} se_groups;

/* Reads a groups file (one group a line: the lemma, then its forms, tab-separated) and merges the
 * lines that share a lemma into one group: hunspell lists some words twice (a noun and a name,
 * "Жан-Клод" with and without flags), and to a search engine one spelling is one word. Forms are
 * made unique within each group. Groups come out sorted by lemma. Returns 0, or -1 with a message
 * in err. */
int se_groups_read(FILE *in, const char *name, se_groups *out, char *err, size_t errlen);

void se_groups_free(se_groups *g);

static inline const char *se_groups_form(const se_groups *g, size_t i) {
    return g->text + g->form[i];
}

#endif
