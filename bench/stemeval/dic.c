/* .dic lines. The word ends at the first unescaped slash or at white space (where morphological
 * fields begin); a backslash before a slash keeps the slash in the word (dates, fractions). */
#include "dic.h"

int se_dic_parse_line(char *line, size_t len, se_dic_entry *out) {
    size_t r = 0, w = 0;
    while (r < len && line[r] != '/' && line[r] != '\t' && line[r] != ' ' && line[r] != '\n' &&
           line[r] != '\r') {
        if (line[r] == '\\' && r + 1 < len && line[r + 1] == '/')
            r++;
        line[w++] = line[r++];
    }
    out->flags = line + r;
    out->flags_len = 0;
    if (r < len && line[r] == '/') {
        out->flags = line + r + 1;
        size_t f = r + 1;
        while (f < len && line[f] != '\t' && line[f] != ' ' && line[f] != '\n' && line[f] != '\r')
            f++;
        out->flags_len = f - (r + 1);
    }
    line[w] = '\0';
    out->word = line;
    out->word_len = w;
    return w ? 0 : -1;
}
