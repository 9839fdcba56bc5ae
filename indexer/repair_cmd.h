/* poshuk-index repair: the command that repairs an index whose commit failed (poshuk_writer_repair). */
#ifndef POSHUK_INDEXER_REPAIR_CMD_H
#define POSHUK_INDEXER_REPAIR_CMD_H

/* Runs "PROGRAM repair [--wait[=SECONDS]] [-q] -d INDEX" (or "repair INDEX"); argv[1] is "repair".
 * Returns the exit status: 0 repaired, 2 usage error, 5 the index could not be opened, locked or
 * repaired. */
int poshuk_repair_command(int argc, char **argv, const char *program);

#endif
