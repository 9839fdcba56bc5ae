/* The caller's poshuk_request as this library knows it (the struct_size rule of poshuk.h). */
#ifndef POSHUK_XAPIAN_REQUEST_H
#define POSHUK_XAPIAN_REQUEST_H

#include "poshuk.h"

#include <cstddef>

namespace shim {

/* The size of the first layout of poshuk_request (SONAME 1): every field up to time_budget. A
 * struct_size below it cannot come from a caller that set it. */
constexpr size_t REQUEST_SIZE_FIRST = offsetof(poshuk_request, time_budget) + sizeof(double);

/* A whole poshuk_request of this library's layout: the caller's struct_size bytes of *request, the
 * fields past them zero. Throws Failure (POSHUK_ERR_INVALID) for a struct_size of 0 or below the first
 * layout, and for a non-zero byte past what this library knows. */
poshuk_request known_request(const poshuk_request *request);

} // namespace shim

#endif
