//! The settings file on disk: where it is (`--config`, `$PENATA_CONFIG`, or the platform
//! config directory), reading it, and writing the commented default owner-readable only.
//! Parsing is `crate::settings` (pure).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use super::StoreError;
use crate::lang::{Lang, Msg, msg};
use crate::settings::{self, Settings, Source};

/// The environment variable that points penata at a settings file.
pub const CONFIG_ENV: &str = "PENATA_CONFIG";

/// The settings file and why that one: a flag or `$PENATA_CONFIG` names it (then it must
/// exist), or the platform config directory's `penata/config.toml` (may be missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigPath {
    pub path: PathBuf,
    pub source: Source,
}

/// Precedence: `--config FILE`, then `$PENATA_CONFIG` (if non-empty), then the platform
/// config directory (on Linux `$XDG_CONFIG_HOME/penata/config.toml`).
pub fn resolve_config_path(flag: Option<PathBuf>) -> Result<ConfigPath, StoreError> {
    resolve(flag, std::env::var_os(CONFIG_ENV), platform_file)
}

fn platform_file() -> Option<PathBuf> {
    ProjectDirs::from("", "", "penata").map(|d| d.config_dir().join("config.toml"))
}

fn resolve(
    flag: Option<PathBuf>,
    env: Option<OsString>,
    platform: impl FnOnce() -> Option<PathBuf>,
) -> Result<ConfigPath, StoreError> {
    if let Some(path) = flag.or_else(|| env.filter(|v| !v.is_empty()).map(PathBuf::from)) {
        return Ok(ConfigPath {
            path,
            source: Source::EnvOrFlag,
        });
    }
    platform()
        .map(|path| ConfigPath {
            path,
            source: Source::Default,
        })
        .ok_or_else(|| StoreError::Refused(msg!("store-no-home-for-settings", env = CONFIG_ENV)))
}

/// Reads and parses the settings file. A missing file at the platform path means the
/// defaults; a missing file named by flag or environment, or a bad file, is an error that
/// names the file, the line and what to do.
pub fn load(at: &ConfigPath) -> Result<Settings, StoreError> {
    let text = match std::fs::read_to_string(&at.path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && at.source == Source::Default => {
            return Ok(Settings::default());
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::Refused(msg!(
                "store-settings-missing",
                path = at.path.display().to_string(),
                env = CONFIG_ENV
            )));
        }
        Err(e) => {
            return Err(StoreError::Refused(msg!(
                "store-settings-unreadable",
                path = at.path.display().to_string(),
                error = crate::lang::io_error(&e)
            )));
        }
    };
    settings::parse(&text).map_err(|e| StoreError::Refused(bad_file(&at.path, e.msg())))
}

/// The message for a settings file that is wrong at some line (`what`: where and what,
/// already worded by the settings parser).
pub fn bad_file(path: &Path, what: Msg) -> Msg {
    msg!(
        "store-settings-bad",
        path = path.display().to_string(),
        what = what
    )
}

/// Writes the commented default settings file, owner-readable only (0600); refuses to
/// replace an existing file unless `force`.
pub fn write_default(path: &Path, force: bool, lang: Lang) -> Result<(), StoreError> {
    // A link counts as a file there, even one that leads nowhere.
    if std::fs::symlink_metadata(path).is_ok() && !force {
        return Err(StoreError::Refused(msg!(
            "store-settings-exists",
            path = path.display().to_string()
        )));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
            dir: dir.to_path_buf(),
            source,
        })?;
    }
    // Written as every user-named file is: whole, owner-only, never through a link.
    let text = settings::commented_default(lang);
    super::files::write_private(path, text.as_bytes()).map_err(|e| {
        StoreError::Refused(msg!(
            "store-settings-unwritable",
            path = path.display().to_string(),
            error = e.msg()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_wins_then_env_then_platform() {
        let platform = || Some(PathBuf::from("platform/config.toml"));
        let r = resolve(Some("flag".into()), Some("env".into()), platform).unwrap();
        assert_eq!(
            (r.path, r.source),
            (PathBuf::from("flag"), Source::EnvOrFlag)
        );
        let r = resolve(None, Some("env".into()), platform).unwrap();
        assert_eq!(
            (r.path, r.source),
            (PathBuf::from("env"), Source::EnvOrFlag)
        );
        let r = resolve(None, Some(OsString::new()), platform).unwrap();
        assert_eq!(r.source, Source::Default);
        let err = crate::lang::Lang::Id.say(&resolve(None, None, || None).unwrap_err().msg());
        assert!(
            err.contains("--config FILE") && err.contains(CONFIG_ENV),
            "{err}"
        );
    }

    #[test]
    fn missing_default_file_is_the_defaults_but_a_named_one_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope.toml");
        let default = ConfigPath {
            path: path.clone(),
            source: Source::Default,
        };
        assert_eq!(load(&default).unwrap(), Settings::default());
        let named = ConfigPath {
            path,
            source: Source::EnvOrFlag,
        };
        let err = crate::lang::Lang::Id.say(&load(&named).unwrap_err().msg());
        assert!(
            err.contains("tidak ada") && err.contains("config init"),
            "{err}"
        );
    }

    #[test]
    fn init_writes_owner_only_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        write_default(&path, false, Lang::Id).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "theme = \"monochrome\"\n").unwrap();
        let err =
            crate::lang::Lang::Id.say(&write_default(&path, false, Lang::Id).unwrap_err().msg());
        assert!(err.contains("--force"), "{err}");
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .contains("monochrome")
        );
        write_default(&path, true, Lang::Id).unwrap();
        let at = ConfigPath {
            path,
            source: Source::EnvOrFlag,
        };
        assert_eq!(load(&at).unwrap(), Settings::default());
    }

    #[test]
    fn a_bad_file_names_the_file_and_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "theme = \"default\"\n[fit]\nhigh = 50\n").unwrap();
        let at = ConfigPath {
            path: path.clone(),
            source: Source::Default,
        };
        let err = crate::lang::Lang::Id.say(&load(&at).unwrap_err().msg());
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.contains("baris 3"), "{err}");
    }
}
