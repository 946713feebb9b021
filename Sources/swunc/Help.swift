/// `swunc help`.
enum Help {
    static let text = """
    swunc: an OCI runtime (runtime-spec \(CLI.specVersion))

    usage: swunc [global flags] <command> [flags] <container-id> [args]

    commands:
      create   create a container from a bundle (waits for start)
      start    start the process of a created container
      run      create and start; in the foreground, wait and exit with its status
      state    print a container's state as JSON
      kill     send a signal to a container's init (or --all its processes)
      delete   delete a stopped container (--force: also a running one)
      list     list containers (--format table|json, -q)
      exec     run a new process in a running container
      ps       list a container's processes (--format table|json; ps options after the id)
      pause    freeze all processes of a container
      resume   thaw a paused container
      update   change a live container's limits (--resources FILE|-, --memory 1g, --cpu-quota N, --pids-limit N, ...)
      events   stream stats and OOM events as JSON until the container stops (--stats: once; --interval 5s)
      spec     write a default config.json
      features print what this runtime supports as JSON

    global flags:
      --root DIR          state directory (default /run/swunc)
      --log FILE          log file (containerd's shim reads it)
      --log-format FMT    text or json
      --debug             log debug messages
      --systemd-cgroup    accepted for compatibility; the cgroupfs driver is used
      --version           print the version
    """
}
