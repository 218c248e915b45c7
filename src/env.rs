//! The process's surroundings: who is acting (the OS user, the SSH client address) and
//! when (the local time), recorded with every change. Kept out of `store` so the clock and
//! the account are one small layer every other layer may ask.

use std::sync::OnceLock;

use time::{OffsetDateTime, UtcOffset};

/// The OS account the process runs under: the passwd name of the real uid (the account
/// that logged in, also under a setuid or `sudo -E` environment), never `$USER` or
/// `$LOGNAME`, which anyone can set. Without a passwd entry (a container), `uid N`.
pub fn os_user() -> String {
    account()
}

#[cfg(unix)]
fn account() -> String {
    let uid = nix::unistd::getuid();
    match nix::unistd::User::from_uid(uid) {
        Ok(Some(user)) if !user.name.is_empty() => user.name,
        // i18n-exempt: the audit log's format, not a sentence
        _ => format!("uid {uid}"),
    }
}

#[cfg(not(unix))]
fn account() -> String {
    whoami::username()
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "unknown".into()) // i18n-exempt: the audit log's format
}

/// The SSH client's address and port when the session came in over SSH (`$SSH_CLIENT`,
/// else `$SSH_CONNECTION`), as `IP port`; anything else in the variable (text, controls, a
/// forged line) is dropped rather than recorded.
pub fn ssh_client() -> Option<String> {
    ["SSH_CLIENT", "SSH_CONNECTION"]
        .iter()
        .find_map(|k| std::env::var(k).ok().and_then(|v| client_address(&v)))
}

/// `IP port` from the first two fields of `$SSH_CLIENT` / `$SSH_CONNECTION`, if they are an
/// IP address and a port.
fn client_address(value: &str) -> Option<String> {
    let mut fields = value.split(' ');
    let ip: std::net::IpAddr = fields.next()?.parse().ok()?;
    let port: u16 = fields.next()?.parse().ok()?;
    Some(format!("{ip} {port}"))
}

static LOCAL_OFFSET: OnceLock<UtcOffset> = OnceLock::new();

/// Reads the local UTC offset once. Call it first thing in `main`: the `time` crate can
/// only read the offset while the process has a single thread, and sled starts threads.
pub fn init_local_offset() {
    let _ =
        LOCAL_OFFSET.get_or_init(|| UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC));
}

/// Now, in local time when the offset is known (a server in WIB stamps `+07:00`).
pub fn now() -> OffsetDateTime {
    let offset = LOCAL_OFFSET.get().copied().unwrap_or(UtcOffset::UTC);
    OffsetDateTime::now_utc().to_offset(offset)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_user_is_always_named() {
        assert!(!super::os_user().is_empty());
    }

    /// `$USER` is whatever the caller says; the account is the real uid's.
    #[cfg(unix)]
    #[test]
    fn the_user_is_the_real_uid_not_the_environment() {
        let uid = nix::unistd::getuid();
        let expected = nix::unistd::User::from_uid(uid)
            .unwrap()
            .map_or_else(|| format!("uid {uid}"), |u| u.name);
        assert_eq!(super::os_user(), expected);
    }

    #[test]
    fn only_an_address_and_a_port_are_kept_of_the_ssh_client() {
        use super::client_address as a;
        assert_eq!(a("10.0.0.7 51234 22").as_deref(), Some("10.0.0.7 51234"));
        assert_eq!(
            a("fe80::1 40000 fe80::2 22").as_deref(),
            Some("fe80::1 40000")
        );
        for forged in [
            "",
            "10.0.0.7",
            "evil\x1b]0;pwned\x07 1 22",
            "10.0.0.7\n2026-01-01 admin move 1 22",
            "10.0.0.7 99999 22",
            "10.0.0.7 port 22",
            "host.example 22 22",
        ] {
            assert_eq!(a(forged), None, "{forged:?}");
        }
    }
}
