"""A real WordPress for the tests: Debian's package, PHP's built-in server, MariaDB.

The site is a copy of /usr/share/wordpress in a temporary folder with its own
wp-config.php (a throwaway database, WP_ENVIRONMENT_TYPE 'local' so application
passwords work without HTTPS). WordPress's own installer runs from php-cli
(wp_install), which also creates the application password the tests publish with.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

WORDPRESS = Path("/usr/share/wordpress")
DB_HOST, DB_PORT = "127.0.0.1", 3306


@dataclass
class Site:
    url: str
    root: Path
    database: str
    user: str
    password: str  # the application password
    server: subprocess.Popen[bytes]

    def get(self, route: str, **query: str) -> object:
        """Read the REST API as the admin (what a person sees in wp-admin)."""
        import base64
        import urllib.parse

        params = urllib.parse.urlencode({"rest_route": route, "context": "edit", **query})
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        req = urllib.request.Request(f"{self.url}/?{params}",
                                     headers={"Authorization": f"Basic {token}"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read())


def missing() -> str | None:
    """Why a WordPress cannot be started here, or None."""
    if shutil.which("php") is None:
        return "php-cli is not installed (make sysdeps)"
    if not (WORDPRESS / "wp-settings.php").exists():
        return "Debian's wordpress package is not installed (make sysdeps)"
    probe = subprocess.run(["php", "-r", "exit(extension_loaded('mysqli') ? 0 : 1);"],
                           check=False)
    if probe.returncode != 0:
        return "php-mysql is not installed (make sysdeps)"
    try:
        with socket.create_connection((DB_HOST, DB_PORT), timeout=3):
            pass
    except OSError as exc:
        return f"MariaDB is not reachable on {DB_HOST}:{DB_PORT} ({exc})"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _sql(statement: str) -> None:
    subprocess.run(["mysql", "-h", DB_HOST, "-P", str(DB_PORT), "-u", "root", "-e", statement],
                   check=True, capture_output=True)


def _config(db: str, url: str) -> str:
    salts = "\n".join(f"define('{k}', '{secrets.token_hex(32)}');" for k in (
        "AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT",
        "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"))
    return f"""<?php
define('DB_NAME', '{db}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', '{DB_HOST}:{DB_PORT}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '{url}');
define('WP_SITEURL', '{url}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
define('FS_METHOD', 'direct');
{salts}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
"""


INSTALL = r"""<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = getenv('WP_HOSTPORT');
$_SERVER['REQUEST_URI'] = '/';
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Cổng thông tin thử nghiệm', 'admin', 'admin@example.com', true, '',
                wp_slash(getenv('WP_ADMIN_PASSWORD')), 'vi');
$made = WP_Application_Passwords::create_new_application_password(
    $r['user_id'], array('name' => 'editor-app tests'));
if (is_wp_error($made)) { fwrite(STDERR, $made->get_error_message()); exit(1); }
echo json_encode(array('user' => 'admin', 'password' => $made[0]));
"""


def start(tmp: Path) -> Site:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    root = tmp / "wordpress"
    shutil.copytree(WORDPRESS, root, symlinks=True)
    (root / ".htaccess").unlink(missing_ok=True)
    (root / "wp-content" / "uploads").mkdir(exist_ok=True)
    db = f"editor_app_wp_{secrets.token_hex(6)}"
    _sql(f"CREATE DATABASE `{db}` CHARACTER SET utf8mb4")
    (root / "wp-config.php").write_text(_config(db, url), "utf-8")
    (root / "install-for-tests.php").write_text(INSTALL, "utf-8")
    env = {**os.environ, "WP_HOSTPORT": f"127.0.0.1:{port}",
           "WP_ADMIN_PASSWORD": secrets.token_urlsafe(16)}
    try:
        out = subprocess.run(["php", str(root / "install-for-tests.php")], env=env,
                             check=True, capture_output=True, cwd=root)
        creds = json.loads(out.stdout.decode().strip().splitlines()[-1])
    except BaseException:
        with contextlib.suppress(Exception):
            _sql(f"DROP DATABASE `{db}`")
        raise
    finally:
        (root / "install-for-tests.php").unlink(missing_ok=True)
    # Its own process group: with workers, PHP forks children that outlive a plain
    # terminate() of the parent; stop() ends the whole group.
    server = subprocess.Popen(["php", "-S", f"127.0.0.1:{port}", "-t", str(root)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "PHP_CLI_SERVER_WORKERS": "2"},
                              start_new_session=True)
    site = Site(url, root, db, creds["user"], creds["password"], server)
    for _ in range(300):  # until it listens (start-up time, not an assertion)
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return site
        if server.poll() is not None:
            break
        time.sleep(0.1)
    stop(site)
    raise RuntimeError(f"php -S did not start on port {port}")


def stop(site: Site) -> None:
    group = site.server.pid  # the session leader's pid is the group id
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGTERM)
    try:
        site.server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
        site.server.wait()
    with contextlib.suppress(Exception):
        _sql(f"DROP DATABASE `{site.database}`")
    shutil.rmtree(site.root, ignore_errors=True)
