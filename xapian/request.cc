/* Reading a caller's poshuk_request by its struct_size, so that a program built against another
 * poshuk.h than this library's keeps working (see poshuk.h). */
#include "xapian/request.h"

#include "xapian/status.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace shim {

poshuk_request known_request(const poshuk_request *request) {
    const size_t size = request->struct_size;
    if (size < REQUEST_SIZE_FIRST)
        throw Failure{POSHUK_ERR_INVALID,
                      "the request's struct_size is " + std::to_string(size) +
                          ": initialise a poshuk_request with POSHUK_REQUEST_INIT or poshuk_request_init()"};
    /* Bytes past this library's layout belong to fields it does not know: zero means "as before". */
    const unsigned char *bytes = reinterpret_cast<const unsigned char *>(request);
    if (std::any_of(bytes + std::min(size, sizeof(poshuk_request)), bytes + size,
                    [](unsigned char b) { return b != 0; }))
        throw Failure{POSHUK_ERR_INVALID, "the request sets fields that libposhuk " POSHUK_VERSION
                                          " does not know (struct_size " +
                                              std::to_string(size) + ")"};
    poshuk_request known{};
    std::memcpy(&known, request, std::min(size, sizeof known));
    known.struct_size = sizeof known;
    return known;
}

} // namespace shim
