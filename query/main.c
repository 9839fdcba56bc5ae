/* poshuk-query: placeholder until the command lands. */
#include "poshuk.h"

#include <stdio.h>

int main(void) {
    fprintf(stderr, "poshuk-query: not built yet\n");
    return 2;
}
