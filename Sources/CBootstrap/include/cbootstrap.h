// Public C surface of swunc's bootstrap and syscall wrappers.
//
// Swift's Glibc module does not see _GNU_SOURCE APIs (unshare, setns, clone,
// memfd_create, pidfd_*, close_range, ...), variadic functions (syscall,
// prctl) or function-like macros (WIFEXITED, makedev). This header exports
// plain functions for them. _GNU_SOURCE is defined only in the .c files so the
// header never conflicts with Glibc's module (fd_set and friends).
#ifndef SWUNC_CBOOTSTRAP_H
#define SWUNC_CBOOTSTRAP_H

#include <stdint.h>
#include <sys/types.h>

// ---------------------------------------------------------------- bootstrap
// Wire format shared by the Swift parent and the C constructor. Every message
// on the sync socket is a frame: { uint32 type; uint32 length; payload }.
enum swunc_sync_type {
    SWUNC_SYNC_BOOTSTRAP = 1,   // parent -> stage-1: namespaces to create/join
    SWUNC_SYNC_USERMAP_REQ = 2, // stage-1 -> parent: write my uid/gid maps
    SWUNC_SYNC_USERMAP_ACK = 3, // parent -> stage-1: maps written
    SWUNC_SYNC_CHILD_PID = 4,   // stage-1 -> parent: pid of stage-2 (int32)
    SWUNC_SYNC_ERROR = 5,       // any -> parent: UTF-8 error text
    SWUNC_SYNC_INIT_CONFIG = 6, // parent -> init: InitRequest (JSON)
    SWUNC_SYNC_RUN_HOOKS = 7,   // init -> parent: run createRuntime hooks now
    SWUNC_SYNC_HOOKS_DONE = 8,  // parent -> init: hooks finished
    SWUNC_SYNC_READY = 9,       // init -> parent: created, waiting on exec fifo
    SWUNC_SYNC_SECCOMP_FD = 10, // init -> parent: seccomp notify fd follows (SCM_RIGHTS)
};

// Upper bounds checked before anything is allocated or copied. The bootstrap
// message of runc overflowed in CVE-2021-43784 because a length was trusted.
#define SWUNC_SYNC_MAX_PAYLOAD (4u * 1024u * 1024u)
#define SWUNC_BOOT_MAX_JOINS 16u
#define SWUNC_BOOT_MAX_PATH 4096u

// Bootstrap payload: { uint32 clone_flags; uint32 njoins;
//   njoins x { uint32 nstype (CLONE_NEW*); uint32 pathlen; char path[pathlen] } }
// clone_flags are the namespaces to create. CLONE_NEWUSER makes stage-1 ask
// the parent for id maps. CLONE_NEWCGROUP is created after the parent has
// placed stage-1 in its cgroup (the parent does that before sending this).

/// File descriptor of the sync socket when this process is a container init
/// or exec process that came out of the bootstrap; -1 in an ordinary run.
int swunc_bootstrap_sync_fd(void);

/// The environment variable that tells the constructor to bootstrap.
#define SWUNC_BOOT_ENV "_SWUNC_BOOT_FD"

// ---------------------------------------------------------------- framing
/// Writes one frame; returns 0 or -errno.
int swunc_sync_send(int fd, uint32_t type, const void *payload, uint32_t length);
/// Reads one frame header and payload into a malloc'd buffer (*payload, caller frees).
/// Returns 0 or -errno (-EPROTO on an oversized or truncated frame, -EPIPE on EOF).
int swunc_sync_recv(int fd, uint32_t *type, void **payload, uint32_t *length);

// ---------------------------------------------------------------- process
/// Copies /proc/self/exe into a sealed memfd (CVE-2019-5736): the container can
/// never reach a writable host binary through /proc/<pid>/exe. Returns fd or -errno.
int swunc_sealed_self_copy(void);
/// Returns 1 if /proc/self/exe is already a sealed memfd copy.
int swunc_self_is_sealed(void);
/// vfork + execveat(exe_fd, "", argv, envp, AT_EMPTY_PATH). Returns child pid or -errno.
pid_t swunc_spawn_fd(int exe_fd, char *const argv[], char *const envp[]);
/// vfork + execve with stdio redirected; fds >= 3 are closed in the child
/// except those in keep. Used for hooks. Returns pid or -errno.
pid_t swunc_spawn_path(const char *path, char *const argv[], char *const envp[],
                       int stdin_fd, int stdout_fd, int stderr_fd);

int swunc_unshare(int flags);
int swunc_setns(int fd, int nstype);
int swunc_pidfd_open(pid_t pid);
int swunc_pidfd_send_signal(int pidfd, int sig);
int swunc_close_range_from(unsigned int first);
int swunc_close_range_cloexec_from(unsigned int first);
int swunc_prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5);
int swunc_setresuid(uid_t r, uid_t e, uid_t s);
int swunc_setresgid(gid_t r, gid_t e, gid_t s);
int swunc_setgroups(size_t n, const gid_t *groups);
int swunc_sethostname(const char *name);
int swunc_setdomainname(const char *name);
int swunc_pivot_root(const char *new_root, const char *put_old);
int swunc_mount(const char *source, const char *target, const char *fstype,
                unsigned long flags, const char *data);
int swunc_umount2(const char *target, int flags);
int swunc_mknod(const char *path, unsigned int mode, unsigned int major, unsigned int minor);
int swunc_mknodat(int dirfd, const char *name, unsigned int mode, unsigned int major, unsigned int minor);
/// Joins a new anonymous session keyring (runc does this unless --no-new-keyring).
int swunc_join_session_keyring(const char *name);
/// Forwards SIGINT/TERM/HUP/QUIT/USR1/USR2/WINCH to pid while waiting for it;
/// returns its wait status or -errno.
int swunc_wait_forwarding_signals(pid_t pid);
/// Copies stdin->master and master->stdout until the child exits (pty proxy for
/// `run` with terminal and no console socket). Returns the wait status or -errno.
int swunc_proxy_pty_and_wait(int master, pid_t pid);
int swunc_dup3(int oldfd, int newfd, int flags);
int swunc_pipe2(int fds[2], int flags);
int swunc_execvpe_env(const char *file, char *const argv[], char *const envp[]);
int swunc_execve(const char *path, char *const argv[], char *const envp[]);
int swunc_prlimit(pid_t pid, int resource, uint64_t soft, uint64_t hard);
/// openat2 with RESOLVE_IN_ROOT|RESOLVE_NO_MAGICLINKS; -ENOSYS when the kernel lacks it.
int swunc_openat2_in_root(int rootfd, const char *path, int flags, unsigned int mode);
int swunc_socketpair_stream(int fds[2]);
/// Sends one fd over a unix socket with SCM_RIGHTS. 0 or -errno.
int swunc_send_fd(int sock, int fd, const char *name);
/// Sends one fd with an arbitrary payload (e.g. the seccomp listener state JSON).
int swunc_send_fd_data(int sock, int fd, const void *data, size_t len);
/// Receives one fd over a unix socket. fd or -errno.
int swunc_recv_fd(int sock);
/// Connects a SOCK_STREAM unix socket to path. fd or -errno.
int swunc_unix_connect(const char *path);
/// Opens a new pty master (O_NOCTTY|O_CLOEXEC) and unlocks it; slave name into buf.
int swunc_open_pty(char *slave_name, size_t len);
int swunc_set_winsize(int fd, unsigned short rows, unsigned short cols);
int swunc_set_ctty(int fd);
/// ioctl with a pointer argument (ioctl is variadic, so Swift cannot call it).
int swunc_ioctl_ptr(int fd, unsigned long request, void *arg);

/// O_PATH (a _GNU_SOURCE flag Swift's Glibc module does not export).
#define SWUNC_O_PATH 010000000
/// f_type of the filesystem an fd is on, or -errno.
long swunc_fstatfs_type(int fd);

/// Decoded wait status helpers (macros in C).
int swunc_wifexited(int status);
int swunc_wexitstatus(int status);
int swunc_wifsignaled(int status);
int swunc_wtermsig(int status);
unsigned int swunc_major(uint64_t dev);
unsigned int swunc_minor(uint64_t dev);
/// errno-preserving strerror into a static-free buffer.
const char *swunc_strerror(int err, char *buf, size_t len);

#endif
