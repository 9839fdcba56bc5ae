/* The SQLite FTS5 peer, in process over libsqlite3, set up as a careful user would
 * (shared/notes/peers.md): an ordinary docs table holding the text and the facet fields, side tables
 * for the multi-valued tags and hromadas, and an external-content FTS5 index over title, body and tags
 * with the unicode61 tokenizer; bm25() with the title weighted 5, the body 1, the tags 2.
 *
 *   sqlite_fts5 index DB FILE.jsonl     build DB from poshuk's JSONL (DB must not exist)
 *   sqlite_fts5 query DB QUERIES [--kind K] [--totals FILE]
 *
 * Every query returns the top 10 (id and title) and the exact number of matches, as poshuk does; a
 * filter query filters in SQL; a facet query also counts tags, oblast and year over the whole match
 * set, from a temporary table of the matching rowids so the full-text match runs once. */
#include "common/qbench.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(sqlite3 *db, const char *what) {
    fprintf(stderr, "sqlite_fts5: %s: %s\n", what, db ? sqlite3_errmsg(db) : "cannot open");
    return 1;
}

static int exec(sqlite3 *db, const char *sql) {
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "sqlite_fts5: %s\n  in: %s\n", msg ? msg : "?", sql);
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static const char SCHEMA[] =
    "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
    "CREATE TABLE docs(id INTEGER PRIMARY KEY, ext_id TEXT, lang TEXT, title TEXT, body TEXT, tags TEXT,"
    " oblast TEXT, source TEXT, date INTEGER, year INTEGER, url TEXT);"
    "CREATE TABLE doc_tags(doc_id INTEGER, tag TEXT);"
    "CREATE TABLE doc_hromadas(doc_id INTEGER, hromada TEXT);"
    "CREATE VIRTUAL TABLE fts USING fts5(title, body, tags, content='docs', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 0');";

/* After the rows: the full-text index in one pass, then the B-tree indexes the facets and filters use. */
static const char FINISH[] =
    "INSERT INTO fts(rowid, title, body, tags) SELECT id, title, body, tags FROM docs;"
    "CREATE INDEX docs_oblast_date ON docs(oblast, date);"
    "CREATE INDEX doc_tags_doc ON doc_tags(doc_id);"
    "CREATE INDEX doc_hromadas_doc ON doc_hromadas(doc_id);"
    "INSERT INTO fts(fts) VALUES('optimize');";

static const char *str(json_t *o, const char *key) {
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : NULL;
}

/* "2025-07-03" -> 20250703; 0 when missing (the generator writes ISO dates only). */
static int date_number(const char *s) {
    int y, m, d;
    return s && sscanf(s, "%d-%d-%d", &y, &m, &d) == 3 ? y * 10000 + m * 100 + d : 0;
}

static int build(const char *path, const char *jsonl) {
    FILE *in = fopen(jsonl, "r");
    if (!in) {
        perror(jsonl);
        return 1;
    }
    sqlite3 *db = NULL;
    if (sqlite3_open(path, &db) != SQLITE_OK)
        return fail(db, path);
    if (exec(db, SCHEMA) || exec(db, "BEGIN"))
        return 1;
    sqlite3_stmt *doc, *tag, *hromada;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO docs(ext_id,lang,title,body,tags,oblast,source,date,year,url)"
                           " VALUES(?,?,?,?,?,?,?,?,?,?)",
                           -1, &doc, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO doc_tags VALUES(?,?)", -1, &tag, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO doc_hromadas VALUES(?,?)", -1, &hromada, NULL) != SQLITE_OK)
        return fail(db, "prepare");
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    char *tags = NULL;
    size_t tags_cap = 0;
    while ((len = getline(&line, &cap, in)) > 0) {
        lineno++;
        json_error_t jerr;
        json_t *o = json_loadb(line, (size_t)len, 0, &jerr);
        if (!json_is_object(o)) {
            fprintf(stderr, "sqlite_fts5: %s:%ld: %s\n", jsonl, lineno, jerr.text);
            json_decref(o);
            continue;
        }
        /* The tags also go into the full-text index as one text column, space-separated. */
        json_t *list = json_object_get(o, "tags");
        size_t need = 1, i;
        json_t *v;
        json_array_foreach(list, i, v) need += strlen(json_string_value(v) ? json_string_value(v) : "") + 1;
        if (need > tags_cap && !(tags = realloc(tags, tags_cap = need * 2)))
            return fail(NULL, "out of memory");
        tags[0] = '\0';
        json_array_foreach(list, i, v) {
            if (i)
                strcat(tags, " ");
            strcat(tags, json_string_value(v) ? json_string_value(v) : "");
        }
        int date = date_number(str(o, "date"));
        const char *fields[7] = {str(o, "id"), str(o, "lang"),   str(o, "title"), str(o, "body"),
                                 tags,         str(o, "oblast"), str(o, "source")};
        for (int f = 0; f < 7; f++)
            sqlite3_bind_text(doc, f + 1, fields[f], -1, SQLITE_STATIC);
        sqlite3_bind_int(doc, 8, date);
        sqlite3_bind_int(doc, 9, date / 10000);
        sqlite3_bind_text(doc, 10, str(o, "url"), -1, SQLITE_STATIC);
        if (sqlite3_step(doc) != SQLITE_DONE)
            return fail(db, "insert");
        sqlite3_reset(doc);
        sqlite3_int64 rowid = sqlite3_last_insert_rowid(db);
        json_array_foreach(list, i, v) {
            sqlite3_bind_int64(tag, 1, rowid);
            sqlite3_bind_text(tag, 2, json_string_value(v), -1, SQLITE_STATIC);
            if (sqlite3_step(tag) != SQLITE_DONE)
                return fail(db, "insert tag");
            sqlite3_reset(tag);
        }
        json_array_foreach(json_object_get(o, "hromadas"), i, v) {
            sqlite3_bind_int64(hromada, 1, rowid);
            sqlite3_bind_text(hromada, 2, json_string_value(v), -1, SQLITE_STATIC);
            if (sqlite3_step(hromada) != SQLITE_DONE)
                return fail(db, "insert hromada");
            sqlite3_reset(hromada);
        }
        json_decref(o);
    }
    free(line);
    free(tags);
    fclose(in);
    sqlite3_finalize(doc);
    sqlite3_finalize(tag);
    sqlite3_finalize(hromada);
    if (exec(db, FINISH) || exec(db, "COMMIT"))
        return 1;
    sqlite3_close(db);
    return 0;
}

/* ---------------------------------------------------------------- queries */

typedef struct queries {
    sqlite3 *db;
    sqlite3_stmt *top, *count, *top_filtered, *count_filtered;
    sqlite3_stmt *fill, *clear, *matched, *by_oblast, *by_year, *by_tag;
} queries;

/* Both words in the title or body, each quoted so that no word is read as an operator. */
static void match_string(const bench_query *q, char *out, size_t size) {
    snprintf(out, size, "{title body} : (\"%s\" AND \"%s\")", q->word1, q->word2);
}

static int step_all(sqlite3_stmt *st, uint64_t *first_int) {
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (first_int)
            *first_int = (uint64_t)sqlite3_column_int64(st, 0), first_int = NULL;
        else
            (void)sqlite3_column_text(st, 0); /* read what a caller would show */
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int run_query(void *ctx, const bench_query *q, uint64_t *total, char *err, size_t err_size) {
    queries *s = ctx;
    char match[512];
    match_string(q, match, sizeof match);
    int rc = 0;
    if (q->facets) {
        sqlite3_bind_text(s->fill, 1, match, -1, SQLITE_TRANSIENT);
        rc |= step_all(s->fill, NULL);
        rc |= step_all(s->matched, total);
        sqlite3_bind_text(s->top, 1, match, -1, SQLITE_TRANSIENT);
        rc |= step_all(s->top, NULL); /* ranking needs bm25(), which only a MATCH query has */
        rc |= step_all(s->by_oblast, NULL);
        rc |= step_all(s->by_year, NULL);
        rc |= step_all(s->by_tag, NULL);
        rc |= step_all(s->clear, NULL);
        sqlite3_clear_bindings(s->fill);
    } else if (q->oblast[0]) {
        sqlite3_stmt *sts[2] = {s->top_filtered, s->count_filtered};
        for (int i = 0; i < 2; i++) {
            sqlite3_bind_text(sts[i], 1, match, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(sts[i], 2, q->oblast, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(sts[i], 3, q->date_from);
            sqlite3_bind_int(sts[i], 4, q->date_to);
        }
        rc |= step_all(s->top_filtered, NULL);
        rc |= step_all(s->count_filtered, total);
    } else {
        sqlite3_bind_text(s->top, 1, match, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s->count, 1, match, -1, SQLITE_TRANSIENT);
        rc |= step_all(s->top, NULL);
        rc |= step_all(s->count, total);
    }
    if (rc)
        snprintf(err, err_size, "%s", sqlite3_errmsg(s->db));
    return rc;
}

static const char TOP[] =
    "SELECT d.ext_id, d.title, t.s FROM (SELECT rowid, bm25(fts, 5.0, 1.0, 2.0) s FROM fts"
    " WHERE fts MATCH ?1 ORDER BY s LIMIT 10) t JOIN docs d ON d.id = t.rowid ORDER BY t.s";
static const char COUNT[] = "SELECT count(*) FROM fts WHERE fts MATCH ?1";
static const char TOP_FILTERED[] =
    "SELECT d.ext_id, d.title, bm25(fts, 5.0, 1.0, 2.0) s FROM fts CROSS JOIN docs d"
    " ON d.id = fts.rowid WHERE fts MATCH ?1 AND d.oblast = ?2 AND d.date BETWEEN ?3 AND ?4 ORDER BY s LIMIT "
    "10";
static const char COUNT_FILTERED[] = "SELECT count(*) FROM fts CROSS JOIN docs d ON d.id = fts.rowid"
                                     " WHERE fts MATCH ?1 AND d.oblast = ?2 AND d.date BETWEEN ?3 AND ?4";
static const char FILL[] = "INSERT INTO temp.m SELECT rowid FROM fts WHERE fts MATCH ?1";

static int prepare(queries *s) {
    struct {
        sqlite3_stmt **st;
        const char *sql;
    } all[] = {
        {&s->top, TOP},
        {&s->count, COUNT},
        {&s->top_filtered, TOP_FILTERED},
        {&s->count_filtered, COUNT_FILTERED},
        {&s->fill, FILL},
        {&s->clear, "DELETE FROM temp.m"},
        {&s->matched, "SELECT count(*) FROM temp.m"},
        {&s->by_oblast, "SELECT d.oblast, count(*) c FROM temp.m CROSS JOIN docs d ON d.id = m.id"
                        " GROUP BY d.oblast ORDER BY c DESC, d.oblast LIMIT 10"},
        {&s->by_year,
         "SELECT d.year, count(*) c FROM temp.m CROSS JOIN docs d ON d.id = m.id GROUP BY d.year"},
        {&s->by_tag, "SELECT t.tag, count(*) c FROM temp.m CROSS JOIN doc_tags t ON t.doc_id = m.id"
                     " GROUP BY t.tag ORDER BY c DESC, t.tag LIMIT 10"},
    };
    /* CROSS JOIN above makes SQLite run the full-text match first and look the few matches up in docs,
     * instead of scanning an oblast's rows and matching each; the match table lives in memory. */
    if (exec(s->db, "PRAGMA temp_store=MEMORY; CREATE TEMP TABLE m(id INTEGER PRIMARY KEY)"))
        return -1;
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        if (sqlite3_prepare_v2(s->db, all[i].sql, -1, all[i].st, NULL) != SQLITE_OK) {
            fprintf(stderr, "sqlite_fts5: %s\n  in: %s\n", sqlite3_errmsg(s->db), all[i].sql);
            return -1;
        }
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 4 && strcmp(argv[1], "index") == 0)
        return build(argv[2], argv[3]);
    if (argc < 4 || strcmp(argv[1], "query") != 0) {
        fputs(
            "usage: sqlite_fts5 index DB FILE.jsonl | sqlite_fts5 query DB QUERIES [--kind K] [--totals F]\n",
            stderr);
        return 2;
    }
    const char *kind, *totals;
    if (bench_common_options(argc - 4, argv + 4, &kind, &totals) != 0)
        return 2;
    bench_query *qs;
    long n = bench_queries_load(argv[3], &qs);
    if (n < 0)
        return 1;
    queries s = {0};
    if (sqlite3_open_v2(argv[2], &s.db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        return fail(s.db, argv[2]);
    if (prepare(&s) != 0)
        return 1;
    long errors = bench_run_all("sqlite-fts5", qs, (size_t)n, kind, totals, run_query, &s);
    free(qs);
    /* Only our own statements: FTS5 keeps prepared statements of its own on the same connection. */
    sqlite3_stmt *mine[] = {s.top,   s.count,   s.top_filtered, s.count_filtered, s.fill,
                            s.clear, s.matched, s.by_oblast,    s.by_year,        s.by_tag};
    for (size_t i = 0; i < sizeof mine / sizeof *mine; i++)
        sqlite3_finalize(mine[i]);
    sqlite3_close(s.db);
    return errors ? 1 : 0;
}
