/* One line of a hunspell .dic file: "word[/flags][<tab or space>morphology]". */
#ifndef STEMEVAL_DIC_H
#define STEMEVAL_DIC_H

#include <stddef.h>

typedef struct {
    char *word; /* NUL-terminated, "\/" unescaped to "/"; points into the caller's line */
    size_t word_len;
    const char *flags; /* after the slash; not NUL-terminated */
    size_t flags_len;
} se_dic_entry;

/* Splits line (modified in place: the word is unescaped where it lies). Returns 0, or -1 for a
 * line with no word (blank, or only morphology). */
int se_dic_parse_line(char *line, size_t len, se_dic_entry *out);

#endif
