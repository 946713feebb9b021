// Plain-function wrappers over _GNU_SOURCE, variadic and macro APIs that
// Swift's Glibc module cannot call. Each returns -errno on failure unless it
// says otherwise, so Swift never reads a stale errno.
#define _GNU_SOURCE
#include "cbootstrap.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/openat2.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#define RET(expr) do { long r_ = (long)(expr); return r_ < 0 ? -errno : (int)r_; } while (0)

// ---------------------------------------------------------------- framing
static int write_all(int fd, const void *buf, size_t len) {
    const uint8_t *p = buf;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) { if (errno == EINTR) continue; return -errno; }
        p += n; len -= (size_t)n;
    }
    return 0;
}

static int read_all(int fd, void *buf, size_t len) {
    uint8_t *p = buf;
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n < 0) { if (errno == EINTR) continue; return -errno; }
        if (n == 0) return -EPIPE;
        p += n; len -= (size_t)n;
    }
    return 0;
}

int swunc_sync_send(int fd, uint32_t type, const void *payload, uint32_t length) {
    if (length > SWUNC_SYNC_MAX_PAYLOAD) return -EMSGSIZE;
    uint32_t hdr[2] = { type, length };
    int rc = write_all(fd, hdr, sizeof hdr);
    if (rc == 0 && length) rc = write_all(fd, payload, length);
    return rc;
}

int swunc_sync_recv(int fd, uint32_t *type, void **payload, uint32_t *length) {
    uint32_t hdr[2];
    *payload = NULL;
    *length = 0;
    int rc = read_all(fd, hdr, sizeof hdr);
    if (rc < 0) return rc;
    if (hdr[1] > SWUNC_SYNC_MAX_PAYLOAD) return -EPROTO;
    void *buf = malloc(hdr[1] + 1);
    if (!buf) return -ENOMEM;
    rc = hdr[1] ? read_all(fd, buf, hdr[1]) : 0;
    if (rc < 0) { free(buf); return rc == -EPIPE ? -EPROTO : rc; }
    ((char *)buf)[hdr[1]] = '\0';
    *type = hdr[0];
    *payload = buf;
    *length = hdr[1];
    return 0;
}

// ---------------------------------------------------------------- self copy
int swunc_self_is_sealed(void) {
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    int seals = fcntl(fd, F_GET_SEALS);
    close(fd);
    const int want = F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE;
    return seals >= 0 && (seals & want) == want;
}

int swunc_sealed_self_copy(void) {
    int src = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (src < 0) return -errno;
    struct stat st;
    if (fstat(src, &st) < 0) { int e = errno; close(src); return -e; }
    int mfd = memfd_create("swunc", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (mfd < 0) { int e = errno; close(src); return -e; }
    off_t left = st.st_size;
    while (left > 0) {
        ssize_t n = sendfile(mfd, src, NULL, (size_t)left);
        if (n < 0) { if (errno == EINTR) continue; int e = errno; close(src); close(mfd); return -e; }
        if (n == 0) break;
        left -= n;
    }
    close(src);
    if (left != 0) { close(mfd); return -EIO; }
    if (fcntl(mfd, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE) < 0) {
        int e = errno; close(mfd); return -e;
    }
    return mfd;
}

// ---------------------------------------------------------------- spawning
struct spawn_fd_args { int exe_fd; char *const *argv; char *const *envp; int err; };

pid_t swunc_spawn_fd(int exe_fd, char *const argv[], char *const envp[]) {
    // vfork: the child borrows our memory until execveat, so this costs no
    // page-table copy; the child only calls async-signal-safe syscalls.
    volatile int child_errno = 0;
    pid_t pid = vfork();
    if (pid < 0) return -errno;
    if (pid == 0) {
        syscall(SYS_execveat, exe_fd, "", argv, envp, AT_EMPTY_PATH);
        child_errno = errno;
        _exit(127);
    }
    if (child_errno) {
        int st;
        waitpid(pid, &st, 0);
        return -child_errno;
    }
    return pid;
}

pid_t swunc_spawn_path(const char *path, char *const argv[], char *const envp[],
                       int stdin_fd, int stdout_fd, int stderr_fd) {
    volatile int child_errno = 0;
    pid_t pid = vfork();
    if (pid < 0) return -errno;
    if (pid == 0) {
        // dup2 onto 0/1/2 (a dup'd fd loses CLOEXEC), then close the rest.
        if ((stdin_fd >= 0 && dup2(stdin_fd, 0) < 0) ||
            (stdout_fd >= 0 && dup2(stdout_fd, 1) < 0) ||
            (stderr_fd >= 0 && dup2(stderr_fd, 2) < 0)) { child_errno = errno; _exit(127); }
        syscall(SYS_close_range, 3U, ~0U, 0U);
        execve(path, argv, envp);
        child_errno = errno;
        _exit(127);
    }
    if (child_errno) {
        int st;
        waitpid(pid, &st, 0);
        return -child_errno;
    }
    return pid;
}

// ---------------------------------------------------------------- namespaces & ids
int swunc_unshare(int flags) { RET(unshare(flags)); }
int swunc_setns(int fd, int nstype) { RET(setns(fd, nstype)); }
int swunc_pidfd_open(pid_t pid) { RET(syscall(SYS_pidfd_open, pid, 0)); }
int swunc_pidfd_send_signal(int pidfd, int sig) { RET(syscall(SYS_pidfd_send_signal, pidfd, sig, NULL, 0)); }
int swunc_close_range_from(unsigned int first) { RET(syscall(SYS_close_range, first, ~0U, 0U)); }
int swunc_close_range_cloexec_from(unsigned int first) {
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif
    RET(syscall(SYS_close_range, first, ~0U, CLOSE_RANGE_CLOEXEC));
}
int swunc_prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5) {
    RET(prctl(option, a2, a3, a4, a5));
}
int swunc_setresuid(uid_t r, uid_t e, uid_t s) { RET(syscall(SYS_setresuid, r, e, s)); }
int swunc_setresgid(gid_t r, gid_t e, gid_t s) { RET(syscall(SYS_setresgid, r, e, s)); }
// Raw syscalls on purpose: glibc's wrappers broadcast id changes to every
// thread (setxid), which is pointless in a single-threaded init.
int swunc_setgroups(size_t n, const gid_t *groups) { RET(syscall(SYS_setgroups, n, groups)); }
int swunc_sethostname(const char *name) { RET(sethostname(name, strlen(name))); }
int swunc_setdomainname(const char *name) { RET(setdomainname(name, strlen(name))); }
int swunc_pivot_root(const char *new_root, const char *put_old) { RET(syscall(SYS_pivot_root, new_root, put_old)); }
int swunc_mount(const char *source, const char *target, const char *fstype,
                unsigned long flags, const char *data) { RET(mount(source, target, fstype, flags, data)); }
int swunc_umount2(const char *target, int flags) { RET(umount2(target, flags)); }
int swunc_mknod(const char *path, unsigned int mode, unsigned int major, unsigned int minor) {
    RET(mknod(path, mode, makedev(major, minor)));
}
int swunc_mknodat(int dirfd, const char *name, unsigned int mode, unsigned int major, unsigned int minor) {
    RET(mknodat(dirfd, name, mode, makedev(major, minor)));
}
int swunc_join_session_keyring(const char *name) {
    // KEYCTL_JOIN_SESSION_KEYRING = 1. ENOSYS/EACCES are tolerated by callers.
    RET(syscall(SYS_keyctl, 1, name, 0, 0, 0));
}

static volatile pid_t forward_pid = 0;
static void forward_signal(int sig) { if (forward_pid > 0) kill(forward_pid, sig); }
static const int forwarded[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH };

static void install_forwarding(pid_t pid) {
    forward_pid = pid;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = forward_signal;
    sa.sa_flags = SA_RESTART;
    for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; i++) sigaction(forwarded[i], &sa, NULL);
}

int swunc_wait_forwarding_signals(pid_t pid) {
    install_forwarding(pid);
    int status;
    for (;;) {
        pid_t r = waitpid(pid, &status, 0);
        if (r == pid) return status;
        if (r < 0 && errno != EINTR) return -errno;
    }
}

#include <poll.h>
int swunc_proxy_pty_and_wait(int master, pid_t pid) {
    install_forwarding(pid);
    struct termios saved;
    int raw = isatty(0) && tcgetattr(0, &saved) == 0;
    if (raw) {
        struct termios t = saved;
        cfmakeraw(&t);
        tcsetattr(0, TCSANOW, &t);
        struct winsize ws;
        if (ioctl(0, TIOCGWINSZ, &ws) == 0) ioctl(master, TIOCSWINSZ, &ws);
    }
    char buf[8192];
    int stdin_open = 1, status = 0, done = 0;
    while (!done) {
        struct pollfd p[2] = { { .fd = master, .events = POLLIN }, { .fd = stdin_open ? 0 : -1, .events = POLLIN } };
        int n = poll(p, 2, 100);
        if (n < 0 && errno != EINTR) break;
        if (n > 0 && (p[0].revents & (POLLIN | POLLHUP | POLLERR))) {
            ssize_t r = read(master, buf, sizeof buf);
            if (r > 0) { ssize_t o = 0; while (o < r) { ssize_t w = write(1, buf + o, (size_t)(r - o)); if (w <= 0) break; o += w; } }
            else if (r <= 0 && errno != EINTR && errno != EAGAIN) done = 1;
        }
        if (n > 0 && stdin_open && (p[1].revents & (POLLIN | POLLHUP))) {
            ssize_t r = read(0, buf, sizeof buf);
            if (r > 0) { ssize_t o = 0; while (o < r) { ssize_t w = write(master, buf + o, (size_t)(r - o)); if (w <= 0) break; o += w; } }
            else stdin_open = 0;
        }
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid) {
            // Drain what the container wrote before it exited.
            for (;;) { ssize_t r = read(master, buf, sizeof buf); if (r <= 0) break; if (write(1, buf, (size_t)r) < 0) break; }
            if (raw) tcsetattr(0, TCSANOW, &saved);
            return status;
        }
    }
    if (raw) tcsetattr(0, TCSANOW, &saved);
    for (;;) {
        pid_t r = waitpid(pid, &status, 0);
        if (r == pid) return status;
        if (r < 0 && errno != EINTR) return -errno;
    }
}

int swunc_dup3(int oldfd, int newfd, int flags) { RET(dup3(oldfd, newfd, flags)); }
int swunc_pipe2(int fds[2], int flags) { RET(pipe2(fds, flags)); }
int swunc_execve(const char *path, char *const argv[], char *const envp[]) { RET(execve(path, argv, envp)); }
int swunc_execvpe_env(const char *file, char *const argv[], char *const envp[]) { RET(execvpe(file, argv, envp)); }
int swunc_prlimit(pid_t pid, int resource, uint64_t soft, uint64_t hard) {
    struct rlimit rl = { .rlim_cur = soft, .rlim_max = hard };
    RET(prlimit(pid, resource, &rl, NULL));
}

int swunc_openat2_in_root(int rootfd, const char *path, int flags, unsigned int mode) {
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (uint64_t)flags;
    how.mode = (flags & (O_CREAT | O_TMPFILE)) ? mode : 0;
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    RET(syscall(SYS_openat2, rootfd, path, &how, sizeof how));
}

// ---------------------------------------------------------------- sockets & fds
int swunc_socketpair_stream(int fds[2]) { RET(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds)); }

int swunc_send_fd(int sock, int fd, const char *name) {
    // The name (e.g. the pty's path) rides along as the payload, like runc.
    return swunc_send_fd_data(sock, fd, name, name ? strlen(name) : 0);
}

int swunc_send_fd_data(int sock, int fd, const void *data, size_t len) {
    char one = 0;
    struct iovec iov = { .iov_base = len ? (void *)data : &one, .iov_len = len ? len : 1 };
    union { char buf[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } u;
    memset(&u, 0, sizeof u);
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf };
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &fd, sizeof fd);
    ssize_t r;
    do { r = sendmsg(sock, &msg, MSG_NOSIGNAL); } while (r < 0 && errno == EINTR);
    if (r < 0) return -errno;
    // The fd travelled with the first bytes; send whatever did not fit.
    const char *p = (const char *)data + r;
    size_t left = len > (size_t)r ? len - (size_t)r : 0;
    while (left > 0) {
        ssize_t w = send(sock, p, left, MSG_NOSIGNAL);
        if (w < 0) { if (errno == EINTR) continue; return -errno; }
        p += w; left -= (size_t)w;
    }
    return 0;
}

int swunc_recv_fd(int sock) {
    char data[256];
    struct iovec iov = { .iov_base = data, .iov_len = sizeof data };
    union { char buf[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } u;
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf };
    ssize_t r;
    do { r = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC); } while (r < 0 && errno == EINTR);
    if (r < 0) return -errno;
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    if (!c || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) return -EBADMSG;
    int fd;
    memcpy(&fd, CMSG_DATA(c), sizeof fd);
    return fd;
}

int swunc_unix_connect(const char *path) {
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof sa.sun_path) return -ENAMETOOLONG;
    strcpy(sa.sun_path, path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -errno;
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) { int e = errno; close(fd); return -e; }
    return fd;
}

int swunc_open_pty(char *slave_name, size_t len) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -errno;
    if (unlockpt(fd) < 0 || ptsname_r(fd, slave_name, len) != 0) { int e = errno; close(fd); return -e; }
    return fd;
}

int swunc_set_winsize(int fd, unsigned short rows, unsigned short cols) {
    struct winsize ws = { .ws_row = rows, .ws_col = cols };
    RET(ioctl(fd, TIOCSWINSZ, &ws));
}

int swunc_set_ctty(int fd) { RET(ioctl(fd, TIOCSCTTY, 0)); }
int swunc_ioctl_ptr(int fd, unsigned long request, void *arg) { RET(ioctl(fd, request, arg)); }

#include <sys/vfs.h>
long swunc_fstatfs_type(int fd) {
    struct statfs sf;
    if (fstatfs(fd, &sf) < 0) return -errno;
    return (long)sf.f_type;
}

// ---------------------------------------------------------------- macros
int swunc_wifexited(int status) { return WIFEXITED(status); }
int swunc_wexitstatus(int status) { return WEXITSTATUS(status); }
int swunc_wifsignaled(int status) { return WIFSIGNALED(status); }
int swunc_wtermsig(int status) { return WTERMSIG(status); }
unsigned int swunc_major(uint64_t dev) { return major(dev); }
unsigned int swunc_minor(uint64_t dev) { return minor(dev); }

const char *swunc_strerror(int err, char *buf, size_t len) {
    // GNU strerror_r may return a static string instead of filling buf.
    return strerror_r(err, buf, len);
}
