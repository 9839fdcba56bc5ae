/* Where the shim's C++ strings meet C strings: the analysis functions (stemmers/) hand back malloc'd
 * strings, and everything handed to a C caller is malloc'd too. Out of memory throws std::bad_alloc,
 * which guarded() turns into POSHUK_ERR_NOMEM. */
#ifndef POSHUK_XAPIAN_C_STRINGS_H
#define POSHUK_XAPIAN_C_STRINGS_H

#include <cstddef>
#include <string>

namespace shim {

/* Takes ownership of a malloc'd string of len bytes from an analysis function (NULL meant that memory
 * ran out) and returns it as a std::string. */
std::string take_c_string(char *s, size_t len);

/* A malloc'd NUL-terminated copy, for a caller in C to free. */
char *malloc_copy(const std::string &s);

/* s into a caller's buffer of cap bytes, cut to fit and NUL-terminated (nothing when buf is NULL or cap
 * is 0): how the test hooks hand text to C tests. */
void copy_to_buffer(const std::string &s, char *buf, size_t cap);

/* poshuk_normalise of a NUL-terminated text; "" for NULL. */
std::string normalised_text(const char *text);

} // namespace shim

#endif
