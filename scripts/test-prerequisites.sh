#!/usr/bin/env bash
# What `npm test` needs beyond Node.js: Debian's Chromium, a PostgreSQL 15 server with pgTAP and
# plpgsql_check, and pg_prove. On Debian, as root, it installs what is missing and starts PostgreSQL; as
# anyone else it says exactly what to run and stops. It runs first in `npm test` (pretest), so the README's
# one test command works on a fresh machine, and `.ci/run` calls nothing else.
set -euo pipefail

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
database_url=${KOORDINATORKART_TEST_DATABASE_URL:-postgresql:///postgres?host=/var/run/postgresql}
own_server=${KOORDINATORKART_TEST_DATABASE_URL:+no}
own_server=${own_server:-yes}

missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v pg_prove >/dev/null || missing+=(libtap-parser-sourcehandler-pgtap-perl)
command -v psql >/dev/null || missing+=(postgresql-client-15)
if [ "$own_server" = yes ]; then
	# The local server: the packages that give it its extensions.
	[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql-15)
	[ -f /usr/share/postgresql/15/extension/pgtap.control ] || missing+=(postgresql-15-pgtap)
	[ -f /usr/share/postgresql/15/extension/plpgsql_check.control ] || missing+=(postgresql-15-plpgsql-check)
fi

can_install=no
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then can_install=yes; fi

if [ ${#missing[@]} -gt 0 ]; then
	if [ "$can_install" = yes ]; then
		echo "test: installing ${missing[*]}"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	else
		echo "test: missing ${missing[*]}." >&2
		echo "  On Debian or Ubuntu: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
		[ "$own_server" = yes ] &&
			echo "  Or point KOORDINATORKART_TEST_DATABASE_URL at a PostgreSQL 15 server with pgTAP and plpgsql_check." >&2
		echo "  Chromium elsewhere than /usr/bin/chromium: set CHROMIUM_PATH." >&2
		exit 1
	fi
fi

# A server that answers: the local cluster is started (and made) when we may; otherwise we say how.
if ! psql "$database_url" -qtAc 'select 1' >/dev/null 2>&1; then
	if [ "$own_server" = yes ] && [ "$can_install" = yes ] && command -v pg_ctlcluster >/dev/null; then
		pg_lsclusters -h | grep -q '^15 *main' || pg_createcluster 15 main >/dev/null
		pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status >/dev/null
		me=$(id -un)
		runuser -u postgres -- psql -qtAc "select 1 from pg_roles where rolname = '$me'" | grep -q 1 ||
			runuser -u postgres -- psql -qc "create role \"$me\" superuser login"
	fi
	if ! psql "$database_url" -qtAc 'select 1' >/dev/null 2>&1; then
		echo "test: no PostgreSQL answers at $database_url." >&2
		echo "  Start one (Debian: sudo pg_ctlcluster 15 main start) and give your user a role that may create" >&2
		echo "  databases (sudo -u postgres createuser --superuser \"\$USER\"), or set KOORDINATORKART_TEST_DATABASE_URL." >&2
		exit 1
	fi
fi
echo "test: Chromium, PostgreSQL with pgTAP and pg_prove are here"
