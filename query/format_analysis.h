/* poshuk-query --analyse: the analysis of a text, word by word, as a table or as JSON. */
#ifndef POSHUK_QUERY_FORMAT_ANALYSIS_H
#define POSHUK_QUERY_FORMAT_ANALYSIS_H

#include "poshuk.h"

#include <stdio.h>

/* One row a word: the word, its script, the term the index holds, the transliteration, the
 * cross-script key and "stop" for stopwords; columns aligned in characters. */
void poshuk_format_analysis_text(FILE *out, const poshuk_tokens *tokens);

/* {"words":[{"word","lower","script","term","translit","cross_key","stopword"}]}, absent values null. */
void poshuk_format_analysis_json(FILE *out, const poshuk_tokens *tokens);

#endif
