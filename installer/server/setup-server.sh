#!/usr/bin/env bash
# Office server setup for the networked edition (Debian/Ubuntu): Firebird 3, the CRM database, the first
# administrator, the port for the LAN only, and the client.ini lines to give to staff. See docs/deployment.md.
#
#   sudo installer/server/setup-server.sh --admin boss --lan 192.168.1.0/24 [options]
#
#   --admin NAME          the first administrator (server account with RDB$ADMIN and the first Supasoft user);
#                         password from SUPASOFT_NEW_PASSWORD, else asked
#   --database PATH       the database file on this server   (default /var/lib/firebird/3.0/data/supasoft.fdb)
#   --from-sqlite FILE    start from a free/portable edition's file (copied with `supasoft-admin server migrate`)
#   --template lite|empty without --from-sqlite: the ready CRM (lite, default) or an empty database
#   --alias NAME          add NAME = PATH to Firebird's databases.conf; staff then use Path=NAME
#   --lan CIDR            the office network allowed to reach the port, e.g. 192.168.1.0/24
#   --apply-firewall      apply the ufw rules for --lan (without it they are only printed)
#   --listen ADDRESS      set RemoteBindAddress in firebird.conf (e.g. 0.0.0.0 or the LAN address) and restart
#                         Firebird; without it the server's binding is left as it is
#   --host NAME           the name or address staff use for Server= (default: this machine's first address)
#   --port N              Firebird's port (default 3050)
#   --no-install          never run apt-get (the install is skipped anyway when Firebird is present)
#
# The SYSDBA password comes from SUPASOFT_SERVER_PASSWORD, else /etc/firebird/3.0/SYSDBA.password. A fresh
# install gets a random SYSDBA password, written to that file (root only). Python: the project venv (.venv),
# made by scripts/bootstrap.sh when missing, or SUPASOFT_PYTHON.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FB_VER=3.0
FB_ETC="${FIREBIRD_ETC:-/etc/firebird/$FB_VER}"
DATABASE=/var/lib/firebird/$FB_VER/data/supasoft.fdb
ADMIN="" FROM_SQLITE="" TEMPLATE=lite ALIAS="" LAN="" APPLY_FW=0 LISTEN="" HOST="" PORT=3050 INSTALL=1

say() { echo "setup-server: $*" >&2; }
die() { say "$*"; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

while [ $# -gt 0 ]; do
  case "$1" in
    --admin) ADMIN="$2"; shift ;;
    --database) DATABASE="$2"; shift ;;
    --from-sqlite) FROM_SQLITE="$(realpath "$2")"; shift ;;
    --template) TEMPLATE="$2"; shift ;;
    --alias) ALIAS="$2"; shift ;;
    --lan) LAN="$2"; shift ;;
    --apply-firewall) APPLY_FW=1 ;;
    --listen) LISTEN="$2"; shift ;;
    --host) HOST="$2"; shift ;;
    --port) PORT="$2"; shift ;;
    --no-install) INSTALL=0 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done
[ -n "$ADMIN" ] || die "--admin NAME is required (the first administrator)"
[[ "$ADMIN" =~ ^[A-Za-z][A-Za-z0-9_.-]{0,30}$ ]] || die "--admin: use letters, digits, '_', '.', '-' (max 31), starting with a letter"
[[ "$TEMPLATE" =~ ^(lite|empty)$ ]] || die "--template must be lite or empty"
[[ "$PORT" =~ ^[0-9]+$ ]] || die "--port must be a number"
[ -z "$ALIAS" ] || [[ "$ALIAS" =~ ^[A-Za-z][A-Za-z0-9_]*$ ]] || die "--alias: letters, digits and '_' only"
[ -z "$FROM_SQLITE" ] || [ -f "$FROM_SQLITE" ] || die "--from-sqlite: no such file $FROM_SQLITE"
if [ -n "$LAN" ]; then
  [[ "$LAN" =~ ^[0-9a-fA-F:.]+/[0-9]+$ ]] || die "--lan must be a network like 192.168.1.0/24"
fi

# --- 1. Firebird ----------------------------------------------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
if installed "firebird$FB_VER-server" || [ -x /usr/sbin/firebird ]; then
  say "Firebird $FB_VER is installed: install step skipped"
elif [ "$INSTALL" = 1 ]; then
  password="${SUPASOFT_SERVER_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)}"
  say "installing firebird$FB_VER-server and firebird$FB_VER-utils"
  echo "firebird$FB_VER-server shared/firebird/sysdba_password/first_install password $password" \
    | as_root debconf-set-selections
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "firebird$FB_VER-server" "firebird$FB_VER-utils" </dev/null
  export SUPASOFT_SERVER_PASSWORD="$password"
else
  die "Firebird $FB_VER is not installed and --no-install was given"
fi
if [ -z "${SUPASOFT_SERVER_PASSWORD:-}" ]; then
  [ -r "$FB_ETC/SYSDBA.password" ] || die "set SUPASOFT_SERVER_PASSWORD (the SYSDBA password): $FB_ETC/SYSDBA.password is not readable"
  SUPASOFT_SERVER_PASSWORD="$(sed -n -E 's/^ISC_PASSWORD="?([^"]*)"?$/\1/p' "$FB_ETC/SYSDBA.password")"
  export SUPASOFT_SERVER_PASSWORD
fi
if [ -n "$LISTEN" ]; then
  say "RemoteBindAddress = $LISTEN, RemoteServicePort = $PORT in $FB_ETC/firebird.conf; restarting Firebird"
  as_root sed -i -E '/^[[:space:]]*(RemoteBindAddress|RemoteServicePort)[[:space:]]*=/d' "$FB_ETC/firebird.conf"
  printf 'RemoteBindAddress = %s\nRemoteServicePort = %s\n' "$LISTEN" "$PORT" | as_root tee -a "$FB_ETC/firebird.conf" >/dev/null
  as_root systemctl restart "firebird$FB_VER"
fi
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.2; done
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || die "Firebird does not answer on 127.0.0.1:$PORT"

# --- 2. the CRM database --------------------------------------------------------------------------------
PY="${SUPASOFT_PYTHON:-$ROOT/.venv/bin/python}"
if ! "$PY" -c "import supasoft, firebird.driver" 2>/dev/null; then
  # shellcheck source=../../scripts/bootstrap.sh
  source "$ROOT/scripts/bootstrap.sh"
  ensure_venv "[firebird]"
  PY="$ROOT/.venv/bin/python"
fi
URL="firebird+firebird://SYSDBA@127.0.0.1:$PORT/$DATABASE?charset=UTF8"  # password from SUPASOFT_SERVER_PASSWORD
admin_cli() { "$PY" -m supasoft.cli_server server "$@"; }
if [ -n "$FROM_SQLITE" ]; then
  say "copying $FROM_SQLITE into $DATABASE"
  admin_cli migrate "$FROM_SQLITE" "$URL"
else
  say "creating $DATABASE with the $TEMPLATE template"
  admin_cli create "$URL" --template "$TEMPLATE"
fi

# --- 3. the first administrator -------------------------------------------------------------------------
if [ -z "${SUPASOFT_NEW_PASSWORD:-}" ]; then
  read -r -s -p "Password for the administrator $ADMIN: " SUPASOFT_NEW_PASSWORD </dev/tty; echo >&2
  export SUPASOFT_NEW_PASSWORD
fi
admin_cli account add "$URL" "$ADMIN" --admin
"$PY" "$ROOT/installer/server/first_admin.py" "$URL" "$ADMIN"

# --- 4. alias ---------------------------------------------------------------------------------------------
DB_PATH_FOR_CLIENTS="$DATABASE"
if [ -n "$ALIAS" ]; then
  conf="$FB_ETC/databases.conf"
  if grep -Eq "^[[:space:]]*$ALIAS[[:space:]]*=" "$conf" 2>/dev/null; then
    grep -Eq "^[[:space:]]*$ALIAS[[:space:]]*=[[:space:]]*$DATABASE[[:space:]]*$" "$conf" \
      || die "alias $ALIAS already names another database in $conf"
  else
    printf '%s = %s\n' "$ALIAS" "$DATABASE" | as_root tee -a "$conf" >/dev/null
    say "alias $ALIAS = $DATABASE added to $conf"
  fi
  DB_PATH_FOR_CLIENTS="$ALIAS"
fi

# --- 5. the port for the LAN only -------------------------------------------------------------------------
if [ -n "$LAN" ]; then
  rules=("ufw allow from $LAN to any port $PORT proto tcp comment Supasoft-Firebird"
         "ufw deny $PORT/tcp")
  if [ "$APPLY_FW" = 1 ]; then
    command -v ufw >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q ufw </dev/null
    for rule in "${rules[@]}"; do
      # shellcheck disable=SC2086
      as_root $rule
    done
    say "firewall: port $PORT open to $LAN only (ufw status shows the rules; 'ufw enable' if ufw is off)"
  else
    echo "# Firewall (not applied; run these, or give --apply-firewall):"
    printf '#   sudo %s\n' "${rules[@]}"
    echo "#   or with nftables: nft add rule inet filter input ip saddr $LAN tcp dport $PORT accept"
    echo "#                     nft add rule inet filter input tcp dport $PORT drop"
  fi
fi

# --- 6. what staff need -----------------------------------------------------------------------------------
if [ -z "$HOST" ]; then
  HOST="$(hostname -I 2>/dev/null | awk '{print $1}')"
  HOST="${HOST:-$(hostname)}"
fi
cat <<EOF
# client.ini for staff computers (beside the Supasoft program; see docs/client-ini.md)
[Database]
Engine=firebird
Server=$HOST
Port=$PORT
Path=$DB_PATH_FOR_CLIENTS

[Interface]
ShowConfigurator=0
ShowAccess=0
EOF
say "done: $ADMIN can log in now and add staff (Access rights → Users, or supasoft-admin server account add)"
