/* The shards of a parallel build on disk, beside the generations of generation.cc: the library owns
 * every name it makes beside an index (PATH.gen-N, PATH.shards-XXXXXX), so that a program never
 * needs to know them. Shards live in PATH.shards-XXXXXX/1 .. /N: on the index's disk, so the merge
 * does not cross file systems, and easy to find when a build is killed. */
#include "poshuk.h"

#include "xapian/fs.h"
#include "xapian/status.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <new>
#include <string>
#include <unistd.h>
#include <vector>

struct poshuk_shards {
    std::string dir; /* empty until it is created */
    std::vector<std::string> paths;
    std::vector<const char *> c_paths; /* into paths, for poshuk_shards_paths */
    std::string error;
};

namespace {

const char *const SHARDS_INFIX = ".shards-";

/* Removes a left-over shards entry: a directory with everything in it, or anything else. */
void remove_entry(const std::string &path) {
    if (shim::remove_tree(path) == ENOTDIR)
        ::unlink(path.c_str());
}

} // namespace

extern "C" poshuk_status poshuk_shards_create(const char *path, unsigned n, poshuk_shards **out) {
    if (!out)
        return POSHUK_ERR_INVALID;
    *out = new (std::nothrow) poshuk_shards();
    if (!*out)
        return POSHUK_ERR_NOMEM;
    poshuk_shards *s = *out;
    return shim::guarded(
        s->error, [] { return std::string("making the shards' directory"); },
        [&] {
            if (!path || !*path || n == 0)
                throw shim::Failure{POSHUK_ERR_INVALID, "shards need an index path and a count above 0"};
            std::string dir = shim::strip_slashes(path) + SHARDS_INFIX + "XXXXXX";
            if (!::mkdtemp(&dir[0])) {
                const int err = errno;
                throw shim::Failure{POSHUK_ERR_IO, "cannot create a directory for the shards beside '" +
                                                       std::string(path) + "': " + shim::errno_text(err)};
            }
            s->dir = dir;
            for (unsigned i = 0; i < n; i++)
                s->paths.push_back(dir + "/" + std::to_string(i + 1));
            for (const std::string &p : s->paths)
                s->c_paths.push_back(p.c_str());
            return POSHUK_OK;
        });
}

extern "C" const char *const *poshuk_shards_paths(const poshuk_shards *shards) {
    return shards && !shards->c_paths.empty() ? shards->c_paths.data() : nullptr;
}

extern "C" unsigned poshuk_shards_count(const poshuk_shards *shards) {
    return shards ? static_cast<unsigned>(shards->paths.size()) : 0;
}

extern "C" const char *poshuk_shards_error(const poshuk_shards *shards) {
    return shards ? shards->error.c_str() : "no shards";
}

extern "C" void poshuk_shards_remove(poshuk_shards *shards) {
    if (!shards)
        return;
    if (!shards->dir.empty())
        shim::remove_tree(shards->dir);
    delete shards;
}

extern "C" void poshuk_shards_remove_stale(const char *path) {
    if (!path || !*path)
        return;
    try {
        const std::string index = shim::strip_slashes(path);
        const std::string dir = shim::parent_of(index);
        const std::string prefix = shim::base_of(index) + SHARDS_INFIX;
        DIR *d = ::opendir(dir.c_str());
        if (!d)
            return;
        std::vector<std::string> stale;
        while (const struct dirent *entry = ::readdir(d))
            if (std::strncmp(entry->d_name, prefix.c_str(), prefix.size()) == 0)
                stale.push_back(dir + "/" + entry->d_name);
        ::closedir(d);
        for (const std::string &p : stale)
            remove_entry(p);
    } catch (...) {
        /* Out of memory while listing: the leftovers wait for the next job. */
    }
}
