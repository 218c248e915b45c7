//! Where the database lives: `--db`, `$PENATA_DB`, or the platform data directory.

use std::ffi::OsString;
use std::path::PathBuf;

use directories::ProjectDirs;

use super::StoreError;
use crate::lang::msg;

/// The environment variable that points penata at a database directory.
pub const DB_ENV: &str = "PENATA_DB";

/// The data directory, so tests and scripts can isolate their database.
///
/// Precedence: the `--db DIR` flag if given; else `$PENATA_DB` if set and non-empty; else
/// the platform data directory for penata plus `db` (on Linux
/// `$XDG_DATA_HOME/penata/db`, by default `~/.local/share/penata/db`).
pub fn resolve_data_dir(flag: Option<PathBuf>) -> Result<PathBuf, StoreError> {
    resolve(flag, std::env::var_os(DB_ENV), platform_dir)
}

fn platform_dir() -> Option<PathBuf> {
    ProjectDirs::from("", "", "penata").map(|d| d.data_dir().join("db"))
}

fn resolve(
    flag: Option<PathBuf>,
    env: Option<OsString>,
    platform: impl FnOnce() -> Option<PathBuf>,
) -> Result<PathBuf, StoreError> {
    if let Some(dir) = flag {
        return Ok(dir);
    }
    if let Some(dir) = env.filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    platform().ok_or_else(|| StoreError::Refused(msg!("store-no-home-for-db", env = DB_ENV)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_wins_then_env_then_platform() {
        let platform = || Some(PathBuf::from("platform/db"));
        let flag = Some(PathBuf::from("flag"));
        let env = Some(OsString::from("env"));
        let cases = [
            (flag.clone(), env.clone(), "flag"),
            (flag, None, "flag"),
            (None, env, "env"),
            (None, Some(OsString::new()), "platform/db"),
            (None, None, "platform/db"),
        ];
        for (flag, env, expect) in cases {
            let got = resolve(flag.clone(), env.clone(), platform).unwrap();
            assert_eq!(got, PathBuf::from(expect), "{flag:?} {env:?}");
        }
    }

    #[test]
    fn no_home_says_what_to_do() {
        let err = crate::lang::Lang::Id.say(&resolve(None, None, || None).unwrap_err().msg());
        assert!(err.contains("--db DIR") && err.contains(DB_ENV), "{err}");
    }

    #[test]
    fn platform_dir_ends_in_penata_db() {
        if let Some(dir) = platform_dir() {
            assert!(dir.ends_with("penata/db"), "{}", dir.display());
        }
    }
}
