/* The page-text reader: one article page as a scraper saves it, turned into a poshuk_article.
 * Internal to indexer/ (poshuk-index, the tests and the fuzz harness use it).
 *
 * The shape of a page (see README "Input: page text"):
 *
 *     the body, any number of lines
 *     Tags:
 *     partnership, international support          <- tags
 *     Область:
 *     Харківська областьГромади:                  <- the oblast, then the next label glued to it
 *     Харківська територіальна громадаSource:     <- a hromada, then the next label
 *     Пресцентр ініціативи "Децентралізація"      <- the source: the value of the last label is
 *     03 July 2025                                   one line; what follows is the site's rail of
 *     Other article's title ...                      other articles, never part of this one
 *
 * Rules, in the order they apply:
 * - The labels are Tags: Теги: Мітки: | Область: Oblast: Region: | Громади: Громада: Hromadas:
 *   Hromada: Communities: | Source: Джерело: (exactly so written, with the colon).
 * - The labelled part begins at the first line that is a label alone. Inside it a label may also
 *   start a line with its value after it ("Source: X"), or end a line, glued to the previous value
 *   ("Харківська областьГромади:").
 * - A label's value is the lines up to the next label; the value of the last label is one line, and
 *   every line after it is the rail.
 * - A page without a label line is all body up to the first line that is nothing but a date (the
 *   rail's first date); without such a line, all of it is body.
 * - Tags: a line holding any of , ; | # is split there; a line holding none is a flattened list of
 *   tag links whose boundaries are lost, and is split at white space, one tag a word (so that every
 *   word can be filtered on: tag:partnership; a tag of several words becomes several tags).
 * - Hromadas: split at , ; and where a lower-case letter is directly followed by an upper-case one
 *   (names glued together as the labels are). Oblast: the first value line. Source: the value lines
 *   joined by a space.
 * - The page has no title; the language is guessed from the body as for JSONL. */
#ifndef POSHUK_INDEXER_PAGETEXT_H
#define POSHUK_INDEXER_PAGETEXT_H

#include "poshuk.h"

#include <stddef.h>
#include <stdint.h>

typedef struct poshuk_page poshuk_page;

typedef enum {
    POSHUK_PAGE_OK,       /* poshuk_page_article is valid */
    POSHUK_PAGE_REJECTED, /* the message says why */
    POSHUK_PAGE_NOMEM,
} poshuk_page_status;

/* NULL when memory ran out. */
poshuk_page *poshuk_page_new(void);

/* Reads the page text[0..len) (it need not be NUL-terminated) as the article with this id and date
 * (YYYYMMDD, or 0 for none), dropping what the page object held before. On POSHUK_PAGE_REJECTED one
 * line saying why is written into message[0..size):
 *   invalid UTF-8 at byte offset N        a NUL byte at byte offset N
 *   no article text before the labelled blocks     no article text before the first line that is a date
 *   the page is empty (nothing but white space)
 *   the id is empty    the id is N bytes long; at most 240 are allowed    the id is not valid UTF-8
 *   the id holds a control character */
poshuk_page_status poshuk_page_parse(poshuk_page *page, const char *text, size_t len, const char *id,
                                     int32_t date, char *message, size_t size);

/* The article of the last successful parse; it lives until the next parse or the free. */
const poshuk_article *poshuk_page_article(const poshuk_page *page);

/* The 1-based line at which the rail began in the last successful parse, or 0 when there was none. */
unsigned long poshuk_page_rail_line(const poshuk_page *page);

void poshuk_page_free(poshuk_page *page);

/* The id a page file gets from its name: the last component of path without its extension
 * ("pages/12345.txt" -> "12345"; "a.b.txt" -> "a.b"; ".txt" -> ".txt"). Written into out[0..size),
 * cut if longer. Returns out. */
char *poshuk_page_id_from_path(const char *path, char *out, size_t size);

#endif
