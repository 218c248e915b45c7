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

pub mod text;

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
            profile: FitProfile::default(),
            standards: DefaultStandards::default(),
            retirement: RetirementAges::default(),
            keys: Vec::new(),
            from_file: BTreeSet::new(),
        }
    }
}

/// What is wrong with a settings file, and where; it reads in the process language when
/// shown (the file may be read before the language is known).
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsError {
    /// The line (1-based), when known.
    pub line: Option<usize>,
    pub problem: Problem,
}

/// What is wrong with one setting.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A key the file may not have, and those it may.
    UnknownKey { key: String, allowed: String },
    /// A value that is not one of the choices, and the choices.
    UnknownValue { value: String, allowed: String },
    /// A value of the wrong type, as the TOML reader names the types.
    WrongType { found: String, expected: String },
    /// A key override that is neither a text nor a list of texts.
    KeySpec,
    /// Anything else the TOML reader refused, in its own words.
    Toml(String),
    /// `[keys.MODE] ACTION = []`.
    NoKey { mode: String, action: String },
    /// A number outside its range.
    OutOfRange {
        value: i64,
        what: Quantity,
        min: i64,
        max: i64,
    },
    /// Fit thresholds not in the order 0 < middle < high.
    FitThresholds { middle: f64, high: f64 },
}

/// The numbers the file sets within a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    Level,
    RetirementAge,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Problem::UnknownKey { key, allowed } => text::unknown_key(key, allowed),
            Problem::UnknownValue { value, allowed } => text::unknown_value(value, allowed),
            Problem::WrongType { found, expected } => {
                text::wrong_type(&text::type_name(found), &text::type_name(expected))
            }
            Problem::KeySpec => text::KEY_SPEC().to_string(),
            Problem::Toml(message) => text::not_toml(message),
            Problem::NoKey { mode, action } => text::no_key(mode, action),
            Problem::OutOfRange {
                value,
                what,
                min,
                max,
            } => {
                let what = match what {
                    Quantity::Level => text::LEVEL(),
                    Quantity::RetirementAge => text::RETIREMENT_AGE(),
                };
                text::out_of_range(*value, what, *min, *max)
            }
            Problem::FitThresholds { middle, high } => text::fit_thresholds(*middle, *high),
        })
    }
}

impl Problem {
    /// Sorts a message of the TOML reader into what the file got wrong.
    fn of_toml(message: &str) -> Problem {
        let message = message.trim_end();
        let split = |rest: &str| {
            rest.split_once("`, expected ")
                .map(|(x, allowed)| (x.to_string(), allowed.trim_start_matches("one of ").into()))
        };
        if let Some((key, allowed)) = message.strip_prefix("unknown field `").and_then(split) {
            return Problem::UnknownKey { key, allowed };
        }
        if let Some((value, allowed)) = message.strip_prefix("unknown variant `").and_then(split) {
            return Problem::UnknownValue { value, allowed };
        }
        if let Some((found, expected)) = message
            .strip_prefix("invalid type: ")
            .and_then(|rest| rest.split_once(", expected "))
        {
            return Problem::WrongType {
                found: found.into(),
                expected: expected.into(),
            };
        }
        if message.starts_with("data did not match any variant of untagged enum KeySpec") {
            return Problem::KeySpec;
        }
        Problem::Toml(message.to_string())
    }
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => f.write_str(&text::at_line(l, &self.problem.to_string())),
            None => write!(f, "{}", self.problem),
        }
    }
}

impl std::error::Error for SettingsError {}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    database: Option<PathBuf>,
    language: Option<Lang>,
    theme: Option<ThemeKind>,
    mask_nip: Option<bool>,
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
/// its explanation in the process language.
pub fn commented_default() -> String {
    let d = Settings::default();
    let mut out = String::from(text::DEFAULT_HEAD());
    out.push_str(&format!(
        "# profile = \"mapping\"\n# high = {}\n# middle = {}\n\n",
        d.profile.high, d.profile.middle
    ));
    out.push_str(text::DEFAULT_STANDARDS());
    for t in PositionType::ALL {
        out.push_str(&format!("# {} = {}\n", t.code(), d.standards.level(t)));
    }
    out.push_str(text::DEFAULT_RETIREMENT());
    out.push_str(&format!(
        "# jpt = {}\n# administrasi = {}\n# fungsional = {}\n\n",
        d.retirement.jpt, d.retirement.administrasi, d.retirement.fungsional
    ));
    out.push_str(text::DEFAULT_KEYS());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commented_default_parses_to_the_defaults() {
        let s = parse(&commented_default()).unwrap();
        assert_eq!(s, Settings::default());
        // Lib tests read the default language: the explanations are in Bahasa Indonesia.
        assert!(commented_default().starts_with("# Pengaturan penata (TOML)"));
    }

    #[test]
    fn the_commented_default_parses_in_both_languages_with_the_same_settings() {
        // The default file in one language: the fixed parts of the table with the values
        // `commented_default` puts between them left out.
        let file = |lang: usize| -> String {
            [
                "DEFAULT_HEAD",
                "DEFAULT_STANDARDS",
                "DEFAULT_RETIREMENT",
                "DEFAULT_KEYS",
            ]
            .iter()
            .map(|name| {
                let row = text::ALL.iter().find(|(n, _, _)| n == name).unwrap();
                if lang == 0 { row.1 } else { row.2 }
            })
            .collect()
        };
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
        let (id, en) = (file(0), file(1));
        assert_eq!(settings(&id), settings(&en));
        assert!(settings(&id).contains(&"# candidates = \"C\"".to_string()));
        for f in [id, en] {
            assert_eq!(parse(&f).unwrap(), Settings::default(), "{f}");
        }
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
            assert_eq!(e.line, Some(line), "{src:?}: {e}");
            assert!(e.to_string().contains(says), "{src:?}: {e}");
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
