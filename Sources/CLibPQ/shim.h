#ifndef VISITCOACH_CLIBPQ_SHIM_H
#define VISITCOACH_CLIBPQ_SHIM_H
// Debian's libpq-dev puts the client headers under /usr/include/postgresql.
#include <postgresql/libpq-fe.h>
#endif
