//! What is wrong with a settings file, and where, as messages the layer that shows them
//! words. Keys, values and section names (`[keys.browse]`, `high_contrast`) stay as the file
//! writes them; the TOML reader's own type names are translated where a language has words
//! for them.

use std::fmt;

use crate::lang::{Msg, msg};

/// What is wrong with a settings file, and where (the file may be read before the language
/// is known, so it is worded when shown).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct SettingsError {
    /// The line (1-based), when known.
    pub line: Option<usize>,
    pub problem: Problem,
}

/// What is wrong with one setting.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
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
    /// The size cap of an imported file, in MB.
    InputMb,
}

impl Quantity {
    /// What the quantity is, in a message.
    pub fn msg(self) -> Msg {
        match self {
            Quantity::Level => msg!("settings-level"),
            Quantity::RetirementAge => msg!("settings-retirement-age"),
            Quantity::InputMb => msg!("settings-input-mb"),
        }
    }
}

/// The TOML reader's type names and the message of each (the reader's own words).
const TYPE_NAMES: [(&str, &str); 13] = [
    ("a boolean", "settings-type-a-boolean"), // i18n-exempt: the TOML reader's words
    ("boolean", "settings-type-boolean"),
    ("f64", "settings-type-f64"),
    ("i64", "settings-type-i64"),
    ("u8", "settings-type-u8"),
    ("integer", "settings-type-integer"),
    ("floating point", "settings-type-floating-point"), // i18n-exempt: the TOML reader's words
    ("string", "settings-type-string"),
    ("a string", "settings-type-a-string"), // i18n-exempt: the TOML reader's words
    ("a sequence", "settings-type-a-sequence"), // i18n-exempt: the TOML reader's words
    ("sequence", "settings-type-sequence"),
    ("map", "settings-type-map"),
    ("a map", "settings-type-a-map"), // i18n-exempt: the TOML reader's words
];

/// A type as the TOML reader names it (`a boolean`, `f64`, `string "x"`), as a message.
fn type_name(name: &str) -> Msg {
    for (reader, id) in TYPE_NAMES {
        if name == reader {
            return Msg::new(id);
        }
        if let Some(rest) = name.strip_prefix(reader)
            && rest.starts_with(' ')
        {
            return msg!("settings-type-with-value", name = Msg::new(id), rest = rest);
        }
    }
    msg!("settings-type-as-read", name = name)
}

/// The choices as the TOML reader lists them; two choices (`` `id` or `en` ``) read in the
/// language.
fn choices(allowed: &str) -> Msg {
    // i18n-exempt: the TOML reader's words
    match allowed.split_once("` or `") {
        Some((first, second)) => msg!(
            "settings-either",
            first = format!("{first}`"),
            second = format!("`{second}")
        ),
        None => msg!("settings-type-as-read", name = allowed),
    }
}

impl Problem {
    /// The message saying what is wrong and what to do, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            Problem::UnknownKey { key, allowed } => {
                msg!("settings-unknown-key", key = key, allowed = allowed)
            }
            Problem::UnknownValue { value, allowed } => {
                msg!(
                    "settings-unknown-value",
                    value = value,
                    allowed = choices(allowed)
                )
            }
            Problem::WrongType { found, expected } => msg!(
                "settings-wrong-type",
                found = type_name(found),
                expected = type_name(expected)
            ),
            Problem::KeySpec => msg!("settings-key-spec"),
            Problem::Toml(message) => msg!("settings-not-toml", message = message),
            Problem::NoKey { mode, action } => {
                msg!("settings-no-key", mode = mode, action = action)
            }
            // The file's numbers as written, not as counts.
            Problem::OutOfRange {
                value,
                what,
                min,
                max,
            } => msg!(
                "settings-out-of-range",
                value = value.to_string(),
                what = what.msg(),
                min = min.to_string(),
                max = max.to_string()
            ),
            Problem::FitThresholds { middle, high } => msg!(
                "settings-fit-thresholds",
                middle = middle.to_string(),
                high = high.to_string()
            ),
        }
    }

    /// Sorts a message of the TOML reader into what the file got wrong.
    pub(super) fn of_toml(message: &str) -> Problem {
        let message = message.trim_end();
        // The reader's own words (serde's), in English whatever the language.
        let split = |rest: &str| {
            rest.split_once("`, expected ").map(|(x, allowed)| {
                // i18n-exempt: the TOML reader's words
                let allowed = allowed.trim_start_matches("one of ");
                (x.to_string(), allowed.to_owned())
            })
        };
        // i18n-exempt: the TOML reader's words
        if let Some((key, allowed)) = message.strip_prefix("unknown field `").and_then(split) {
            return Problem::UnknownKey { key, allowed };
        }
        // i18n-exempt: the TOML reader's words
        if let Some((value, allowed)) = message.strip_prefix("unknown variant `").and_then(split) {
            return Problem::UnknownValue { value, allowed };
        }
        if let Some((found, expected)) = message
            .strip_prefix("invalid type: ") // i18n-exempt: the TOML reader's words
            .and_then(|rest| rest.split_once(", expected "))
        {
            return Problem::WrongType {
                found: found.into(),
                expected: expected.into(),
            };
        }
        // i18n-exempt: the TOML reader's words
        if message.starts_with("data did not match any variant of untagged enum KeySpec") {
            return Problem::KeySpec;
        }
        Problem::Toml(message.to_string())
    }
}

impl SettingsError {
    /// The problem with its line, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self.line {
            Some(l) => msg!(
                "settings-at-line",
                line = l.to_string(),
                problem = self.problem.msg()
            ),
            None => self.problem.msg(),
        }
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn two_choices_read_in_each_language() {
        let p = Problem::UnknownValue {
            value: "fr".into(),
            allowed: "`id` or `en`".into(),
        };
        assert_eq!(
            Lang::Id.say(&p.msg()),
            "nilai `fr` tidak dikenal: gunakan salah satu dari `id` atau `en`"
        );
        assert_eq!(
            Lang::En.say(&p.msg()),
            "unknown variant `fr`: use one of `id` or `en`"
        );
    }

    #[test]
    fn type_names_read_in_indonesian_and_stay_in_english() {
        let id = |name: &str| Lang::Id.say(&type_name(name));
        assert_eq!(id("a boolean"), "true atau false");
        assert_eq!(id("string \"yes\""), "teks \"yes\"");
        assert_eq!(id("floating point `1.5`"), "pecahan `1.5`");
        assert_eq!(id("KeySpec"), "KeySpec");
        for (reader, _) in TYPE_NAMES {
            assert_eq!(Lang::En.say(&type_name(reader)), reader);
        }
        assert_eq!(Lang::En.say(&type_name("string \"yes\"")), "string \"yes\"");
    }
}
