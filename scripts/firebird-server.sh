#!/usr/bin/env bash
# Local Firebird 3 server for the networked edition's tests and for developers (see docs/firebird.md).
#   scripts/firebird-server.sh start   install if missing, configure, set SYSDBA password, (re)start, fresh test DB
#   scripts/firebird-server.sh stop    stop the server started by this script (or by the distro's init/systemd)
#   scripts/firebird-server.sh restart-keep  stop if running, start again; databases and config untouched (fault tests)
#   scripts/firebird-server.sh kill    SIGKILL the guardian and the server, as a crash would (fault tests)
#   scripts/firebird-server.sh env     print `export SUPASOFT_FB_URL=...` / `SUPASOFT_FB_FDB_URL=...` for the test DB
#   scripts/firebird-server.sh status  exit 0 when port answers
# Runs as root, non-interactively (CI=true, no stdin); every step is idempotent.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

FB_PASSWORD="${FB_PASSWORD:-masterkey}"
FB_HOST="${FB_HOST:-127.0.0.1}"
FB_PORT="${FB_PORT:-3050}"
FB_VER=3.0
FB_CONF="/etc/firebird/$FB_VER/firebird.conf"
FB_PWFILE="/etc/firebird/$FB_VER/SYSDBA.password"
FB_SECDB="/var/lib/firebird/$FB_VER/system/security3.fdb"
FB_VAR="/var/lib/firebird/$FB_VER"
FB_LOG="/var/log/firebird/firebird$FB_VER.log"
FB_RUN="/run/firebird$FB_VER"
GUARD_PIDFILE="$FB_RUN/fbguard.pid"      # written by start-stop-daemon: the guardian we started
SERVER_PIDFILE="$FB_RUN/firebird.pid"    # written by fbguard: the server process
TEST_DIR="${SUPASOFT_FB_TEST_DIR:-$FB_VAR/data/supasoft-test}"
TEST_DB="$TEST_DIR/supasoft_test.fdb"

log() { echo "firebird-server: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

sql_quote() { printf '%s' "$1" | sed "s/'/''/g"; }

urlencode() {  # percent-encode for the userinfo part of a URL
  local s="$1" out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [a-zA-Z0-9._~-]) out+="$c" ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

port_open() { (exec 3<>"/dev/tcp/$FB_HOST/$FB_PORT") 2>/dev/null; }

need_root() { [ "$(id -u)" = 0 ] || die "run as root (installs packages and manages the server)"; }

install_server() {
  if [ -x /usr/sbin/fbguard ] && [ -x /usr/sbin/firebird ] && command -v isql-fb >/dev/null; then
    return 0
  fi
  log "installing firebird$FB_VER-server"
  echo "firebird$FB_VER-server shared/firebird/sysdba_password/first_install password $FB_PASSWORD" \
    | debconf-set-selections
  apt-get update -q </dev/null
  apt-get install -y -q --no-install-recommends "firebird$FB_VER-server" </dev/null
}

fbconf() {  # the FIRST occurrence of a key wins in firebird.conf: delete old lines, then append
  sed -i -E "/^[[:space:]]*$1[[:space:]]*=/d" "$FB_CONF"
  echo "$1 = $2" >> "$FB_CONF"
}

configure() {
  fbconf RemoteBindAddress "$FB_HOST"
  fbconf RemoteServicePort "$FB_PORT"
}

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

wait_gone() {  # wait_gone PID SECONDS
  local i
  for ((i = 0; i < $2 * 10; i++)); do pid_alive "$1" || return 0; sleep 0.1; done
  return 1
}

server_pids() {  # prints "GUARDIAN SERVER" ("-" for none)
  local guard="" server=""
  [ -f "$GUARD_PIDFILE" ] && guard="$(cat "$GUARD_PIDFILE" 2>/dev/null || true)"
  [ -f "$SERVER_PIDFILE" ] && server="$(cat "$SERVER_PIDFILE" 2>/dev/null || true)"
  if ! pid_alive "$guard" && pid_alive "$server"; then   # started by the init script: guardian = parent of server
    guard="$(ps -o ppid= -p "$server" | tr -d ' ')"
    [ "$guard" = 1 ] && guard=""
  fi
  echo "${guard:--} ${server:--}"
}

kill_server() {
  # A crash for fault tests: SIGKILL, no shutdown. The guardian goes first, or it would restart the server at once.
  local guard server
  read -r guard server < <(server_pids)
  pid_alive "$guard" && kill -KILL "$guard" 2>/dev/null || true
  wait_gone "$guard" 5 || true
  pid_alive "$server" && kill -KILL "$server" 2>/dev/null || true
  wait_gone "$server" 5 || die "server $server survived SIGKILL"
  rm -f "$GUARD_PIDFILE" "$SERVER_PIDFILE"
}

stop_server() {
  # A distro-managed instance (systemd on CI runners, postinst there starts it) is stopped through systemd first.
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
    systemctl stop "firebird$FB_VER" >/dev/null 2>&1 || true
  fi
  local guard server
  read -r guard server < <(server_pids)
  if pid_alive "$guard"; then
    kill -TERM "$guard" 2>/dev/null || true
    wait_gone "$guard" 15 || { log "guardian $guard ignored TERM, killing"; kill -KILL "$guard" 2>/dev/null || true; }
  fi
  if pid_alive "$server"; then
    kill -TERM "$server" 2>/dev/null || true
    wait_gone "$server" 15 || { log "server $server ignored TERM, killing"; kill -KILL "$server" 2>/dev/null || true; }
  fi
  rm -f "$GUARD_PIDFILE" "$SERVER_PIDFILE"
  local i
  for ((i = 0; i < 50; i++)); do port_open || return 0; sleep 0.1; done
  die "port $FB_PORT still answers after stop (a server not started by this script?)"
}

as_firebird() { setpriv --reuid=firebird --regid=firebird --init-groups "$@"; }

set_password_offline() {
  # embedded access to security3.fdb as user firebird, so no root-owned lock files are left behind
  echo "create or alter user SYSDBA password '$(sql_quote "$FB_PASSWORD")';" \
    | as_firebird isql-fb -q -user SYSDBA "$FB_SECDB" >/dev/null
  if [ -f "$FB_PWFILE" ]; then
    local esc
    esc="$(printf '%s' "$FB_PASSWORD" | sed -e 's/[\/&|]/\\&/g')"
    sed -i -E "s|^ISC_PASSWORD=.*|ISC_PASSWORD=\"$esc\"|" "$FB_PWFILE"
  fi
}

fix_perms() {
  chown -R firebird:firebird "$FB_VAR"
  install -d -o firebird -g firebird -m 0770 "$FB_RUN"
  [ -d /tmp/firebird ] && chown -R firebird:firebird /tmp/firebird
  install -d -o firebird -g firebird -m 0770 /var/log/firebird
  return 0
}

start_server() {
  fix_perms
  rm -f "$GUARD_PIDFILE" "$SERVER_PIDFILE"
  # fbguard in the foreground (no -daemon) under start-stop-daemon, so we own the guardian's pid; no systemd needed
  start-stop-daemon --start --quiet --background --make-pidfile --pidfile "$GUARD_PIDFILE" \
    --chuid firebird:firebird --exec /usr/sbin/fbguard -- -forever -pidfile "$SERVER_PIDFILE"
  local i
  for ((i = 0; i < 100; i++)); do port_open && return 0; sleep 0.1; done
  log "server did not open $FB_HOST:$FB_PORT within 10 s; log tail:"
  tail -n 30 "$FB_LOG" >&2 2>/dev/null || true
  exit 1
}

create_test_db() {
  install -d -o firebird -g firebird -m 0770 "$TEST_DIR"
  rm -f "$TEST_DB"
  # over TCP, so the server (user firebird) creates and owns the file
  echo "create database '$FB_HOST/$FB_PORT:$(sql_quote "$TEST_DB")' user 'SYSDBA' password '$(sql_quote "$FB_PASSWORD")'
        page_size 16384 default character set UTF8;" | isql-fb -q
  [ -f "$TEST_DB" ] || die "test database $TEST_DB was not created"
}

print_env() {
  local pw
  pw="$(urlencode "$FB_PASSWORD")"
  [ -f "$TEST_DB" ] || log "warning: $TEST_DB does not exist yet; run '$0 start'"
  echo "export SUPASOFT_FB_URL='firebird+firebird://SYSDBA:$pw@$FB_HOST:$FB_PORT/$TEST_DB?charset=UTF8'"
  echo "export SUPASOFT_FB_FDB_URL='firebird+fdb://SYSDBA:$pw@$FB_HOST:$FB_PORT/$TEST_DB?charset=UTF8'"
}

case "${1:-}" in
  start)
    need_root
    t0=$SECONDS
    install_server
    configure
    stop_server
    set_password_offline
    start_server
    create_test_db
    log "running on $FB_HOST:$FB_PORT, test database $TEST_DB ($((SECONDS - t0)) s)"
    ;;
  stop)
    need_root
    stop_server
    log "stopped"
    ;;
  kill)
    need_root
    kill_server
    log "killed (SIGKILL); start it again with restart-keep"
    ;;
  restart-keep)
    need_root
    t0=$SECONDS
    stop_server
    start_server
    log "restarted on $FB_HOST:$FB_PORT, databases kept ($((SECONDS - t0)) s)"
    ;;
  env)
    print_env
    ;;
  status)
    port_open && { log "listening on $FB_HOST:$FB_PORT"; exit 0; }
    log "not running"; exit 1
    ;;
  *)
    echo "usage: $0 start|stop|kill|restart-keep|env|status" >&2
    exit 2
    ;;
esac
