//! The settings file: what a planner may change once rather than on every command line.
//!
//! Pure: text in, [`Settings`] out (reading and writing the file is `store::config`). A bad
//! file is an error naming the line and what to do, never silently ignored: TOML syntax,
//! an unknown key, a wrong type or an invalid value (thresholds out of order, a level
//! outside 1-5, an age outside 40-70). Key overrides are kept as written, with their line,
//! and checked against the key map by `input::KeyMap::with_overrides`.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

mod problem;

pub use problem::{Problem, Quantity, SettingsError};

use crate::domain::retirement::RetirementAges;
use crate::domain::{DefaultStandards, FitProfile, PositionType, ProfileKind};

pub use crate::lang::Lang;

/// Where the language comes from, for `config show`.
impl Lang {
    /// The effective language: `--lang`, else the settings file, else the locale (the
    /// first set of `LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    pub fn resolve(flag: Option<Lang>, file: Option<Lang>, locale: Option<&str>) -> (Lang, Source) {
        if let Some(l) = flag {
            return (l, Source::EnvOrFlag);
        }
        if let Some(l) = file {
            return (l, Source::File);
        }
        match locale.filter(|l| !l.is_empty()) {
            Some(l) => (Lang::from_locale(l), Source::EnvOrFlag),
            None => (Lang::En, Source::Default),
        }
    }

    /// The locale from the environment, in POSIX precedence order.
    pub fn env_locale() -> Option<String> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
    }
}

/// How the screen is coloured (16 ANSI colours at most).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ThemeKind {
    /// Colours for meaning, dim secondary text.
    #[default]
    Default,
    /// Bright colours in bold and no dimmed text, for projectors and weak eyes.
    HighContrast,
    /// No colour at all (forced by `NO_COLOR` and `--no-color`).
    Monochrome,
}

impl ThemeKind {
    /// The name in the settings file.
    pub fn code(self) -> &'static str {
        match self {
            ThemeKind::Default => "default",
            ThemeKind::HighContrast => "high_contrast",
            ThemeKind::Monochrome => "monochrome",
        }
    }
}

/// Where an effective setting came from (`penata config show`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Default,
    File,
    EnvOrFlag,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Source::Default => "default",
            Source::File => "file",
            Source::EnvOrFlag => "env/flag",
        })
    }
}

/// One key override as written: `[keys.MODE] ACTION = "KEY"` (or a list of keys).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOverride {
    pub mode: String,
    pub action: String,
    pub keys: Vec<String>,
    /// The line in the file (1-based).
    pub line: Option<usize>,
}

/// The settings after reading the file (defaults where it says nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The database directory (`--db` and `$PENATA_DB` still win).
    pub database: Option<PathBuf>,
    /// The language, if the file names one (the flag and the locale are resolved later).
    pub language: Option<Lang>,
    pub theme: ThemeKind,
    /// Whether exports mask NIPs (birth date hidden) unless told otherwise.
    pub mask_nip: bool,
    /// The largest file an import reads, in MB (`max_input_mb`); a bigger one is refused
    /// before it is read.
    pub max_input_mb: u64,
    pub profile: FitProfile,
    pub standards: DefaultStandards,
    pub retirement: RetirementAges,
    pub keys: Vec<KeyOverride>,
    /// The names the file set (`theme`, `fit.high`, `standards.pelaksana`...), for
    /// `config show`.
    pub from_file: BTreeSet<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            database: None,
            language: None,
            theme: ThemeKind::Default,
            mask_nip: false,
            max_input_mb: DEFAULT_MAX_INPUT_MB,
            profile: FitProfile::default(),
            standards: DefaultStandards::default(),
            retirement: RetirementAges::default(),
            keys: Vec::new(),
            from_file: BTreeSet::new(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    database: Option<PathBuf>,
    language: Option<Lang>,
    theme: Option<ThemeKind>,
    mask_nip: Option<bool>,
    max_input_mb: Option<Spanned<i64>>,
    fit: Option<RawFit>,
    standards: Option<RawPerType>,
    retirement: Option<RawRetirement>,
    #[serde(default)]
    keys: BTreeMap<String, BTreeMap<String, Spanned<KeySpec>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFit {
    profile: Option<ProfileKind>,
    high: Option<Spanned<f64>>,
    middle: Option<Spanned<f64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerType {
    jpt_utama: Option<Spanned<i64>>,
    jpt_madya: Option<Spanned<i64>>,
    jpt_pratama: Option<Spanned<i64>>,
    administrator: Option<Spanned<i64>>,
    pengawas: Option<Spanned<i64>>,
    pelaksana: Option<Spanned<i64>>,
    fungsional: Option<Spanned<i64>>,
}

impl RawPerType {
    fn get(&self, t: PositionType) -> Option<&Spanned<i64>> {
        match t {
            PositionType::JptUtama => self.jpt_utama.as_ref(),
            PositionType::JptMadya => self.jpt_madya.as_ref(),
            PositionType::JptPratama => self.jpt_pratama.as_ref(),
            PositionType::Administrator => self.administrator.as_ref(),
            PositionType::Pengawas => self.pengawas.as_ref(),
            PositionType::Pelaksana => self.pelaksana.as_ref(),
            PositionType::Fungsional => self.fungsional.as_ref(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRetirement {
    jpt: Option<Spanned<i64>>,
    administrasi: Option<Spanned<i64>>,
    fungsional: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum KeySpec {
    One(String),
    Many(Vec<String>),
}

/// The 1-based line of a byte offset.
fn line_of(src: &str, offset: usize) -> usize {
    src.get(..offset)
        .map_or(0, |s| s.bytes().filter(|&b| b == b'\n').count())
        + 1
}

fn error_at(src: &str, span: Range<usize>, problem: Problem) -> SettingsError {
    SettingsError {
        line: Some(line_of(src, span.start)),
        problem,
    }
}

/// Competency levels run 1-5.
const LEVELS: std::ops::RangeInclusive<i64> = 1..=5;
/// Retirement ages the regulations could plausibly set.
const AGES: std::ops::RangeInclusive<i64> = 40..=70;

/// The largest file an import reads by default, in MB: far above any province's export,
/// low enough that a wrong file (a backup, a video) is refused before it fills the memory.
pub const DEFAULT_MAX_INPUT_MB: u64 = 200;

/// The sizes `max_input_mb` may take.
const INPUT_MB: std::ops::RangeInclusive<i64> = 1..=4096;

/// Parses a settings file; every problem names its line and what to do.
pub fn parse(src: &str) -> Result<Settings, SettingsError> {
    let raw: RawFile = toml::from_str(src).map_err(|e| SettingsError {
        line: e.span().map(|s| line_of(src, s.start)),
        problem: Problem::of_toml(e.message()),
    })?;
    let mut s = Settings::default();
    let mut set = |name: &str| {
        s.from_file.insert(name.to_string());
    };
    if raw.database.is_some() {
        set("database");
    }
    if raw.language.is_some() {
        set("language");
    }
    if raw.theme.is_some() {
        set("theme");
    }
    if raw.mask_nip.is_some() {
        set("mask_nip");
    }
    if raw.max_input_mb.is_some() {
        set("max_input_mb");
    }
    if let Some(fit) = &raw.fit {
        for (name, on) in [
            ("fit.profile", fit.profile.is_some()),
            ("fit.high", fit.high.is_some()),
            ("fit.middle", fit.middle.is_some()),
        ] {
            if on {
                set(name);
            }
        }
    }
    if let Some(std) = &raw.standards {
        for t in PositionType::ALL {
            if std.get(t).is_some() {
                set(&format!("standards.{}", t.code()));
            }
        }
    }
    if let Some(r) = &raw.retirement {
        for (name, on) in [
            ("retirement.jpt", r.jpt.is_some()),
            ("retirement.administrasi", r.administrasi.is_some()),
            ("retirement.fungsional", r.fungsional.is_some()),
        ] {
            if on {
                set(name);
            }
        }
    }
    s.database = raw.database;
    s.language = raw.language;
    s.theme = raw.theme.unwrap_or_default();
    s.mask_nip = raw.mask_nip.unwrap_or(false);
    if let Some(v) = &raw.max_input_mb {
        s.max_input_mb = in_range_u64(src, v, INPUT_MB, Quantity::InputMb)?;
    }
    if let Some(fit) = raw.fit {
        s.profile = fit_profile(src, fit)?;
    }
    if let Some(std) = raw.standards {
        for t in PositionType::ALL {
            if let Some(v) = std.get(t) {
                let level = in_range(src, v, LEVELS, Quantity::Level)?;
                s.standards.set(t, level);
            }
        }
    }
    if let Some(r) = raw.retirement {
        for (v, slot) in [
            (r.jpt, &mut s.retirement.jpt),
            (r.administrasi, &mut s.retirement.administrasi),
            (r.fungsional, &mut s.retirement.fungsional),
        ] {
            if let Some(v) = v {
                *slot = in_range(src, &v, AGES, Quantity::RetirementAge)?;
            }
        }
    }
    for (mode, actions) in raw.keys {
        for (action, spec) in actions {
            let line = Some(line_of(src, spec.span().start));
            let keys = match spec.into_inner() {
                KeySpec::One(k) => vec![k],
                KeySpec::Many(ks) => ks,
            };
            if keys.is_empty() {
                return Err(SettingsError {
                    line,
                    problem: Problem::NoKey {
                        mode: mode.clone(),
                        action,
                    },
                });
            }
            s.keys.push(KeyOverride {
                mode: mode.clone(),
                action,
                keys,
                line,
            });
        }
    }
    if !s.keys.is_empty() {
        set("keys");
    }
    Ok(s)
}

/// A whole number within `range`, else an error at its line.
fn in_range_u64(
    src: &str,
    v: &Spanned<i64>,
    range: std::ops::RangeInclusive<i64>,
    what: Quantity,
) -> Result<u64, SettingsError> {
    let n = *v.get_ref();
    if range.contains(&n) {
        return Ok(n.unsigned_abs());
    }
    Err(error_at(
        src,
        v.span(),
        Problem::OutOfRange {
            value: n,
            what,
            min: *range.start(),
            max: *range.end(),
        },
    ))
}

fn in_range(
    src: &str,
    v: &Spanned<i64>,
    range: std::ops::RangeInclusive<i64>,
    what: Quantity,
) -> Result<u8, SettingsError> {
    let n = *v.get_ref();
    if range.contains(&n)
        && let Ok(n) = u8::try_from(n)
    {
        return Ok(n);
    }
    Err(error_at(
        src,
        v.span(),
        Problem::OutOfRange {
            value: n,
            what,
            min: *range.start(),
            max: *range.end(),
        },
    ))
}

fn fit_profile(src: &str, fit: RawFit) -> Result<FitProfile, SettingsError> {
    let mut p = match fit.profile {
        Some(ProfileKind::Selection) => FitProfile::selection(),
        _ => FitProfile::mapping(),
    };
    if let Some(h) = &fit.high {
        p.high = *h.get_ref();
    }
    if let Some(m) = &fit.middle {
        p.middle = *m.get_ref();
    }
    let span = fit.middle.as_ref().or(fit.high.as_ref()).map(Spanned::span);
    let ok = p.middle.is_finite() && p.high.is_finite() && 0.0 < p.middle && p.middle < p.high;
    if !ok {
        let problem = Problem::FitThresholds {
            middle: p.middle,
            high: p.high,
        };
        return Err(match span {
            Some(span) => error_at(src, span, problem),
            None => SettingsError {
                line: None,
                problem,
            },
        });
    }
    Ok(p)
}

/// The file `penata config init` writes: every setting, commented out at its default, with
/// its explanation in `lang`.
pub fn commented_default(lang: Lang) -> String {
    let d = Settings::default();
    let mut out = String::new();
    out.push_str(&lang.text("settings-default-head"));
    out.push_str("\n[fit]\n");
    out.push_str(&format!(
        // i18n-exempt: TOML keys
        "# profile = \"mapping\"\n# high = {}\n# middle = {}\n\n",
        d.profile.high, d.profile.middle
    ));
    out.push_str(&lang.text("settings-default-standards"));
    out.push_str("\n[standards]\n");
    for t in PositionType::ALL {
        out.push_str(&format!("# {} = {}\n", t.code(), d.standards.level(t)));
    }
    out.push('\n');
    out.push_str(&lang.text("settings-default-retirement"));
    out.push_str("\n[retirement]\n");
    out.push_str(&format!(
        // i18n-exempt: TOML keys
        "# jpt = {}\n# administrasi = {}\n# fungsional = {}\n\n",
        d.retirement.jpt, d.retirement.administrasi, d.retirement.fungsional
    ));
    out.push_str(&lang.text("settings-default-keys"));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commented_default_parses_to_the_defaults_in_both_languages() {
        for lang in Lang::ALL {
            let s = parse(&commented_default(lang)).unwrap();
            assert_eq!(s, Settings::default(), "{lang:?}");
        }
        assert!(commented_default(Lang::Id).starts_with("# Pengaturan penata (TOML)"));
        assert!(commented_default(Lang::En).starts_with("# penata settings (TOML)"));
    }

    #[test]
    fn the_commented_default_has_the_same_settings_in_both_languages() {
        // A line that is a setting (commented out or not), not an explanation.
        let is_setting = |l: &&str| {
            let body = l.strip_prefix("# ").unwrap_or(l);
            body.starts_with('[')
                || body
                    .split_once(" = ")
                    .is_some_and(|(name, _)| !name.is_empty() && !name.contains(' '))
        };
        let settings = |f: &str| {
            f.lines()
                .filter(is_setting)
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let (id, en) = (commented_default(Lang::Id), commented_default(Lang::En));
        assert_eq!(settings(&id), settings(&en));
        assert!(settings(&id).contains(&"# candidates = \"C\"".to_string()));
        assert!(settings(&id).contains(&"# database = \"/srv/penata/db\"".to_string()));
        // Each explanation is a block of comment lines, blank lines between the settings.
        assert!(
            en.contains("# max_input_mb = 200\n\n# Job Person Match"),
            "{en}"
        );
    }

    #[test]
    fn uncommented_values_are_read() {
        let s = parse(
            "language = \"id\"\ntheme = \"high_contrast\"\nmask_nip = true\n\
             database = \"/x/db\"\n[fit]\nprofile = \"selection\"\nmiddle = 70\n\
             [standards]\npelaksana = 2\n[retirement]\nfungsional = 65\n\
             [keys.browse]\ncandidates = \"C\"\nquit = [\"q\", \"ctrl-q\"]\n",
        )
        .unwrap();
        assert_eq!(s.language, Some(Lang::Id));
        assert_eq!(s.theme, ThemeKind::HighContrast);
        assert!(s.mask_nip);
        assert_eq!(s.database, Some(PathBuf::from("/x/db")));
        assert_eq!(s.profile.kind, ProfileKind::Selection);
        assert_eq!((s.profile.high, s.profile.middle), (80.0, 70.0));
        assert_eq!(s.standards.level(PositionType::Pelaksana), 2);
        assert_eq!(s.standards.level(PositionType::Pengawas), 2);
        assert_eq!(s.retirement.fungsional, 65);
        assert_eq!(s.retirement.jpt, 60);
        assert_eq!(s.keys.len(), 2);
        let c = s.keys.iter().find(|k| k.action == "candidates").unwrap();
        assert_eq!(
            (c.mode.as_str(), c.keys.clone(), c.line),
            ("browse", vec!["C".to_string()], Some(13))
        );
        assert!(s.from_file.contains("standards.pelaksana"));
        assert!(!s.from_file.contains("standards.pengawas"));
    }

    #[test]
    fn bad_files_name_the_line() {
        // Lib tests read the default language, Bahasa Indonesia (English: tests/domain_english.rs).
        let cases = [
            (
                "theme = \"dark\"\n",
                1,
                "baris 1: nilai `dark` tidak dikenal: gunakan salah satu dari `default`",
            ),
            (
                "\n\nlanguag = \"id\"\n",
                3,
                "baris 3: kunci `languag` tidak dikenal: gunakan salah satu dari `database`",
            ),
            (
                "mask_nip = \"yes\"\n",
                1,
                "teks \"yes\", seharusnya true atau false",
            ),
            ("[fit]\nhigh = 70\n", 2, "0 < middle < high"),
            (
                "[fit]\nmiddle = -1\n",
                2,
                "turunkan middle atau naikkan high",
            ),
            ("[standards]\n\npengawas = 6\n", 3, "bukan level kompetensi"),
            ("[retirement]\njpt = 200\n", 2, "dari 40 sampai 70"),
            ("[standards]\nlurah = 2\n", 2, "kunci `lurah` tidak dikenal"),
            ("theme = \n", 1, "bukan TOML yang sah"),
            ("[keys.browse]\ncandidates = []\n", 2, "tidak berisi tombol"),
            ("[keys.browse]\ncandidates = 3\n", 2, "tombol harus teks"),
        ];
        for (src, line, says) in cases {
            let e = parse(src).unwrap_err();
            let said = Lang::Id.say(&e.msg());
            assert_eq!(e.line, Some(line), "{src:?}: {said}");
            assert!(said.contains(says), "{src:?}: {said}");
        }
    }

    #[test]
    fn language_precedence_flag_file_locale() {
        use Lang::*;
        let cases = [
            (
                Some(En),
                Some(Id),
                Some("id_ID.UTF-8"),
                En,
                Source::EnvOrFlag,
            ),
            (None, Some(Id), Some("en_US.UTF-8"), Id, Source::File),
            (None, None, Some("id_ID.UTF-8"), Id, Source::EnvOrFlag),
            (None, None, Some("id"), Id, Source::EnvOrFlag),
            (None, None, Some("de_DE"), En, Source::EnvOrFlag),
            (None, None, Some("C"), En, Source::EnvOrFlag),
            (None, None, Some("ido_XX"), En, Source::EnvOrFlag),
            (None, None, None, En, Source::Default),
        ];
        for (flag, file, locale, want, source) in cases {
            assert_eq!(
                Lang::resolve(flag, file, locale),
                (want, source),
                "{flag:?} {file:?} {locale:?}"
            );
        }
    }
}
