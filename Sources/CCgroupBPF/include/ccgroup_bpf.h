#ifndef CCGROUP_BPF_H
#define CCGROUP_BPF_H

#include <stdint.h>

/// Thin wrappers around bpf(2): Swift cannot call the variadic syscall().
/// All return -1 and set errno on failure.

/// BPF_PROG_LOAD of a BPF_PROG_TYPE_CGROUP_DEVICE program.
/// `insns` is an array of `insn_cnt` 8-byte struct bpf_insn; the verifier log
/// (if log_size > 0) goes to `log`. Returns the program fd.
int ccgroup_bpf_load_device_prog(const void *insns, uint32_t insn_cnt,
                                 char *log, uint32_t log_size);

/// BPF_PROG_ATTACH with attach type BPF_CGROUP_DEVICE and BPF_F_ALLOW_MULTI.
int ccgroup_bpf_attach_device(int prog_fd, int cgroup_fd);

/// BPF_PROG_DETACH of one BPF_CGROUP_DEVICE program from the cgroup.
int ccgroup_bpf_detach_device(int prog_fd, int cgroup_fd);

/// BPF_PROG_QUERY for BPF_CGROUP_DEVICE: fills up to *count ids, sets *count.
int ccgroup_bpf_query_device(int cgroup_fd, uint32_t *ids, uint32_t *count);

/// BPF_PROG_GET_FD_BY_ID.
int ccgroup_bpf_prog_fd_by_id(uint32_t id);

#endif
