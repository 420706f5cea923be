#ifndef VISITCOACH_CLIBPQ_SHIM_H
#define VISITCOACH_CLIBPQ_SHIM_H
// Debian's libpq-dev puts the client headers under /usr/include/postgresql. Only the types and
// constants come from there: libpq itself (with the TLS, Kerberos and LDAP libraries it pulls in)
// is loaded with dlopen the first time a team command connects, so every other command starts
// without mapping and relocating some twenty shared libraries.
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <postgresql/libpq-fe.h>

typedef struct vc_pq_api {
    int loaded; // 1: every function was found; -1: libpq or one of its functions is missing
    __typeof__(&PQconnectdbParams) connectdbParams;
    __typeof__(&PQstatus) status;
    __typeof__(&PQconnectionNeedsPassword) connectionNeedsPassword;
    __typeof__(&PQfinish) finish;
    __typeof__(&PQbackendPID) backendPID;
    __typeof__(&PQexec) exec;
    __typeof__(&PQexecParams) execParams;
    __typeof__(&PQclear) clear;
    __typeof__(&PQresultStatus) resultStatus;
    __typeof__(&PQnfields) nfields;
    __typeof__(&PQntuples) ntuples;
    __typeof__(&PQfname) fname;
    __typeof__(&PQgetisnull) getisnull;
    __typeof__(&PQgetvalue) getvalue;
    __typeof__(&PQresultErrorField) resultErrorField;
    __typeof__(&PQencryptPasswordConn) encryptPasswordConn;
    __typeof__(&PQfreemem) freemem;
    __typeof__(&PQerrorMessage) errorMessage;
} vc_pq_api;

// The table lives in a function's static (Swift emits the header's inline functions, and the
// statics inside them, but not a header's file-scope variables).
static inline vc_pq_api *vc_pq_api_table(void) {
    static vc_pq_api table;
    return &table;
}
#define vc_pq_table (*vc_pq_api_table())

static inline void vc_pq_load(void) {
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) library = dlopen("libpq.so", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        vc_pq_table.loaded = -1;
        return;
    }
#define VC_PQ_LOAD(field, name) \
    if ((vc_pq_table.field = (__typeof__(vc_pq_table.field))dlsym(library, #name)) == NULL) { \
        vc_pq_table.loaded = -1; \
        return; \
    }
    VC_PQ_LOAD(connectdbParams, PQconnectdbParams)
    VC_PQ_LOAD(status, PQstatus)
    VC_PQ_LOAD(connectionNeedsPassword, PQconnectionNeedsPassword)
    VC_PQ_LOAD(finish, PQfinish)
    VC_PQ_LOAD(backendPID, PQbackendPID)
    VC_PQ_LOAD(exec, PQexec)
    VC_PQ_LOAD(execParams, PQexecParams)
    VC_PQ_LOAD(clear, PQclear)
    VC_PQ_LOAD(resultStatus, PQresultStatus)
    VC_PQ_LOAD(nfields, PQnfields)
    VC_PQ_LOAD(ntuples, PQntuples)
    VC_PQ_LOAD(fname, PQfname)
    VC_PQ_LOAD(getisnull, PQgetisnull)
    VC_PQ_LOAD(getvalue, PQgetvalue)
    VC_PQ_LOAD(resultErrorField, PQresultErrorField)
    VC_PQ_LOAD(encryptPasswordConn, PQencryptPasswordConn)
    VC_PQ_LOAD(freemem, PQfreemem)
    VC_PQ_LOAD(errorMessage, PQerrorMessage)
#undef VC_PQ_LOAD
    vc_pq_table.loaded = 1;
}

/// Loads libpq once (thread-safe); 1 when it and every function used are there, else 0. The
/// wrappers below may only be called after it returned 1.
static inline int vc_pq_available(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, vc_pq_load);
    return vc_pq_table.loaded == 1;
}

static inline PGconn *vc_PQconnectdbParams(const char *const *keywords, const char *const *values, int expand) { return vc_pq_table.connectdbParams(keywords, values, expand); }
static inline ConnStatusType vc_PQstatus(const PGconn *conn) { return vc_pq_table.status(conn); }
static inline int vc_PQconnectionNeedsPassword(const PGconn *conn) { return vc_pq_table.connectionNeedsPassword(conn); }
static inline void vc_PQfinish(PGconn *conn) { vc_pq_table.finish(conn); }
static inline int vc_PQbackendPID(const PGconn *conn) { return vc_pq_table.backendPID(conn); }
static inline PGresult *vc_PQexec(PGconn *conn, const char *query) { return vc_pq_table.exec(conn, query); }
static inline PGresult *vc_PQexecParams(PGconn *conn, const char *command, int count, const Oid *types, const char *const *values, const int *lengths, const int *formats, int resultFormat) { return vc_pq_table.execParams(conn, command, count, types, values, lengths, formats, resultFormat); }
static inline void vc_PQclear(PGresult *result) { vc_pq_table.clear(result); }
static inline ExecStatusType vc_PQresultStatus(const PGresult *result) { return vc_pq_table.resultStatus(result); }
static inline int vc_PQnfields(const PGresult *result) { return vc_pq_table.nfields(result); }
static inline int vc_PQntuples(const PGresult *result) { return vc_pq_table.ntuples(result); }
static inline char *vc_PQfname(const PGresult *result, int field) { return vc_pq_table.fname(result, field); }
static inline int vc_PQgetisnull(const PGresult *result, int row, int field) { return vc_pq_table.getisnull(result, row, field); }
static inline char *vc_PQgetvalue(const PGresult *result, int row, int field) { return vc_pq_table.getvalue(result, row, field); }
static inline char *vc_PQresultErrorField(const PGresult *result, int code) { return vc_pq_table.resultErrorField(result, code); }
static inline char *vc_PQencryptPasswordConn(PGconn *conn, const char *password, const char *user, const char *algorithm) { return vc_pq_table.encryptPasswordConn(conn, password, user, algorithm); }
static inline void vc_PQfreemem(void *pointer) { vc_pq_table.freemem(pointer); }
static inline char *vc_PQerrorMessage(const PGconn *conn) { return vc_pq_table.errorMessage(conn); }
#endif
