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

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Deserialize;

#[cfg(test)]
pub(crate) mod check;
mod io;
mod localizer;
mod number;
pub mod safe;

pub use io::io_error;
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
