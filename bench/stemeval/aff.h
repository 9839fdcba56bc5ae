/* The parts of a hunspell .aff file that decide which word forms exist: the flag syntax, the
 * prefix and suffix rules (strip, append, continuation flags, condition, cross product), flag
 * aliases (AF) and the few flags that change what a root yields (NEEDAFFIX, FORBIDDENWORD).
 * Everything about checking and suggesting (TRY, MAP, REP, ICONV, ...) is skipped: the expander
 * only generates. Strings are held as code points, because hunspell counts characters. */
#ifndef STEMEVAL_AFF_H
#define STEMEVAL_AFF_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A flag as a number: the byte (FLAG default), the two bytes (long), the number (num) or the code
 * point (UTF-8). 0 is never a flag. */
typedef uint32_t se_flag;

typedef enum { SE_FLAG_CHAR, SE_FLAG_LONG, SE_FLAG_NUM, SE_FLAG_UTF8 } se_flag_type;

/* One position of a rule's condition: any character (.), one character, or a bracket class. */
typedef struct {
    int any;
    int negated; /* [^...] */
    uint32_t *set;
    size_t n;
} se_cond_pos;

typedef struct {
    int prefix; /* PFX, else SFX */
    int cross;  /* may combine with an affix of the other kind (header's Y) */
    se_flag flag;
    uint32_t *strip, *add;
    size_t strip_len, add_len;
    se_flag *cont; /* continuation flags: affixes allowed on top of this one */
    size_t n_cont;
    se_cond_pos *cond;
    size_t cond_len;
} se_rule;

typedef struct {
    se_flag_type flag_type;
    se_rule *rules; /* sorted by (prefix, flag), so one flag's rules are a run */
    size_t n_rules;
    char **aliases; /* AF: aliases[i] is the flag string that the number i+1 stands for */
    size_t n_aliases;
    se_flag needaffix, forbidden; /* 0 when the .aff names none */
    int fullstrip;                /* a rule may strip the whole root */
    uint32_t *ignore;             /* IGNORE: characters removed from roots and affixes */
    size_t n_ignore;
    char unsupported[256]; /* directives seen that change forms in ways the expander skips */
} se_aff;

/* Reads an .aff file. Returns NULL on an error, with "NAME:LINE: what" in err. Only UTF-8
 * dictionaries (SET UTF-8) are read. */
se_aff *se_aff_load(FILE *f, const char *name, char *err, size_t errlen);
void se_aff_free(se_aff *aff);

/* The rules of one kind (prefix or suffix) carrying flag; *n of them (0: none). */
const se_rule *se_aff_rules(const se_aff *aff, int prefix, se_flag flag, size_t *n);

/* Decodes a flag string (the part of a .dic line after '/', or of a rule's append after '/') in
 * the .aff's FLAG syntax, resolving an AF alias number when the .aff defines aliases. Returns the
 * number of flags written to out (room for cap), or -1 when s is malformed or names no alias. */
int se_aff_parse_flags(const se_aff *aff, const char *s, size_t len, se_flag *out, size_t cap);

/* Decodes a flag string in the syntax type, without alias lookup (as a rule header or a directive
 * writes a flag). Same results as se_aff_parse_flags. */
int se_flags_decode(se_flag_type type, const char *s, size_t len, se_flag *out, size_t cap);

/* Whether flag is among flags[0..n). */
int se_flag_in(se_flag flag, const se_flag *flags, size_t n);

/* Parses a condition (".", "[^т]атися", ...) into positions; returns how many (up to cap), or -1
 * when a bracket is not closed or the text is not UTF-8. The positions' sets are malloc'd. */
int se_cond_parse(const char *text, size_t len, se_cond_pos *out, size_t cap);

/* Whether the characters w[0..n) satisfy the condition as a suffix (at_end) or a prefix rule's
 * condition: the condition's k positions match the word's last (or first) k characters. */
int se_cond_match(const se_cond_pos *cond, size_t k, const uint32_t *w, size_t n, int at_end);

#endif
