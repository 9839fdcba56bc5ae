/* The field table of the query language (see fields.h). */
#include "syntax/fields.h"

#include <string.h>

const poshuk_field poshuk_fields[] = {
    {POSHUK_FIELD_TAG, "tag", POSHUK_FIELD_BOOLEAN, 1, "tag: needs a value"},
    {POSHUK_FIELD_OBLAST, "oblast", POSHUK_FIELD_BOOLEAN, 0, "oblast: needs a value"},
    {POSHUK_FIELD_HROMADA, "hromada", POSHUK_FIELD_BOOLEAN, 0, "hromada: needs a value"},
    {POSHUK_FIELD_SOURCE, "source", POSHUK_FIELD_BOOLEAN, 0, "source: needs a value"},
    {POSHUK_FIELD_LANG, "lang", POSHUK_FIELD_BOOLEAN, 0, "lang: needs a value"},
    {POSHUK_FIELD_TITLE, "title", POSHUK_FIELD_FREE_TEXT, 0, "title: needs a value"},
    {POSHUK_FIELD_DATE, "date", POSHUK_FIELD_DATES, 0, "date: needs a value"},
};
const size_t poshuk_n_fields = sizeof poshuk_fields / sizeof poshuk_fields[0];

static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

char *poshuk_field_spelling(const poshuk_field *field, int k, char out[POSHUK_FIELD_NAME_MAX]) {
    size_t i = 0;
    for (; field->name[i] && i + 1 < POSHUK_FIELD_NAME_MAX; i++)
        out[i] = (k == 1 || (k == 2 && i == 0)) ? upper(field->name[i]) : field->name[i];
    out[i] = '\0';
    return out;
}

const poshuk_field *poshuk_field_find(const char *name, size_t len) {
    if (len == 0 || len >= POSHUK_FIELD_NAME_MAX)
        return NULL;
    char spelling[POSHUK_FIELD_NAME_MAX];
    for (size_t f = 0; f < poshuk_n_fields; f++)
        for (int k = 0; k < POSHUK_FIELD_SPELLINGS; k++)
            if (strlen(poshuk_field_spelling(&poshuk_fields[f], k, spelling)) == len &&
                memcmp(spelling, name, len) == 0)
                return &poshuk_fields[f];
    return NULL;
}
