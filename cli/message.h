/* What poshuk-index and poshuk-query print in their messages: a file name, an option value or an id
 * can hold any bytes, and a message must stay one line of text that cannot drive the terminal (a
 * name holding ESC [31m would otherwise colour it) nor break a JSON string. Both programs print every
 * message through here; the library's messages are escaped when printed, not when made. */
#ifndef POSHUK_CLI_MESSAGE_H
#define POSHUK_CLI_MESSAGE_H

#include <stdio.h>

/* text with its control characters and invalid bytes escaped: a C0 control, DEL or a byte that is
 * not part of a well-formed UTF-8 character as \xNN ("ctrl\x01\x1b[31m"), a C1 control as \u00NN;
 * every other character as it is. malloc'd, for the caller to free; NULL when memory ran out. */
char *poshuk_message_escape(const char *text);

/* Writes text to f escaped as above. */
void poshuk_message_put(FILE *f, const char *text);

#endif
