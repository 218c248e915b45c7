//! `penata config path|show|init|keys`, and loading the settings every command starts with.
//!
//! The settings file is read once at start; a bad file stops penata with the file, the line
//! and what to do. `show` prints every effective setting and where it came from: the
//! default, the file, or the environment / a flag.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use color_eyre::eyre::Result;
use serde_json::json;

use super::{Cli, Failure, print_json};
use crate::domain::{FitProfile, PositionType, ProfileKind};
use crate::input::{KeyMap, MODES, keys_label, mode_name};
use crate::settings::{Lang, Settings as FileSettings, Source, ThemeKind};
use crate::store::config::{
    ConfigPath, bad_file, load as load_file, resolve_config_path, write_default,
};
use crate::store::location::DB_ENV;
use crate::tr;

/// Arguments of `penata config`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

/// The `config` subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the settings file is (or would be)
    Path,
    /// Print the settings in effect and where each comes from (default, file, env/flag)
    Show {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Write a commented settings file with every default (owner-readable only)
    Init {
        /// Replace an existing file
        #[arg(long)]
        force: bool,
    },
    /// List every action per mode with its keys in effect (names for [keys.MODE])
    Keys,
}

/// The settings file in effect and what it says.
pub struct Loaded {
    pub at: ConfigPath,
    pub file: FileSettings,
}

/// Reads the settings file named by `--config`, `$PENATA_CONFIG` or the platform default.
pub(crate) fn load(flag: Option<PathBuf>) -> Result<Loaded, Failure> {
    let at = resolve_config_path(flag)?;
    let file = load_file(&at)?;
    Ok(Loaded { at, file })
}

/// The key map the file asks for; a bad override names the file and its line.
pub(crate) fn keymap(loaded: &Loaded, lang: Lang) -> Result<KeyMap, Failure> {
    KeyMap::with_overrides(&loaded.file.keys)
        .map_err(|e| Failure::Input(lang.say(&bad_file(&loaded.at.path, e.msg()))))
}

/// The database directory to pass on: `--db` wins, then `$PENATA_DB` (resolved later),
/// then the settings file's `database`.
pub(crate) fn db_flag(cli_db: Option<PathBuf>, file: &FileSettings) -> Option<PathBuf> {
    let env_set = std::env::var_os(DB_ENV).is_some_and(|v| !v.is_empty());
    cli_db.or_else(|| (!env_set).then(|| file.database.clone()).flatten())
}

/// The language in effect: `--lang`, the settings file, the locale, English.
pub(crate) fn language(flag: Option<Lang>, file: &FileSettings) -> (Lang, Source) {
    Lang::resolve(flag, file.language, Lang::env_locale().as_deref())
}

/// The language to speak before the arguments are parsed: a valid `--lang` in the
/// arguments, else the settings file (named by `--config` or as usual), else the locale. A
/// bad value or a bad file is left for the parser and the command to report.
pub(crate) fn early_language(args: &[std::ffi::OsString]) -> Lang {
    let flag = flag_value(args, "--lang").and_then(|v| v.to_str()?.parse::<Lang>().ok());
    let file = match flag {
        Some(_) => None,
        None => load(flag_value(args, "--config").map(PathBuf::from))
            .ok()
            .and_then(|l| l.file.language),
    };
    Lang::resolve(flag, file, Lang::env_locale().as_deref()).0
}

/// The value of a long option (`--name VALUE` or `--name=VALUE`) before any `--`.
fn flag_value(args: &[std::ffi::OsString], name: &str) -> Option<std::ffi::OsString> {
    let mut it = args.iter().skip(1);
    let mut found = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == name {
            found = it.next().cloned();
        } else if let Some(v) = a
            .to_str()
            .and_then(|s| s.strip_prefix(name)?.strip_prefix('='))
        {
            found = Some(v.into());
        }
    }
    found
}

/// Runs a `config` subcommand.
pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let at = resolve_config_path(cli.config.clone()).map_err(Failure::from)?;
    match args.command {
        ConfigCommand::Path => {
            outln!("{}", at.path.display());
            Ok(ExitCode::SUCCESS)
        }
        ConfigCommand::Init { force } => {
            write_default(&at.path, force, cli.language).map_err(Failure::from)?;
            let path = at.path.display().to_string();
            outln!("{}", tr!(cli.language, "cli-wrote", path = path));
            Ok(ExitCode::SUCCESS)
        }
        ConfigCommand::Show { json } => {
            let loaded = load(cli.config.clone())?;
            keymap(&loaded, cli.language)?;
            let rows = effective(cli, &loaded);
            if json {
                print_json(&to_json(&loaded, &rows))?;
            } else {
                let mut out = crate::cli::terminal::stdout();
                let exists = if loaded.at.path.exists() {
                    String::new()
                } else {
                    cli.language.text("cli-not-present").into_owned()
                };
                let line = tr!(
                    cli.language,
                    "cli-settings-file",
                    path = loaded.at.path.display().to_string(),
                    note = exists,
                    source = loaded.at.source.to_string()
                );
                writeln!(out, "{line}")?;
                let w = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
                for (name, value, source) in &rows {
                    writeln!(out, "{name:<w$}  {value}  [{source}]")?;
                }
                for k in &loaded.file.keys {
                    writeln!(
                        out,
                        "keys.{}.{}  {}  [{}]",
                        k.mode,
                        k.action,
                        k.keys.join(" "),
                        Source::File
                    )?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ConfigCommand::Keys => {
            let loaded = load(cli.config.clone())?;
            let map = keymap(&loaded, cli.language)?;
            let mut out = crate::cli::terminal::stdout();
            let global = map.global().iter().map(|b| ("global", b));
            let modes = MODES
                .iter()
                .flat_map(|&m| map.bindings(m).iter().map(move |b| (mode_name(m), b)));
            for (mode, b) in global.chain(modes) {
                let name = crate::input::action_name(b.action).unwrap_or("?");
                writeln!(out, "{mode:<10} {name:<22} {}", keys_label(b))?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

type Row = (String, String, Source);

/// Every effective setting: name, value, source.
fn effective(cli: &Cli, loaded: &Loaded) -> Vec<Row> {
    let f = &loaded.file;
    let from = |name: &str| {
        if f.from_file.contains(name) {
            Source::File
        } else {
            Source::Default
        }
    };
    let mut rows: Vec<Row> = Vec::new();
    let env_db = std::env::var_os(DB_ENV).filter(|v| !v.is_empty());
    let (db, db_source) = match (&cli.db, env_db, &f.database) {
        (Some(d), ..) => (d.display().to_string(), Source::EnvOrFlag),
        (None, Some(d), _) => (PathBuf::from(d).display().to_string(), Source::EnvOrFlag),
        (None, None, Some(d)) => (d.display().to_string(), Source::File),
        (None, None, None) => (
            crate::store::sled_store::resolve_data_dir(None)
                .map(|d| d.display().to_string())
                .unwrap_or_else(|e| cli.language.say(&e.msg())),
            Source::Default,
        ),
    };
    rows.push(("database".into(), db, db_source));
    let (lang, lang_source) = language(cli.lang, f);
    rows.push(("language".into(), lang.code().into(), lang_source));
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = if no_color {
        (ThemeKind::Monochrome, Source::EnvOrFlag)
    } else {
        (f.theme, from("theme"))
    };
    rows.push(("theme".into(), theme.0.code().into(), theme.1));
    rows.push(("mask_nip".into(), f.mask_nip.to_string(), from("mask_nip")));
    rows.push((
        "max_input_mb".into(),
        f.max_input_mb.to_string(),
        from("max_input_mb"),
    ));
    let p: FitProfile = f.profile;
    let kind = match p.kind {
        ProfileKind::Mapping => "mapping",
        ProfileKind::Selection => "selection",
    };
    rows.push(("fit.profile".into(), kind.into(), from("fit.profile")));
    rows.push(("fit.high".into(), p.high.to_string(), from("fit.high")));
    rows.push((
        "fit.middle".into(),
        p.middle.to_string(),
        from("fit.middle"),
    ));
    for t in PositionType::ALL {
        let name = format!("standards.{}", t.code());
        let source = from(&name);
        rows.push((name, f.standards.level(t).to_string(), source));
    }
    let r = f.retirement;
    for (name, v) in [
        ("retirement.jpt", r.jpt),
        ("retirement.administrasi", r.administrasi),
        ("retirement.fungsional", r.fungsional),
    ] {
        rows.push((name.into(), v.to_string(), from(name)));
    }
    rows
}

fn to_json(loaded: &Loaded, rows: &[Row]) -> serde_json::Value {
    let settings: serde_json::Map<String, serde_json::Value> = rows
        .iter()
        .map(|(name, value, source)| {
            (
                name.clone(),
                json!({"value": value, "source": source.to_string()}),
            )
        })
        .collect();
    let keys: Vec<serde_json::Value> = loaded
        .file
        .keys
        .iter()
        .map(|k| json!({"mode": k.mode, "action": k.action, "keys": k.keys}))
        .collect();
    json!({
        "file": loaded.at.path.display().to_string(),
        "file_exists": loaded.at.path.exists(),
        "file_source": loaded.at.source.to_string(),
        "settings": settings,
        "keys": keys,
    })
}
