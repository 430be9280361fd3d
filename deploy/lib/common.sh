# shellcheck shell=bash
# shellcheck disable=SC2034  # variables used by the scripts that source this file
# Shared helpers for the deploy/*.sh scripts. Sourced, never executed.
# The caller must have set: DEPLOY_DIR (absolute path of deploy/).

REPO_ROOT="$(cd "$DEPLOY_DIR/.." && pwd)"
# SME_RUN_DIR lets a second checkout (e.g. a git worktree) share the runtime state of the first: one broker, one
# Keycloak, one stack.
RUN_DIR="${SME_RUN_DIR:-$REPO_ROOT/.run}"
LOG_DIR="$RUN_DIR/logs"
mkdir -p "$RUN_DIR" "$LOG_DIR"

# ---------- output ----------
_tag="${_tag:-$(basename "${BASH_SOURCE[1]:-$0}" .sh)}"
log()  { printf '[%s] %s\n' "$_tag" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$_tag" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$_tag" "$1" >&2; exit "${2:-1}"; }   # die MESSAGE [EXIT_CODE]

# ---------- time ----------
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# fmt_ms 12345 -> 12.3s
fmt_ms() { local ms=$1; printf '%d.%ds' $((ms / 1000)) $(((ms % 1000) / 100)); }

# ---------- processes ----------
# pid_cmdline PID -> the command line with spaces (empty if gone)
pid_cmdline() {
  local -a parts=()
  { mapfile -d '' parts <"/proc/$1/cmdline"; } 2>/dev/null || true
  echo "${parts[*]}"
}

# pid_matches PID PATTERN: process alive and its command line contains PATTERN (guards against PID reuse)
pid_matches() {
  local pid=$1 pattern=$2
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  [[ "$(pid_cmdline "$pid")" == *"$pattern"* ]]
}

# read_pid FILE -> the pid in FILE, or nothing
read_pid() { [[ -f "$1" ]] && tr -dc '0-9' <"$1" || true; }

# find_pids PATTERN -> PIDs of processes (not this shell) whose command line contains PATTERN
find_pids() {
  local pattern=$1 d pid
  for d in /proc/[0-9]*; do
    pid=${d#/proc/}
    [[ "$pid" == "$$" || "$pid" == "$BASHPID" ]] && continue
    [[ "$(pid_cmdline "$pid")" == *"$pattern"* ]] && echo "$pid"
  done
  return 0
}

# pids_using DIR -> PIDs of processes holding an open file (or cwd) under DIR
pids_using() {
  local dir=$1
  find /proc/[0-9]*/fd /proc/[0-9]*/cwd -maxdepth 1 \( -lname "$dir" -o -lname "$dir/*" \) 2>/dev/null \
    | cut -d/ -f3 | sort -un
  return 0
}

# proc_start_epoch PID -> the process start time in epoch seconds (from /proc/PID/stat field 22)
proc_start_epoch() {
  local stat rest btime hz f=()
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  rest=${stat##*) }
  read -r -a f <<<"$rest"
  btime=$(awk '/^btime/ {print $2}' /proc/stat)
  hz=$(getconf CLK_TCK)
  echo $((btime + f[19] / hz))
}

# rss_mb PID -> resident set size in MB (VmRSS), or "-"
rss_mb() {
  local kb
  kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || true)
  if [[ -n "$kb" ]]; then echo $((kb / 1024)); else echo "-"; fi
}

# stop_pids TIMEOUT_S PATTERN PID...: SIGTERM all, wait up to TIMEOUT_S, then SIGKILL the survivors.
stop_pids() {
  local timeout=$1 pattern=$2; shift 2
  local pids=() p
  for p in "$@"; do pid_matches "$p" "$pattern" && pids+=("$p"); done
  ((${#pids[@]})) || return 0
  kill -TERM "${pids[@]}" 2>/dev/null || true
  local deadline=$(( $(now_ms) + timeout * 1000 )) alive
  while :; do
    alive=()
    for p in "${pids[@]}"; do pid_matches "$p" "$pattern" && alive+=("$p"); done
    ((${#alive[@]})) || return 0
    (( $(now_ms) < deadline )) || break
    sleep 0.3
  done
  warn "still running after ${timeout}s, sending SIGKILL to: ${alive[*]}"
  kill -KILL "${alive[@]}" 2>/dev/null || true
  # wait for the kernel to reap them (they are not our children when started by another invocation)
  for _ in $(seq 1 50); do
    local any=0
    for p in "${alive[@]}"; do kill -0 "$p" 2>/dev/null && any=1; done
    ((any)) || return 0
    sleep 0.1
  done
}

# launch_bg PIDFILE LOGFILE CMD...: start CMD detached (nohup + own session), stdin from /dev/null,
# stdout+stderr appended to LOGFILE, inherited fds above 2 closed (so no lock file stays held).
# The PID written is the PID of CMD itself (bash execs into it).
launch_bg() {
  local pidfile=$1 logfile=$2; shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016
  nohup setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" </dev/null >>"$logfile" 2>&1 9>&- 8>&- &

  for _ in $(seq 1 50); do [[ -s "$pidfile" ]] && return 0; sleep 0.1; done
  die "process did not write its pid file $pidfile"
}

# ---------- network ----------
# port_open HOST PORT: something accepts TCP connections
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

# http_code URL -> the HTTP status, or 000
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true; }

# port_owner PORT -> "pid=NNN (cmd)" of the listener, best effort
port_owner() {
  local line
  line=$(ss -ltnpH "sport = :$1" 2>/dev/null | head -1 || true)
  [[ -n "$line" ]] && echo "$line" | grep -o 'users:(.*)' || echo "unknown process"
}

# ---------- files ----------
# stale REF PATH...: true if REF is missing or any regular file under PATH... is newer than REF
stale() {
  local ref=$1; shift
  [[ -e "$ref" ]] || return 0
  local existing=() p
  for p in "$@"; do [[ -e "$p" ]] && existing+=("$p"); done
  ((${#existing[@]})) || return 1
  [[ -n "$(find "${existing[@]}" -type f -newer "$ref" -print -quit 2>/dev/null)" ]]
}

# newest FILE... -> the most recently modified existing file among the arguments (empty if none)
newest() {
  local best="" f
  for f in "$@"; do
    [[ -e "$f" ]] || continue
    if [[ -z "$best" || "$f" -nt "$best" ]]; then best=$f; fi
  done
  echo "$best"
}

# ---------- phases ----------
# run_phase NAME CMD...: run CMD (plainly, so `set -e` stays in force inside functions), print and record
# its wall time. If CMD fails, the script exits through set -e; a trap can report $CURRENT_PHASE.
PHASE_LINES=()
CURRENT_PHASE=""
CURRENT_PHASE_T0=0
run_phase() {
  local name=$1; shift
  CURRENT_PHASE=$name
  CURRENT_PHASE_T0=$(now_ms)
  "$@"
  local ms=$(($(now_ms) - CURRENT_PHASE_T0))
  PHASE_LINES+=("$(printf '%-22s %8s  ok' "$name" "$(fmt_ms "$ms")")")
  log "phase '$name' done in $(fmt_ms "$ms")"
  CURRENT_PHASE=""
}
# record_failed_phase: call from an EXIT trap when the exit status is non-zero
record_failed_phase() {
  [[ -n "$CURRENT_PHASE" ]] || return 0
  PHASE_LINES+=("$(printf '%-22s %8s  FAILED' "$CURRENT_PHASE" "$(fmt_ms $(($(now_ms) - CURRENT_PHASE_T0)))")")
  CURRENT_PHASE=""
}
print_phases() {
  ((${#PHASE_LINES[@]})) || return 0
  printf '%-22s %8s  %s\n' "phase" "wall" "result"
  printf '%s\n' "${PHASE_LINES[@]}"
}

# tail_log FILE [N]
tail_log() {
  local f=$1 n=${2:-40}
  if [[ -f "$f" ]]; then
    echo "----- last $n lines of $f -----" >&2
    tail -n "$n" "$f" >&2
    echo "----- end of $f -----" >&2
  else
    echo "(no log file $f)" >&2
  fi
}
