/* A program of a site that calls poshuk as a library: what the README shows, built against the installed
 * header and poshuk.pc by tests/e2e/install_pkgconfig.sh. Prints "rank id" per hit. */
#include <poshuk.h>
#include <stdio.h>
int main(int argc, char **argv) {
    poshuk_db *db;
    const char *paths[] = {argv[1]};
    if (poshuk_db_open(paths, 1, &db) != POSHUK_OK) {
        fprintf(stderr, "%s\n", db ? poshuk_db_error(db) : "out of memory");
        poshuk_db_close(db);
        return 1;
    }
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = argc > 2 ? argv[2] : "", .limit = 10,
                          .facets = POSHUK_FACETS_ALL};
    poshuk_results *res;
    if (poshuk_db_search(db, &req, &res) == POSHUK_OK) {
        for (size_t i = 0; i < res->n_hits; i++)
            printf("%zu %s\n", res->hits[i].rank, res->hits[i].id);
        poshuk_results_free(res);
    }
    poshuk_db_close(db);
    return 0;
}
