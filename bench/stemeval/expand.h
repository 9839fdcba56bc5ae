/* Generating every form of one dictionary root from its affix flags. */
#ifndef STEMEVAL_EXPAND_H
#define STEMEVAL_EXPAND_H

#include "aff.h"

/* The longest form, in characters, the expander builds; longer ones are an error (no real word
 * comes near it). */
#define SE_MAX_WORD 256

/* Receives one form (code points, the root's case); may see the same form more than once. */
typedef void (*se_emit_fn)(void *ctx, const uint32_t *form, size_t len);

/* Emits the root (unless its flags include NEEDAFFIX) and every form its flags allow:
 *  - each suffix rule whose strip ends the root and whose condition matches the root's end;
 *  - on top of a suffixed form, the suffixes its rule's continuation flags name (twofold suffixes)
 *    and the prefixes: the root's when both rules allow cross products, any its continuation names;
 *  - each prefix rule the same way at the root's start, and under it a suffix its continuation names.
 * A form an affix with NEEDAFFIX in its continuation makes is not emitted by itself. A rule whose
 * strip would empty the root applies only under FULLSTRIP. Returns 0, or -1 when a form would be
 * longer than SE_MAX_WORD. */
int se_expand(const se_aff *aff, const uint32_t *root, size_t len, const se_flag *flags, size_t n_flags,
              se_emit_fn emit, void *ctx);

#endif
