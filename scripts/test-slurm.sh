#!/usr/bin/env bash
# A real single-node Slurm cluster from Debian's packages, a small study run
# through the scripts 'exactnn slurm' writes (a job array of shards, then a
# merge job with --dependency=afterok), and the merged result compared byte
# for byte with the unsharded run. Needs root (apt-get, munged, slurmd).
#   scripts/test-slurm.sh [path/to/exactnn]     (default: the debug build)
# Everything it starts is stopped by process id at exit; state lives in a
# fresh temporary folder. Works in a container without systemd or cgroups:
# proctrack/linuxproc, task/none, jobacct_gather/none, no cgroup.conf.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(realpath "${1:-.build/debug/exactnn}")"
[ -x "$bin" ] || { echo "test-slurm: no exactnn binary at $bin (swift build first)" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "test-slurm: needs root (packages, munged, slurmd)" >&2; exit 1; }
start=$SECONDS

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    echo "== installing slurm-wlm and munge"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi

state="$(mktemp -d /tmp/exactnn-slurm.XXXXXX)"
chmod 755 "$state"
host="$(hostname -s)"
cleanup() {
    local status=$?
    local pids=()
    for pidfile in "$state/slurmd.pid" "$state/slurmctld.pid" "$state/munge/munged.pid"; do
        [ -s "$pidfile" ] && pids+=("$(cat "$pidfile")")
    done
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    # Wait for them to exit (they write state on the way out).
    for _ in $(seq 50); do
        local alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ "$alive" -eq 0 ] && break
        sleep 0.1
    done
    if [ "$status" -ne 0 ]; then
        echo "test-slurm: FAILED; logs:" >&2
        tail -n 20 "$state"/*.log "$state"/run/logs/* 2>/dev/null >&2 || true
    fi
    rm -rf "$state" || true
    exit "$status"
}
trap cleanup EXIT

echo "== munge (key and socket under $state/munge)"
mkdir -p "$state/munge"
dd if=/dev/urandom of="$state/munge/munge.key" bs=1024 count=1 status=none
chown -R munge:munge "$state/munge"
chmod 755 "$state/munge"
chmod 400 "$state/munge/munge.key"
socket="$state/munge/munge.socket"
runuser -u munge -- munged --key-file="$state/munge/munge.key" --socket="$socket" \
    --pid-file="$state/munge/munged.pid" --log-file="$state/munge/munged.log" --seed-file="$state/munge/munged.seed"
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
munge --socket="$socket" -n | unmunge --socket="$socket" >/dev/null

echo "== slurm.conf for node $host"
mkdir -p "$state/ctld" "$state/spool" "$state/run"
cat >"$state/slurm.conf" <<EOF
ClusterName=exactnn
SlurmctldHost=$host
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
SlurmctldPort=16817
SlurmdPort=16818
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/spool
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
MinJobAge=600
NodeName=$host CPUs=2 RealMemory=1000 State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$state/slurm.conf"

echo "== slurmctld and slurmd"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 100); do
    sinfo -h -N -o '%T' 2>/dev/null | grep -qx idle && break
    sleep 0.3
done
sinfo -N -o '%N %T %c %m'
sinfo -h -N -o '%T' | grep -qx idle || { echo "test-slurm: the node never became idle" >&2; exit 1; }

echo "== a study through the generated job array"
study=(table boolean --vars 4 --digits 20)
"$bin" slurm --shards 3 --format csv --cpus 1 --out "$state/run" -- "${study[@]}"
out="$(sh "$state/run/submit.sh")"
echo "$out"
merge="$(echo "$out" | sed -n 's/.*merge: job \([0-9]*\).*/\1/p')"
for _ in $(seq 300); do
    squeue -h -j "$merge" 2>/dev/null | grep -q . || break
    sleep 0.5
done
squeue -h | grep . && { echo "test-slurm: jobs still queued" >&2; exit 1; }
state_of() { scontrol -o show job "$1" | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p'; }
[ "$(state_of "$merge")" = COMPLETED ] || { echo "test-slurm: merge job $merge ended $(state_of "$merge")" >&2; exit 1; }

"$bin" "${study[@]}" --format csv --out "$state/whole.csv"
cmp "$state/run/result.csv" "$state/whole.csv"
echo "merged result of 3 Slurm array tasks == unsharded run ($(wc -l <"$state/whole.csv") lines); $((SECONDS - start)) s"
