// The nsexec-style bootstrap. It runs as an ELF constructor, before Swift's
// runtime starts, whenever swunc is re-executed with SWUNC_BOOT_ENV set: the
// process is still single-threaded, which unshare(CLONE_NEWUSER) and
// setns(CLONE_NEWNS) require (both fail with EINVAL once a second thread
// exists).
//
// Stages (the parent is `swunc create|run|exec`, in Swift):
//   stage-1  the re-executed process. Reads the bootstrap frame, joins the
//            namespaces given by path (user first), creates the user
//            namespace and asks the parent to write its id maps, creates the
//            remaining namespaces, then clone(CLONE_PARENT)s stage-2 so that
//            stage-2 lands in the new pid namespace as PID 1 and is a child of
//            the parent (which can then wait for it). Sends stage-2's pid and
//            exits.
//   stage-2  returns from the constructor into Swift's main, which reads the
//            rest of its orders (InitRequest) from the same socket.
#define _GNU_SOURCE
#include "cbootstrap.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int boot_sync_fd = -1;

int swunc_bootstrap_sync_fd(void) { return boot_sync_fd; }

// Reports a failure to the parent and ends stage-1 (or stage-2 before Swift).
__attribute__((noreturn, format(printf, 2, 3)))
static void boot_fail(int fd, const char *fmt, ...) {
    char msg[1024];
    int saved = errno;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof msg) n = sizeof msg - 1;
    if (saved) {
        char err[128];
        int m = snprintf(msg + n, sizeof msg - (size_t)n, ": %s", swunc_strerror(saved, err, sizeof err));
        if (m > 0) n += m;
        if ((size_t)n >= sizeof msg) n = sizeof msg - 1;
    }
    swunc_sync_send(fd, SWUNC_SYNC_ERROR, msg, (uint32_t)n);
    _exit(1);
}

static const char *ns_name(uint32_t nstype) {
    switch (nstype) {
    case CLONE_NEWUSER: return "user";
    case CLONE_NEWPID: return "pid";
    case CLONE_NEWNET: return "network";
    case CLONE_NEWNS: return "mount";
    case CLONE_NEWIPC: return "ipc";
    case CLONE_NEWUTS: return "uts";
    case CLONE_NEWCGROUP: return "cgroup";
#ifdef CLONE_NEWTIME
    case CLONE_NEWTIME: return "time";
#endif
    default: return "unknown";
    }
}

// Reads a little-endian-native uint32 out of a bounded buffer.
static int take_u32(const uint8_t *buf, uint32_t len, uint32_t *off, uint32_t *out) {
    if (len - *off < 4 || *off > len) return -1;
    memcpy(out, buf + *off, 4);
    *off += 4;
    return 0;
}

struct ns_join {
    uint32_t nstype;
    int fd;
    char path[SWUNC_BOOT_MAX_PATH + 1];
};

// Order in which namespaces given by path are joined: the user namespace
// first (it grants the capabilities the other setns calls need), the mount
// namespace last (joining it changes how later paths resolve; all paths are
// opened before any setns anyway).
static const uint32_t join_order[] = {
    CLONE_NEWUSER, CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWNET, CLONE_NEWPID,
    CLONE_NEWCGROUP,
#ifdef CLONE_NEWTIME
    CLONE_NEWTIME,
#endif
    CLONE_NEWNS,
};

static void stage1(int fd) {
    uint32_t type = 0, len = 0;
    void *payload = NULL;
    int rc = swunc_sync_recv(fd, &type, &payload, &len);
    if (rc < 0) { errno = -rc; boot_fail(fd, "bootstrap: reading the bootstrap message"); }
    if (type != SWUNC_SYNC_BOOTSTRAP) { errno = 0; boot_fail(fd, "bootstrap: unexpected message type %u", type); }

    const uint8_t *buf = payload;
    uint32_t off = 0, clone_flags = 0, njoins = 0;
    if (take_u32(buf, len, &off, &clone_flags) || take_u32(buf, len, &off, &njoins)) {
        errno = 0; boot_fail(fd, "bootstrap: truncated message");
    }
    if (njoins > SWUNC_BOOT_MAX_JOINS) { errno = 0; boot_fail(fd, "bootstrap: %u namespace paths exceed the limit of %u", njoins, SWUNC_BOOT_MAX_JOINS); }

    static struct ns_join joins[SWUNC_BOOT_MAX_JOINS];
    for (uint32_t i = 0; i < njoins; i++) {
        uint32_t plen = 0;
        if (take_u32(buf, len, &off, &joins[i].nstype) || take_u32(buf, len, &off, &plen)) {
            errno = 0; boot_fail(fd, "bootstrap: truncated namespace entry %u", i);
        }
        if (plen == 0 || plen > SWUNC_BOOT_MAX_PATH || plen > len - off) {
            errno = 0; boot_fail(fd, "bootstrap: namespace path %u has a bad length %u", i, plen);
        }
        memcpy(joins[i].path, buf + off, plen);
        joins[i].path[plen] = '\0';
        off += plen;
        if (strlen(joins[i].path) != plen) { errno = 0; boot_fail(fd, "bootstrap: namespace path %u contains NUL", i); }
    }
    // Optional trailer: time namespace offsets ("monotonic S N\nboottime S N\n").
    char offsets[256] = "";
    uint32_t olen = 0;
    if (len - off >= 4 && take_u32(buf, len, &off, &olen) == 0) {
        if (olen >= sizeof offsets || olen > len - off) { errno = 0; boot_fail(fd, "bootstrap: bad time offsets length %u", olen); }
        memcpy(offsets, buf + off, olen);
        offsets[olen] = '\0';
        off += olen;
    }
    free(payload);

    // Open every path before joining anything.
    for (uint32_t i = 0; i < njoins; i++) {
        joins[i].fd = open(joins[i].path, O_RDONLY | O_CLOEXEC);
        if (joins[i].fd < 0) boot_fail(fd, "linux.namespaces: cannot open %s namespace path %s", ns_name(joins[i].nstype), joins[i].path);
    }
    for (size_t k = 0; k < sizeof join_order / sizeof join_order[0]; k++) {
        for (uint32_t i = 0; i < njoins; i++) {
            if (joins[i].nstype != join_order[k]) continue;
            if (setns(joins[i].fd, (int)joins[i].nstype) < 0)
                boot_fail(fd, "linux.namespaces: joining %s namespace %s", ns_name(joins[i].nstype), joins[i].path);
            close(joins[i].fd);
            joins[i].fd = -1;
        }
    }

    if (clone_flags & CLONE_NEWUSER) {
        if (unshare(CLONE_NEWUSER) < 0) boot_fail(fd, "creating the user namespace");
        // The parent writes /proc/<us>/uid_map and gid_map; we wait for it.
        if (swunc_sync_send(fd, SWUNC_SYNC_USERMAP_REQ, NULL, 0) < 0) boot_fail(fd, "bootstrap: sync");
        rc = swunc_sync_recv(fd, &type, &payload, &len);
        free(payload);
        if (rc < 0 || type != SWUNC_SYNC_USERMAP_ACK) { errno = rc < 0 ? -rc : 0; _exit(1); }
    }
    if (clone_flags & (CLONE_NEWUSER)) {
        // Become root of the new user namespace so the remaining unshares
        // (owned by it) and the Swift init run with its full capabilities.
        if (setresgid(0, 0, 0) < 0) boot_fail(fd, "setresgid(0) in the new user namespace");
        if (setresuid(0, 0, 0) < 0) boot_fail(fd, "setresuid(0) in the new user namespace");
    }

    uint32_t rest = clone_flags & ~(uint32_t)CLONE_NEWUSER;
    if (rest && unshare((int)rest) < 0) boot_fail(fd, "creating namespaces (flags 0x%x)", rest);
#ifdef CLONE_NEWTIME
    // Offsets can only be written before the first process enters the new
    // time namespace, i.e. before the clone below.
    if ((clone_flags & CLONE_NEWTIME) && olen > 0) {
        int t = open("/proc/self/timens_offsets", O_WRONLY | O_CLOEXEC);
        if (t < 0 || write(t, offsets, olen) != (ssize_t)olen) boot_fail(fd, "linux.timeOffsets: writing /proc/self/timens_offsets");
        close(t);
    }
#endif

    // clone(CLONE_PARENT): stage-2 is the parent's child, PID 1 of a new pid
    // namespace when one was requested, and inherits everything else.
    pid_t child = (pid_t)syscall(SYS_clone, (unsigned long)(CLONE_PARENT | SIGCHLD), NULL, NULL, NULL, NULL);
    if (child < 0) boot_fail(fd, "clone of the container init");
    if (child == 0) {
        return; // stage-2
    }
    int32_t pid = child;
    swunc_sync_send(fd, SWUNC_SYNC_CHILD_PID, &pid, sizeof pid);
    _exit(0);
}

__attribute__((constructor))
static void swunc_bootstrap(void) {
    const char *env = getenv(SWUNC_BOOT_ENV);
    if (env == NULL) return;
    char *end = NULL;
    errno = 0;
    long v = strtol(env, &end, 10);
    if (errno || end == env || *end != '\0' || v < 3 || v > 65535) {
        fprintf(stderr, "swunc: bad %s\n", SWUNC_BOOT_ENV);
        _exit(1);
    }
    int fd = (int)v;
    unsetenv(SWUNC_BOOT_ENV);
    // Nothing in the container may open /proc/<us>/exe, /fd or /mem while we
    // still hold host resources (CVE-2016-9962 and friends). execve of the
    // container process resets this.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // Die with the parent during bootstrap so a killed `swunc create` never
    // leaves a half-made container behind; Swift clears this before READY.
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    stage1(fd);
    // stage-2: our parent is now the Swift parent (CLONE_PARENT); re-arm.
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    boot_sync_fd = fd;
}
