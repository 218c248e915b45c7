//! The process's surroundings: who is acting (the OS user, the SSH client address) and
//! when (the local time), recorded with every change. Kept out of `store` so the clock and
//! the account are one small layer every other layer may ask.

use std::sync::OnceLock;

use time::{OffsetDateTime, UtcOffset};

/// The OS user: `$USER` or `$LOGNAME` when set (what the planner logged in as), else the
/// account the process runs under.
pub fn os_user() -> String {
    ["USER", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .or_else(|| whoami::username().ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "unknown".into())
}

/// The SSH client's address when the session came in over SSH.
pub fn ssh_client() -> Option<String> {
    ["SSH_CLIENT", "SSH_CONNECTION"].iter().find_map(|k| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.split_whitespace().next().map(str::to_string))
    })
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
}
