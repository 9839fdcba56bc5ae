/* poshuk-index repair. A job repairs an index by itself when the last commit failed and the index
 * says so; this command is for an index that could not say so (the mark could not be written) or
 * that a person wants repaired now, before the next job: it compacts the last commit into a new
 * generation and switches to it, holding the index's lock as any writer does. */
#define _POSIX_C_SOURCE 200809L

#include "indexer/repair_cmd.h"

#include "cli/message.h"
#include "poshuk.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { EXIT_OK = 0, EXIT_USAGE = 2, EXIT_INDEX = 5 };

static int usage_error(const char *program, const char *what, const char *arg) {
    fprintf(stderr, "%s: repair: %s%s", program, what, arg ? " '" : "");
    if (arg) /* as typed: escaped (cli/message.h), like every message of the programs */
        poshuk_message_put(stderr, arg);
    fprintf(stderr, "%s\n", arg ? "'" : "");
    fprintf(stderr, "usage: %s repair [--wait[=SECONDS]] [-q] -d INDEX\n", program);
    return EXIT_USAGE;
}

/* Whether dir is a directory holding a Xapian glass database (through any symbolic link). */
static int holds_index(const char *dir) {
    struct stat st;
    char version[4096];
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return 0;
    int n = snprintf(version, sizeof version, "%s/iamglass", dir);
    return n > 0 && (size_t)n < sizeof version && stat(version, &st) == 0;
}

int poshuk_repair_command(int argc, char **argv, const char *program) {
    static const struct option long_options[] = {
        {"index", required_argument, NULL, 'd'},
        {"wait", optional_argument, NULL, 'w'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *index = NULL;
    int quiet = 0;
    poshuk_writer_options wo = {0};
    optind = 2;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "d:qh", long_options, NULL)) != -1) {
        switch (c) {
        case 'd':
            index = optarg;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'w': {
            char *end;
            errno = 0;
            wo.wait_seconds = optarg ? strtod(optarg, &end) : POSHUK_WAIT_FOREVER;
            if (optarg && (*end != '\0' || errno != 0 || !(wo.wait_seconds > 0)))
                return usage_error(program, "--wait: expected a number of seconds above 0, got", optarg);
            break;
        }
        case 'h':
            printf(
                "usage: %s repair [--wait[=SECONDS]] [-q] -d INDEX\n"
                "Copies the last commit of INDEX into a new index beside it and switches to it: for an\n"
                "index whose commit failed (a full disk). Jobs do this by themselves when they can tell.\n",
                program);
            return EXIT_OK;
        default:
            return usage_error(program, "unknown option or missing argument:", argv[optind - 1]);
        }
    }
    if (index == NULL && optind < argc)
        index = argv[optind++];
    if (optind < argc)
        return usage_error(program, "unexpected argument", argv[optind]);
    if (index == NULL || index[0] == '\0')
        return usage_error(program, "no index given (-d INDEX)", NULL);

    /* Opening a writer would create a missing index: there is nothing to repair there. */
    if (!holds_index(index)) {
        fprintf(stderr, "%s: no index at '", program);
        poshuk_message_put(stderr, index);
        fputs("' to repair\n", stderr);
        return EXIT_INDEX;
    }
    poshuk_writer *writer = NULL;
    poshuk_status status = poshuk_writer_open_opts(index, &wo, &writer);
    if (status == POSHUK_OK && !poshuk_writer_repaired(writer))
        status = poshuk_writer_repair(writer);
    if (status != POSHUK_OK) {
        fprintf(stderr, "%s: ", program);
        poshuk_message_put(stderr, writer ? poshuk_writer_error(writer) : poshuk_status_str(status));
        fputc('\n', stderr);
        poshuk_writer_close(writer);
        return EXIT_INDEX;
    }
    if (!quiet) {
        printf("%s: repaired '", program);
        poshuk_message_put(stdout, index);
        printf("': %llu articles, as of its last commit\n",
               (unsigned long long)poshuk_writer_doc_count(writer));
    }
    poshuk_writer_close(writer);
    return EXIT_OK;
}
