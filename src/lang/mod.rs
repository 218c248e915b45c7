//! The language of everything penata says: screen, command-line messages, errors, help and
//! documents.
//!
//! Every text lives in the Fluent resources under `locales/<language>/` (one folder per
//! language, one file per area: `ui.ftl`, `cli.ftl`, ...), embedded in the binary. A
//! [`Lang`] is a value passed to whatever words a text: `lang.text("ui-vacant")` for a fixed
//! text, `tr!(lang, "ui-moved", who = name)` for one with values, and [`Msg`] for a message
//! made by a lower layer (a domain or store error names its message and values; the layer
//! that shows it words it with its language). Plurals and numbers follow the language's rules
//! (Fluent's plural categories, CLDR's decimal and thousands marks). A language lacking a
//! message says it in English.
//!
//! This module depends on nothing else in penata.

use std::borrow::Cow;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Deserialize;

#[cfg(test)]
pub(crate) mod check;
mod localizer;
mod number;

pub use localizer::{Files, Localizer};

/// The language of screens, messages and documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia.
    Id,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Every language penata speaks, each with a folder under `locales/`.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The code in the settings file, on `--lang`, and of the folder under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language of a code (`id`, `en`).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language a POSIX locale asks for: `id_ID.UTF-8` (or plain `id`) is Indonesian,
    /// anything else English.
    pub fn from_locale(locale: &str) -> Lang {
        let base = locale.split(['.', '@']).next().unwrap_or("");
        let language = base.split('_').next().unwrap_or("");
        Lang::from_code(language).unwrap_or(Lang::En)
    }

    /// A fixed text: the message `id` (or `id.attribute`) without values.
    pub fn text(self, id: &str) -> Cow<'static, str> {
        Localizer::builtin()
            .find(self.code(), id, None)
            .unwrap_or_else(|| Cow::Owned(id.to_owned()))
    }

    /// A message with its values, in this language.
    pub fn say(self, msg: &Msg) -> String {
        let mut args = FluentArgs::with_capacity(msg.args.len());
        for (name, value) in &msg.args {
            let v = match value {
                Value::Str(s) => FluentValue::from(s.as_str()),
                Value::Num(n) => FluentValue::from(*n),
                Value::Msg(m) => FluentValue::from(self.say(m)),
            };
            args.set(*name, v);
        }
        Localizer::builtin().format(self.code(), msg.id, Some(&args))
    }

    /// A number with exactly `places` decimals in this language's marks: `87,5` / `87.5`,
    /// and thousands grouped: `1.234,5` / `1,234.5`.
    pub fn decimal(self, v: f64, places: usize) -> String {
        number::numbers(self.code()).format(v, places, places, true)
    }

    /// A percentage with one decimal: `87,5%`, `87.5%`.
    pub fn percent(self, p: f64) -> String {
        format!("{}%", self.decimal(p, 1))
    }

    /// A count with the thousands separator: `1.000.000`, `1,000,000`.
    pub fn count(self, n: u64) -> String {
        // Exact below 2^53, far beyond any count penata makes.
        #[allow(clippy::cast_precision_loss)]
        let v = n as f64;
        number::numbers(self.code()).format(v, 0, 0, true)
    }
}

/// What is wrong with a language code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl UnknownLang {
    /// The message saying so, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        msg!("lang-unknown", found = self.0.as_str())
    }
}

impl std::fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.say(&self.msg()))
    }
}

impl std::error::Error for UnknownLang {}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

/// A message to be worded later, in whatever language the layer showing it speaks: the id of
/// a message in the resources and the values it fills in.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

impl Msg {
    /// A message without values.
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a value.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Msg {
        self.args.push((name, value.into()));
        self
    }
}

/// A value a message fills in: text, a number (plural forms and number formats follow the
/// language), or another message worded in the same language.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Num(f64),
    Msg(Box<Msg>),
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_owned())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Str(s.clone())
    }
}
impl From<Cow<'_, str>> for Value {
    fn from(s: Cow<'_, str>) -> Self {
        Value::Str(s.into_owned())
    }
}
impl From<char> for Value {
    fn from(c: char) -> Self {
        Value::Str(c.to_string())
    }
}
impl From<Msg> for Value {
    fn from(m: Msg) -> Self {
        Value::Msg(Box::new(m))
    }
}
impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Num(n)
    }
}
impl From<f32> for Value {
    fn from(n: f32) -> Self {
        Value::Num(f64::from(n))
    }
}
macro_rules! number_values {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            // Counts in penata stay far below 2^53, where f64 is exact.
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Value::Num(n as f64)
            }
        }
    )*};
}
number_values!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

/// A [`Msg`]: `msg!("store-lock", path = p)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::lang::Msg {
            id: $id,
            args: vec![$((stringify!($name), $crate::lang::Value::from($value))),*],
        }
    };
}
pub use msg;

/// A text in a language: `tr!(lang, "ui-vacant")` (fixed) or `tr!(lang, "ui-moved", who =
/// name, count = n)` (with values), as a `Cow<'static, str>`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::lang::Lang::text($lang, $id)
    };
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)+ $(,)?) => {
        ::std::borrow::Cow::<'static, str>::Owned(
            $crate::lang::Lang::say($lang, &$crate::msg!($id $(, $name = $value)+)),
        )
    };
}
pub use tr;

// ---- The texts! tables of before the Fluent resources (being moved into `locales/`) -------

/// 0 Bahasa Indonesia (the default), 1 English.
static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the language of every text for the rest of the process.
pub fn set_lang(lang: Lang) {
    let v = match lang {
        Lang::Id => 0,
        Lang::En => 1,
    };
    LANG.store(v, Ordering::Relaxed);
}

/// The language texts are in; Bahasa Indonesia until [`set_lang`] says otherwise.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Id,
    }
}

/// Picks the text of the current language.
pub fn pick<T>(id: T, en: T) -> T {
    match lang() {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// A table of fixed texts: `NAME => "Bahasa Indonesia", "English";` becomes
/// `pub fn NAME() -> &'static str` and a row of the module's `ALL`, so the module's tests can
/// check the table with `check_table`. Use it once per module (`crate::lang::texts! { ... }`).
macro_rules! texts {
    ($($(#[$meta:meta])* $name:ident => $id:expr, $en:expr;)*) => {
        $(
            $(#[$meta])*
            #[allow(non_snake_case)]
            pub fn $name() -> &'static str {
                $crate::lang::pick($id, $en)
            }
        )*
        /// Every fixed text: (name, Bahasa Indonesia, English).
        pub const ALL: &[(&str, &str, &str)] = &[$((stringify!($name), $id, $en)),*];
    };
}
pub(crate) use texts;

/// The `{...}` placeholders a template fills in, sorted: the two languages may put them in a
/// different order, but must fill in the same ones.
#[cfg(test)]
fn placeholders(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = s
        .match_indices('{')
        .filter_map(|(i, _)| s[i..].find('}').map(|j| &s[i..=i + j]))
        .collect();
    out.sort_unstable();
    out
}

/// Checks a `texts!` table (a module's `ALL`): every text has both languages, each name is
/// used once, a template has the same placeholders in both languages, and the two languages
/// differ, except for the names in `same_in_both` (domain terms and codes said the same way),
/// which must be in the table and the same in both. The error names every entry that is wrong
/// and what is wrong with it, one a line.
#[cfg(test)]
pub(crate) fn check_table(all: &[(&str, &str, &str)], same_in_both: &[&str]) -> Result<(), String> {
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (name, id, en) in all {
        if !seen.insert(*name) {
            problems.push(format!("{name} is in the table twice"));
        }
        if id.trim().is_empty() {
            problems.push(format!("{name} has no Indonesian text"));
        }
        if en.trim().is_empty() {
            problems.push(format!("{name} has no English text"));
        }
        let (id_marks, en_marks) = (placeholders(id), placeholders(en));
        if id_marks != en_marks {
            problems.push(format!(
                "{name}: the placeholders differ between the languages: {id_marks:?} / {en_marks:?}"
            ));
        }
        match (same_in_both.contains(name), id == en) {
            (false, true) => problems.push(format!("{name} is not translated: {id:?}")),
            (true, false) => problems.push(format!(
                "{name} is listed as the same in both languages but differs: {id:?} / {en:?}"
            )),
            _ => {}
        }
    }
    for name in same_in_both {
        if !seen.contains(name) {
            problems.push(format!(
                "{name} is listed as the same in both languages but is not in the table"
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// A number with `places` decimals and the current language's decimal mark.
pub fn decimal(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    match lang() {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A percentage with one decimal: `87,5%`, `87.5%`.
pub fn percent(p: f64) -> String {
    format!("{}%", decimal(p, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_the_default_languages_decimal_comma() {
        // Lib tests run in the default language (never set here: tests share the process).
        assert_eq!(lang(), Lang::Id);
        assert_eq!(decimal(87.54, 1), "87,5");
        assert_eq!(percent(100.0), "100,0%");
        assert_eq!(decimal(1.005, 0), "1");
    }

    #[test]
    fn placeholders_are_found_in_any_order() {
        assert_eq!(placeholders("a {x} b {mark}"), vec!["{mark}", "{x}"]);
        assert_eq!(
            placeholders("{mark} then {x}"),
            placeholders("a {x} b {mark}")
        );
        assert_eq!(placeholders("no values"), Vec::<&str>::new());
        // An unclosed brace fills nothing in.
        assert_eq!(placeholders("a { b"), Vec::<&str>::new());
    }

    #[test]
    fn the_table_check_names_each_fault() {
        let good = [("A", "satu {n}", "one {n}"), ("NIP", "NIP", "NIP")];
        assert_eq!(check_table(&good, &["NIP"]), Ok(()));
        type Table<'a> = &'a [(&'a str, &'a str, &'a str)];
        // (table, names the same in both languages, what the error must say)
        let faults: [(Table, &[&str], &str); 8] = [
            (&[("A", " ", "one")], &[], "A has no Indonesian text"),
            (&[("A", "satu", "")], &[], "A has no English text"),
            (
                &[("A", "satu", "one"), ("A", "dua", "two")],
                &[],
                "A is in the table twice",
            ),
            (
                &[("A", "satu {n}", "one {m}")],
                &[],
                "A: the placeholders differ",
            ),
            (
                &[("A", "{n} satu", "one")],
                &[],
                "A: the placeholders differ",
            ),
            (&[("A", "Unit", "Unit")], &[], "A is not translated"),
            (
                &[("A", "satu", "one")],
                &["A"],
                "A is listed as the same in both languages but differs",
            ),
            (
                &[("A", "satu", "one")],
                &["B"],
                "B is listed as the same in both languages but is not in the table",
            ),
        ];
        for (table, same, expected) in faults {
            let err = check_table(table, same).unwrap_err();
            assert!(err.contains(expected), "{table:?}: {err}");
        }
        // Every fault is told, not only the first.
        let err = check_table(&[("A", "", "x"), ("B", "y", "y")], &[]).unwrap_err();
        assert_eq!(err.lines().count(), 2, "{err}");
    }
}
