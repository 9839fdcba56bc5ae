/* poshuk — full-text search for Ukrainian and English news articles.
 *
 * The public C API of libposhuk. Everything a program needs to index articles and to search them:
 * a writer that upserts and deletes articles and commits, a read-only database (one index or several
 * shards searched as one) that ranks by BM25 and counts facets exactly, and the date parser that both
 * sides share.
 *
 * Conventions
 * - Every call that can fail returns a poshuk_status; POSHUK_OK is 0. The text of the last error is
 *   kept on the handle (poshuk_writer_error, poshuk_db_error) until the next call on that handle.
 * - Opening never leaves the caller without a handle to ask: on failure *out is still set (unless
 *   memory ran out, then it is NULL), its error text says why, and the caller closes it.
 * - Strings in and out are UTF-8. Pointers the library returns belong to the object they came from
 *   and live as long as it does, unless the comment says otherwise.
 * - Each call lists the statuses it returns (@retval). "Index errors" there stands for what an error
 *   of Xapian or of the system becomes: POSHUK_ERR_NOMEM, POSHUK_ERR_IO, POSHUK_ERR_CORRUPT,
 *   POSHUK_ERR_NETWORK (a remote shard), POSHUK_ERR_XAPIAN and POSHUK_ERR_UNKNOWN.
 * - ABI: libposhuk.so.1 exports exactly the POSHUK_API calls below; enum values are never reused;
 *   the structs the caller allocates follow the struct_size rule (poshuk_request); the structs the
 *   library allocates (poshuk_results, poshuk_completions, poshuk_tokens) only grow at their end, and
 *   the facets of poshuk_results have room to grow (POSHUK_FACET_SLOTS).
 * - No call prints anything. No global state: any number of handles may be open in one process; one
 *   handle must not be used by two threads at once.
 */
#ifndef POSHUK_H
#define POSHUK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of this header: POSHUK_VERSION ("0.1.0") and POSHUK_VERSION_MAJOR/MINOR/PATCH, written by
 * the build from CMakeLists.txt's project() version, the one place it is set. */
#include "poshuk_version.h"

/* Marks what libposhuk.so exports: every call declared in this header and nothing else. The library is
 * built with hidden visibility and a version script (poshuk.map); tests/exports.sh compares the
 * exported symbols of the built library with the POSHUK_API declarations here. */
#if defined(__GNUC__) || defined(__clang__)
#define POSHUK_API __attribute__((visibility("default")))
#else
#define POSHUK_API
#endif

/* The version of the library running, "MAJOR.MINOR.PATCH": with a shared library it may be newer than
 * the header the program was built with (POSHUK_VERSION). Static. */
POSHUK_API const char *poshuk_version(void);

/* ---------------------------------------------------------------- status */

typedef enum poshuk_status {
    POSHUK_OK = 0,
    POSHUK_ERR_NOMEM,        /* out of memory (std::bad_alloc) */
    POSHUK_ERR_INVALID,      /* a bad argument: empty id, id too long, a value the index cannot hold */
    POSHUK_ERR_NOT_FOUND,    /* no article with that id */
    POSHUK_ERR_OPEN,         /* the index does not exist or cannot be opened (not an index, no access) */
    POSHUK_ERR_LOCKED,       /* another writer holds the index */
    POSHUK_ERR_MODIFIED,     /* the index changed under a reader; reopen and retry */
    POSHUK_ERR_CORRUPT,      /* the index is damaged */
    POSHUK_ERR_QUERY_SYNTAX, /* the query string could not be parsed */
    /* 9 was POSHUK_ERR_READ_ONLY, which no call ever returned (a poshuk_db has no write calls); the
     * number is not reused, so the statuses after it keep their values. */
    POSHUK_ERR_IO = 10, /* reading or writing the index failed (disk full, I/O error) */
    POSHUK_ERR_NETWORK, /* a remote shard could not be reached */
    POSHUK_ERR_XAPIAN,  /* any other error reported by Xapian */
    POSHUK_ERR_UNKNOWN, /* anything else that was thrown */
} poshuk_status;

/* A short English description of a status, e.g. "index is locked by another writer". Static. */
POSHUK_API const char *poshuk_status_str(poshuk_status status);

/* ---------------------------------------------------------------- text */

/* Decodes the UTF-8 character at s[0..len), len >= 1, as RFC 3629 defines it (shortest form only, no
 * surrogates, nothing past U+10FFFF: what the library accepts in every string). Returns its length in
 * bytes (1..4) and sets *cp, or returns 0 and leaves *cp alone when the bytes there are not one. */
POSHUK_API size_t poshuk_utf8_decode(const char *s, size_t len, int32_t *cp);

/* The byte offset of the first invalid UTF-8 sequence in s[0..len), or len when it is all valid: how
 * a program reports bad input with its offset before handing it to the library. */
POSHUK_API size_t poshuk_utf8_invalid_at(const char *s, size_t len);

/* Which analysis this build uses, for a program's --version, e.g. "uk: suffix table learned from
 * hunspell-uk, with exceptions; en: snowball english, -ise as -ize". Static. */
POSHUK_API const char *poshuk_analysis_description(void);

/* ---------------------------------------------------------------- dates */

/* Dates are kept as YYYYMMDD integers (20250703); 0 means "no date".
 *
 * poshuk_date_parse accepts the forms news pages use:
 *   2025-07-03   03.07.2025   03 July 2025 / 3 Jul 2025   3 липня 2025 (genitive month names)
 * Leading and trailing spaces are ignored; the day must exist in that month (29.02 only in leap years);
 * years run from 1000 to 9999. Returns 1 and sets *out on success, 0 if the text is not such a date. */
POSHUK_API int poshuk_date_parse(const char *text, int32_t *out);

/* A bound for a date range, also accepting a whole year ("2025") or month ("2025-07"). A lower bound
 * becomes the first day of that period, an upper bound its last day. Returns 1 on success, 0 if not a
 * date. */
typedef enum { POSHUK_RANGE_FROM, POSHUK_RANGE_TO } poshuk_range_end;
POSHUK_API int poshuk_date_parse_bound(const char *text, poshuk_range_end end, int32_t *out);

/* Writes YYYY-MM-DD (11 bytes with the NUL) into buf; an empty string for 0. Returns buf. */
POSHUK_API char *poshuk_date_format(int32_t date, char buf[11]);

/* ---------------------------------------------------------------- articles */

/* One article, as the indexer hands it to the writer. The writer copies what it needs; the caller
 * keeps ownership of every pointer. */
typedef struct poshuk_article {
    const char *id;    /* required, unique; at most POSHUK_ID_MAX bytes */
    const char *lang;  /* "uk" or "en" */
    const char *title; /* title and body: at least one not empty */
    const char *body;
    const char *const *tags;
    size_t n_tags;
    const char *oblast; /* may be NULL */
    const char *const *hromadas;
    size_t n_hromadas;
    const char *source; /* may be NULL */
    int32_t date;       /* YYYYMMDD or 0 */
    const char *url;    /* may be NULL */
} poshuk_article;

/* The id becomes the term "Q"+id and Xapian refuses terms over 245 bytes. */
#define POSHUK_ID_MAX 240

/* ---------------------------------------------------------------- writer */

typedef struct poshuk_writer poshuk_writer;

/* Opens the index at path for writing, creating the directory and an empty index if missing.
 * Only one writer may hold an index: a second gets POSHUK_ERR_LOCKED at once.
 * Changes become visible and durable only at poshuk_writer_commit; closing without a commit
 * discards everything since the last one.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_INVALID  out is NULL, or no path (NULL or empty)
 * @retval POSHUK_ERR_OPEN     path is not an index (or not a directory), or cannot be created or opened
 * @retval POSHUK_ERR_LOCKED   another writer holds the index
 * and the index errors (a failed repair of a marked index: see poshuk_writer_repair). */
POSHUK_API poshuk_status poshuk_writer_open(const char *path, poshuk_writer **out);

/* Adds the article, or replaces the article with the same id.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_INVALID  no writer or article, a writer not open, or an article the index
 *                             cannot hold (empty or too long id, neither title nor body, an invalid
 *                             date, a count without its array; the message names the article)
 * and the index errors. */
POSHUK_API poshuk_status poshuk_writer_upsert(poshuk_writer *writer, const poshuk_article *article);

/* Removes the article with this id.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_NOT_FOUND  no article has this id
 * @retval POSHUK_ERR_INVALID    no writer, an empty or too long id, a writer not open
 * and the index errors. */
POSHUK_API poshuk_status poshuk_writer_delete(poshuk_writer *writer, const char *id);

/* Makes every change since the last commit durable and visible to readers, atomically.
 * Before writing, the free space where the index is is checked against what the changes may need
 * (8 bytes for every byte of text upserted since the last commit, each deleted article's share of
 * the index, and 256 KiB): with less, nothing is written, the changes stay pending and the call fails
 * with POSHUK_ERR_IO ("committing index 'PATH': not enough free space: ..."). A commit that fails while writing (a disk that filled meanwhile)
 * leaves the index holding its last commit, and marks it for repair: the next writer to open it
 * repairs it first (poshuk_writer_repair). Should Xapian throw while undoing such a commit (it can
 * with 1.4, inside WritableDatabase::commit, which would abort the process), the index is marked,
 * the message is written to standard error and the process exits with status 5.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_IO       too little free space (nothing written), or writing failed (index marked)
 * @retval POSHUK_ERR_INVALID  no writer, or a writer not open
 * and the index errors. */
POSHUK_API poshuk_status poshuk_writer_commit(poshuk_writer *writer);

/* Repairs the index: its last commit is copied (compacted) into a new directory beside it, PATH.gen-N,
 * which then replaces it in one atomic switch, as a rebuild's new index does (PATH becomes a link).
 * The copy is made from what readers read, not from the writer's record of free blocks, which a
 * commit that failed for want of room can leave wrong ("Used block also in freelist", then
 * DatabaseCorruptError at every later commit). A writer repairs by itself when it opens an index
 * whose last commit failed; call this for an index that shows such errors anyway.
 * @retval POSHUK_OK           repaired; the writer goes on as the writer of the repaired index
 * @retval POSHUK_ERR_INVALID  the writer has uncommitted changes, or is a rebuild writer
 * @retval POSHUK_ERR_IO       too little room for the copy (about the index's size), or it failed
 * @retval POSHUK_ERR_OPEN     the index directory is a mount point (the copy is made beside it)
 * @retval POSHUK_ERR_CORRUPT  the last commit itself cannot be read: rebuild from the sources */
POSHUK_API poshuk_status poshuk_writer_repair(poshuk_writer *writer);

/* 1 when the writer repaired the index as it opened it (its last commit had failed), else 0. */
POSHUK_API int poshuk_writer_repaired(const poshuk_writer *writer);

/* The number of articles in the index as this writer sees it (including uncommitted changes). */
POSHUK_API uint64_t poshuk_writer_doc_count(const poshuk_writer *writer);

POSHUK_API const char *poshuk_writer_error(const poshuk_writer *writer);

/* Discards uncommitted changes, releases the lock and frees the handle. NULL is fine.
 * A rebuild writer that was not published also removes the new index it was building. */
POSHUK_API void poshuk_writer_close(poshuk_writer *writer);

/* Options for poshuk_writer_open_opts. Zero-initialise, then set what you need: all zero opens as
 * poshuk_writer_open does. */
typedef struct poshuk_writer_options {
    /* When another writer holds the index: 0 = POSHUK_ERR_LOCKED at once; > 0 = try again until this
     * many seconds have passed; POSHUK_WAIT_FOREVER = until the index is free. */
    double wait_seconds;
    /* 1: a full rebuild. The writer starts a new, empty index beside the one at path (PATH.gen-N);
     * the index at path stays live for readers, and locked against other writers, until
     * poshuk_writer_publish switches path over to the new index in one atomic step (path becomes a
     * symbolic link to PATH.gen-N). Commits before that make the new index durable but not visible;
     * closing without publishing removes it and leaves path as it was. */
    int rebuild;
    /* 1: build a new index from shards (how poshuk-index builds one on several threads). When the index
     * at path holds no articles (or path is missing, or an empty directory), the writer works as a
     * rebuild writer: path holds an empty index, locked, while the new one is built beside it (fill it
     * with poshuk_writer_merge, or article by article), and closing without publishing leaves path as
     * it was. poshuk_writer_publish then puts the new index in place of the empty one with one atomic
     * exchange of the two directories' names, so that path stays a plain directory (not a link), and
     * closes the writer: every later call but close fails with POSHUK_ERR_INVALID. When path holds
     * articles, the writer opens as poshuk_writer_open does. poshuk_writer_doc_count tells the two
     * apart: 0 only for a new index. path must not be a mount point (the new index is made beside it).
     * Ignored with rebuild = 1. */
    int build_new;
} poshuk_writer_options;
#define POSHUK_WAIT_FOREVER (-1.0)

/* poshuk_writer_open with options (options may be NULL).
 * @retval as poshuk_writer_open; also POSHUK_ERR_OPEN when path is a mount point (build_new,
 * rebuild) and POSHUK_ERR_IO when the new generation cannot be made. */
POSHUK_API poshuk_status poshuk_writer_open_opts(const char *path, const poshuk_writer_options *options,
                                                 poshuk_writer **out);

/* For a rebuild writer: commits, then makes the new index the one at path, atomically. A reader never
 * opens half an index: it opens either the old one or the new one, and one opened before the switch
 * goes on answering from the old one until poshuk_db_reopen moves it to the new one. The index that
 * was live is kept (for such readers) until the next publish; older ones are removed. Afterwards the
 * writer goes on as an ordinary writer of the new index.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_INVALID  not a rebuild writer (or published already)
 * @retval POSHUK_ERR_IO       the switch failed: path is unchanged and the new index still unpublished
 * and the index errors (of the commit before the switch). */
POSHUK_API poshuk_status poshuk_writer_publish(poshuk_writer *writer);

/* For a rebuild writer that has not added anything yet: fills its new index with the articles of
 * n_shards indexes, merged with Xapian's compaction (the shards are only read). This is how a
 * parallel build ends: each thread builds a shard with a writer of its own, then one merge. An id in
 * two shards would be kept twice, so shards must hold different ids. The merge is committed.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_INVALID  not a rebuild writer, or its new index is not empty
 * @retval POSHUK_ERR_OPEN     a shard cannot be opened
 * and the index errors. */
POSHUK_API poshuk_status poshuk_writer_merge(poshuk_writer *writer, const char *const *shards,
                                             size_t n_shards);

/* ---------------------------------------------------------------- the query language */

/* The check poshuk_db_search makes of a query before Xapian's parser sees it (the language is in
 * syntax/SYNTAX.md), for a program that wants to report a mistake without opening an index.
 * Returns 1 when query (UTF-8, NUL-terminated; NULL counts as empty) is fine. Otherwise returns 0,
 * sets *error_offset to the byte offset in query of the character the problem is at, and
 * *error_message to a static English sentence such as "AND needs a word on its right".
 * Either out pointer may be NULL. Check the text as the user typed it: the checker applies the
 * normaliser's syntax-relevant rules itself, so its offsets point into what the user sees. Also
 * returns 1 if memory runs out before the check can be made. */
POSHUK_API int poshuk_query_check(const char *query, size_t *error_offset, const char **error_message);

/* Flags of a query beyond the ones every poshuk query has. POSHUK_QCHECK_PARTIAL: as with
 * poshuk_request.partial, the last word, with nothing after it, is a prefix. */
#define POSHUK_QCHECK_PARTIAL 1u

/* poshuk_query_check for a query searched with these flags. */
POSHUK_API int poshuk_query_check_flags(const char *query, unsigned flags, size_t *error_offset,
                                        const char **error_message);

/* ---------------------------------------------------------------- shards of a parallel build */

/* A parallel build writes n shards, each with a writer of its own, then merges them into a rebuild
 * writer's new index (poshuk_writer_merge). The library keeps them beside the index, where it keeps
 * its generations: PATH.shards-XXXXXX/1 .. /n (the same disk, so the merge does not cross file
 * systems, and easy to find when a build is killed). */
typedef struct poshuk_shards poshuk_shards;

/* Creates the directory of n shards for the index at path (the shards themselves are made by the
 * writers opened on their paths). On failure *out is still set, unless memory ran out, and
 * poshuk_shards_error says why; remove it with poshuk_shards_remove either way.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_INVALID  out or path is NULL, path is empty, or n is 0
 * @retval POSHUK_ERR_IO       the directory cannot be created ("cannot create a directory for the
 *                             shards beside 'PATH': REASON")
 * @retval POSHUK_ERR_NOMEM    memory ran out */
POSHUK_API poshuk_status poshuk_shards_create(const char *path, unsigned n, poshuk_shards **out);

/* The n shard paths, valid until poshuk_shards_remove; NULL for a handle whose creation failed. */
POSHUK_API const char *const *poshuk_shards_paths(const poshuk_shards *shards);
POSHUK_API unsigned poshuk_shards_count(const poshuk_shards *shards);
POSHUK_API const char *poshuk_shards_error(const poshuk_shards *shards);

/* Removes the shards' directory with everything in it and frees the handle. NULL is fine. */
POSHUK_API void poshuk_shards_remove(poshuk_shards *shards);

/* Removes what killed parallel builds left beside the index at path (every PATH.shards-*). Call it only
 * while holding the index's writer: every build in shards holds that writer's lock from its start
 * until its shards are gone, so none of them can be running then. */
POSHUK_API void poshuk_shards_remove_stale(const char *path);

/* ---------------------------------------------------------------- reading and searching */

typedef struct poshuk_db poshuk_db;

/* Opens n_paths indexes read-only and searches them as one (shards); a path may also be a Xapian
 * stub file listing shards. Ranking statistics are global over all shards.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_INVALID  out is NULL, no paths, or an empty one
 * @retval POSHUK_ERR_OPEN     a path is not an index, or cannot be opened
 * @retval POSHUK_ERR_NETWORK  a remote shard of a stub file cannot be reached
 * and the index errors. */
POSHUK_API poshuk_status poshuk_db_open(const char *const *paths, size_t n_paths, poshuk_db **out);

/* Moves the handle to the latest committed state of its indexes, and to the new index where a
 * rebuild has switched a path over since the handle was opened (see poshuk_writer_publish).
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_INVALID  no handle, or one whose opening failed
 * @retval POSHUK_ERR_OPEN     a path no longer holds an index
 * and the index errors. */
POSHUK_API poshuk_status poshuk_db_reopen(poshuk_db *db);

POSHUK_API uint64_t poshuk_db_doc_count(const poshuk_db *db);
POSHUK_API const char *poshuk_db_error(const poshuk_db *db);
POSHUK_API void poshuk_db_close(poshuk_db *db);

/* The facets poshuk counts, as bits for poshuk_request.facets and indexes into poshuk_results. */
typedef enum poshuk_facet_kind {
    POSHUK_FACET_TAG = 0,
    POSHUK_FACET_OBLAST,
    POSHUK_FACET_HROMADA,
    POSHUK_FACET_YEAR,  /* "2025" */
    POSHUK_FACET_MONTH, /* "2025-07" */
    POSHUK_FACET_COUNT
} poshuk_facet_kind;
#define POSHUK_FACETS_ALL ((1u << POSHUK_FACET_COUNT) - 1)
/* Room for facets in poshuk_results.facets: POSHUK_FACET_COUNT may grow up to this without changing
 * the layout of poshuk_results, so a program built against an older header reads a newer library's
 * results right (the facets it does not know are in slots it never looks at). */
#define POSHUK_FACET_SLOTS 8

/* Static name of a facet: "tags", "oblast", "hromada", "year", "month". */
POSHUK_API const char *poshuk_facet_name(poshuk_facet_kind kind);

/* How hits are ordered (poshuk_request.sort). */
typedef enum poshuk_sort {
    POSHUK_SORT_RELEVANCE = 0, /* BM25, best first; equal scores newest first, then by id */
    POSHUK_SORT_NEWEST,        /* publication date, newest first (no date: last); equal dates by BM25 */
    POSHUK_SORT_RECENT,        /* BM25 plus a recency boost, best first:
                                *   score = BM25 + POSHUK_RECENCY_BOOST * 0.5^(age / POSHUK_RECENCY_HALF_LIFE)
                                * where age is the number of days between the article's date and the
                                * newest date in the index (so an archive ranks the same next year as
                                * today); an article without a date gets no boost. */
} poshuk_sort;
#define POSHUK_RECENCY_BOOST     2.0
#define POSHUK_RECENCY_HALF_LIFE 180 /* days */

/* Limits on what one request may cost, used when the request leaves them 0. */
#define POSHUK_MAX_EXPANSION 200  /* index words one wildcard (a prefix*) may stand for */
#define POSHUK_MAX_WINDOW    1000 /* offset + limit: how deep into the result list a request may page */
/* Each of these bounds what one query may cost, so that no request (a 1 MB query, thousands of
 * OR-ed words, thousands of NEAR groups) can hold a search service for seconds or gigabytes. Past
 * the first three a search fails with POSHUK_ERR_QUERY_SYNTAX and a message naming the limit
 * (poshuk_db_error_offset is -1: the problem is the query as a whole, not one place in it). */
#define POSHUK_MAX_QUERY_BYTES 4096 /* bytes of query text */
#define POSHUK_MAX_TERMS       1000 /* index terms the query stands for once parsed and expanded */
#define POSHUK_MAX_PHRASES     32   /* "phrases", NEAR and ADJ groups (each costs a positional check) */
#define POSHUK_TIME_BUDGET     3.0  /* seconds the match may take; see poshuk_results.timed_out */
/* Did you mean reads up to 50,000 index words for each word it corrects: a query of more words than
 * this gets no suggestion (a person's misspelt query is short; a long one is pasted text). */
#define POSHUK_DID_YOU_MEAN_MAX_WORDS 8

/* What to search for. Start from POSHUK_REQUEST_INIT or poshuk_request_init(), which set struct_size
 * and zero the rest, then set what you need.
 *
 * The rule for structs the caller allocates: this struct only grows, at its end, and a field added
 * later does what the library did before when it is zero. struct_size says how much of it the caller
 * knows: the library reads that many bytes and takes every later field as zero, so a program built
 * against an older poshuk.h keeps working with a newer libposhuk.so.1; bytes past what the library
 * knows (a program built against a newer header) must be zero. poshuk_db_search returns
 * POSHUK_ERR_INVALID for a struct_size of 0 (a request zero-initialised without it) or smaller than
 * the first layout, and for a non-zero field this library does not know. */
typedef struct poshuk_request {
    size_t struct_size; /* sizeof(poshuk_request) as the caller was compiled; see above */

    /* Words in Xapian's query syntax: AND OR NOT XOR, "phrases", (groups), +must -must_not,
     * and the fields title: tag: oblast: hromada: source: lang:. NULL or blank: every article
     * that passes the filters, newest first. */
    const char *query;

    /* Filters. Values of one kind are OR-ed (any of these oblasts) except tags, which are AND-ed
     * (every one of these tags); different kinds are AND-ed. Values compare case-insensitively. */
    const char *const *tags;
    size_t n_tags;
    const char *const *oblasts;
    size_t n_oblasts;
    const char *const *hromadas;
    size_t n_hromadas;
    const char *const *langs;
    size_t n_langs;
    int32_t date_from; /* YYYYMMDD, inclusive; 0 = open */
    int32_t date_to;   /* YYYYMMDD, inclusive; 0 = open */

    size_t offset; /* hits to skip */
    size_t limit;  /* hits to return; 0 = none (counts and facets only) */

    unsigned facets;    /* bits (1u << poshuk_facet_kind): which facets to count */
    size_t facet_limit; /* values per facet, most frequent first; 0 = all */

    /* Added after the first release; zero keeps the first release's behaviour. */
    poshuk_sort sort;
    /* 1: multi-select facets, as a search page with check boxes needs: the oblast facet counts
     * under every filter but the oblasts, the hromada facet under every filter but the hromadas,
     * year and month under every filter but the dates, so the other values of a facet keep their
     * counts after one is chosen. Tags are AND-ed, so the tag facet still honours the tags: its
     * counts say what adding one more tag would find. Fields inside the query text are part of
     * the query and always count. */
    int multiselect;
    /* 1: search as you type: the query's last word, when nothing follows it, also matches the
     * words that begin with it. */
    int partial;
    /* >0: each hit gets a snippet of about this many characters of its body around the best
     * match, with the matched words marked. */
    size_t snippet_chars;
    /* 1: when the query finds fewer than 3 articles, look for a better query built from the
     * index's own words: a spelling correction, or the query retyped in the other keyboard
     * layout (Ukrainian <-> English). See poshuk_results.suggestion. */
    int did_you_mean;
    size_t max_expansion; /* 0 = POSHUK_MAX_EXPANSION */
    size_t max_window;    /* 0 = POSHUK_MAX_WINDOW */

    /* Added for the cost bounds, at the end: part of the first layout of libposhuk.so.1 (a program
     * built for libposhuk.so.0 is rebuilt anyway; from .so.1 on, fields added later are read only
     * up to struct_size). 0 = the default named. Terms are the index terms the matcher reads: each word
     * (and outside phrases its other-script key, so a plain word counts 2), each word a wildcard
     * or the partial last word stands for, each field value in the query; a wildcard Xapian
     * expands itself (an index without a vocabulary) counts as one, being bounded by
     * max_expansion. The request's filters do not count. */
    size_t max_query_bytes; /* 0 = POSHUK_MAX_QUERY_BYTES */
    size_t max_terms;       /* 0 = POSHUK_MAX_TERMS */
    size_t max_phrases;     /* 0 = POSHUK_MAX_PHRASES */
    /* Seconds from the start of poshuk_db_search the match may run: 0 = POSHUK_TIME_BUDGET; < 0 =
     * none; NaN is POSHUK_ERR_INVALID. What a search that runs out of time returns: see
     * poshuk_results.timed_out. */
    double time_budget;
} poshuk_request;

/* A request with struct_size set and every other field zero (the defaults), for an initialiser:
 *   poshuk_request r = POSHUK_REQUEST_INIT;  or  poshuk_request r = {POSHUK_REQUEST_SIZE, .limit = 10}; */
#define POSHUK_REQUEST_SIZE .struct_size = sizeof(poshuk_request)
#define POSHUK_REQUEST_INIT { POSHUK_REQUEST_SIZE }

/* The same for a request already allocated. Inline, not a call: struct_size must be the size the
 * caller was compiled with, which only the caller's compiler knows. */
static inline void poshuk_request_init(poshuk_request *request) {
#ifdef __cplusplus
    *request = poshuk_request();
    request->struct_size = sizeof *request;
#else
    *request = (poshuk_request){POSHUK_REQUEST_SIZE};
#endif
}

/* A marked stretch of a snippet: byte offsets into poshuk_hit.snippet. */
typedef struct poshuk_span {
    size_t start;
    size_t length;
} poshuk_span;

typedef struct poshuk_hit {
    size_t rank; /* 1-based over the whole result list (offset + 1 for the first hit) */
    double score;
    const char *id;
    const char *title;
    const char *url;
    int32_t date;
    const char *lang;
    const char *const *tags;
    size_t n_tags;
    const char *oblast;
    const char *const *hromadas;
    size_t n_hromadas;
    const char *source;

    /* With request snippet_chars > 0: a passage of the body (plain text, "…" where it
     * was cut) and the words in it that matched the query, in order; NULL and 0 otherwise, or
     * when the article has no body. */
    const char *snippet;
    const poshuk_span *marks;
    size_t n_marks;
} poshuk_hit;

/* Why poshuk_results.suggestion was proposed. */
typedef enum poshuk_suggestion_kind {
    POSHUK_SUGGEST_NONE = 0,
    POSHUK_SUGGEST_SPELLING, /* words replaced by close words of the index (up to 2 edits) */
    POSHUK_SUGGEST_LAYOUT, /* typed in the other keyboard layout: ltwtynhfkspfwsz -> децентралізація */
} poshuk_suggestion_kind;

typedef struct poshuk_facet_value {
    const char *value;
    uint64_t count;
} poshuk_facet_value;

/* Counts over the whole match set, exact. tags/oblast/hromada: most frequent first, ties by value;
 * year and month: oldest first. */
typedef struct poshuk_facet {
    poshuk_facet_kind kind;
    int counted; /* 1 if the request asked for it */
    poshuk_facet_value *values;
    size_t n_values;
} poshuk_facet;

typedef struct poshuk_results {
    uint64_t total; /* exact number of matching articles */
    poshuk_hit *hits;
    size_t n_hits;
    poshuk_facet facets[POSHUK_FACET_SLOTS]; /* indexed by poshuk_facet_kind; the rest unused */
    double seconds; /* time the search took */

    /* With request did_you_mean: a better query, or NULL. When the query as typed
     * matched nothing and the suggestion matches something, the search ran the suggestion instead:
     * suggestion_applied is 1 and total, hits and facets are the suggestion's. */
    const char *suggestion;
    poshuk_suggestion_kind suggestion_kind;
    int suggestion_applied;
    uint64_t suggestion_total; /* articles the suggestion matches */

    /* 1: the match ran out of the request's time_budget and stopped where it was. Articles are
     * examined in the order they were indexed (per shard), so total, hits and facets are then
     * those of the articles examined until then: total is a lower bound, the hits are the best of
     * those in the order asked for, and the facets count them only. Did you mean is skipped once
     * the budget is spent. With a remote shard (xapian-tcpsrv) the budget can only stop the exact
     * count (Xapian's Enquire::set_time_limit): the hits are then the best of all, total an
     * estimate and the facets partial. */
    int timed_out;
} poshuk_results;

/* Runs the request. On POSHUK_ERR_QUERY_SYNTAX, poshuk_db_error says what is wrong and
 * poshuk_db_error_offset gives the byte offset in the query where it was found.
 * *out is owned by the caller: free it with poshuk_results_free.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_QUERY_SYNTAX  the query is not poshuk's language, a wildcard stands for more than
 *                                  max_expansion words, or the query is over a cost bound
 * @retval POSHUK_ERR_INVALID       no handle, request or out; a handle whose opening failed; a request
 *                                  not initialised (struct_size), paging past max_window, a NaN
 *                                  time_budget, an unknown sort, a filter value the index cannot hold
 * @retval POSHUK_ERR_MODIFIED      the index changed while being read: poshuk_db_reopen, then retry
 * and the index errors. */
POSHUK_API poshuk_status poshuk_db_search(poshuk_db *db, const poshuk_request *request, poshuk_results **out);

/* Byte offset into the query of the last syntax error, or -1 when unknown. Also set when a
 * wildcard expands to more than max_expansion words (POSHUK_ERR_QUERY_SYNTAX, at the wildcard's
 * word). A request paging beyond max_window gets POSHUK_ERR_INVALID. A query past max_query_bytes,
 * max_terms or max_phrases gets POSHUK_ERR_QUERY_SYNTAX with the offset -1 and one of:
 *   the query is 5000 bytes long, over the limit of 4096 bytes (max_query_bytes)
 *   the query stands for 1200 terms, over the limit of 1000 (max_terms); use fewer words or longer wildcards
 *   the query has 40 phrases and NEAR/ADJ groups, over the limit of 32 (max_phrases) */
POSHUK_API long poshuk_db_error_offset(const poshuk_db *db);

POSHUK_API void poshuk_results_free(poshuk_results *results);

/* ---------------------------------------------------------------- completion */

typedef struct poshuk_completion {
    const char *text; /* the whole completed text: what came before the last word, then a word */
    uint64_t count;   /* articles that contain the completing word */
} poshuk_completion;

typedef struct poshuk_completions {
    poshuk_completion *items; /* most frequent word first, equal counts in byte order */
    size_t n_items;
    double seconds; /* time the completion took */
} poshuk_completions;

/* Completions of what someone is typing: the last word of text (case-insensitive) is completed
 * with words of the indexed titles and bodies that begin with it, at most max of them (0 = 10).
 * Made for every keystroke: it reads only the index's word list, never the articles. A text
 * that ends in white space, or has no word, has no completions. *out is owned by the caller:
 * free it with poshuk_completions_free.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_INVALID   no handle, text or out, or a handle whose opening failed
 * @retval POSHUK_ERR_MODIFIED  the index changed while being read: poshuk_db_reopen, then retry
 * and the index errors. */
POSHUK_API poshuk_status poshuk_db_complete(poshuk_db *db, const char *text, size_t max,
                                            poshuk_completions **out);

POSHUK_API void poshuk_completions_free(poshuk_completions *completions);

/* ---------------------------------------------------------------- analysis */

/* One word of a text as poshuk indexes and searches it (poshuk-query --analyse shows these). */
typedef struct poshuk_token {
    const char *word;       /* the word, normalised (apostrophes made one, stress marks gone) */
    const char *lower;      /* lower-cased: what the stemmer sees */
    const char *script;     /* "uk" (Cyrillic), "en" (Latin) or "other" (digits, mixed) */
    const char *term;       /* the term the index holds for it, "Z" + stem; NULL when the word is too
                             * long to index (over 64 bytes) */
    const char *translit;   /* KMU-2010 transliteration of a Cyrillic word, else NULL */
    const char *cross_key;  /* the cross-script key term ("XTkharkiv") a capitalised word adds, or NULL */
    int stopword;           /* 1: a query drops it outside phrases (the index keeps it for phrases) */
} poshuk_token;

typedef struct poshuk_tokens {
    poshuk_token *items;
    size_t n_items;
} poshuk_tokens;

/* Splits, normalises and stems text exactly as indexing does. *out is owned by the caller: free it
 * with poshuk_tokens_free.
 * @retval POSHUK_OK
 * @retval POSHUK_ERR_INVALID  text or out is NULL
 * @retval POSHUK_ERR_NOMEM    memory ran out */
POSHUK_API poshuk_status poshuk_analyse(const char *text, poshuk_tokens **out);

POSHUK_API void poshuk_tokens_free(poshuk_tokens *tokens);

#ifdef __cplusplus
}
#endif

#endif /* POSHUK_H */
