//! What is wrong with a key override of the settings file, as messages the layer that shows
//! them words. Mode, action and key names (`[keys.browse]`, `candidates`, `ctrl-x`) stay as
//! the settings file writes them.

use super::keymap::mode_name;
use super::keys;
use crate::lang::{Msg, msg};

/// A key override that cannot be applied, with its line in the settings file; it is worded
/// by the layer that shows it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct KeyMapError {
    pub line: Option<usize>,
    pub problem: KeyProblem,
}

/// What is wrong with a key override.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyProblem {
    /// `[keys.MODE]` names no mode.
    UnknownMode(String),
    /// The mode has no such action; `actions` lists those it has.
    UnknownAction {
        mode: String,
        action: String,
        actions: String,
    },
    /// A key name that is not a key.
    UnknownKey(String),
    /// A printable character for a mode where characters are text.
    TypedAsText { name: String, mode: String },
    /// One key would mean two actions in `mode`: (action, the mode its binding is in).
    Clash {
        key: String,
        first: (&'static str, &'static str),
        second: (&'static str, &'static str),
        mode: &'static str,
    },
}

impl KeyProblem {
    /// The message saying what is wrong and what to do, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            KeyProblem::UnknownMode(mode) => msg!(
                "keys-unknown-mode",
                mode = mode,
                modes = keys::MODES.map(mode_name).join(", ")
            ),
            KeyProblem::UnknownAction {
                mode,
                action,
                actions,
            } => msg!(
                "keys-unknown-action",
                action = action,
                mode = mode,
                actions = actions
            ),
            KeyProblem::UnknownKey(name) => msg!("keys-unknown-key", name = name),
            KeyProblem::TypedAsText { name, mode } => {
                msg!("keys-typed-as-text", name = name, mode = mode)
            }
            KeyProblem::Clash {
                key,
                first,
                second,
                mode,
            } => msg!(
                "keys-clash",
                key = key,
                first = first.0,
                first_mode = first.1,
                second = second.0,
                second_mode = second.1,
                mode = *mode
            ),
        }
    }
}

impl KeyMapError {
    /// The problem with its line, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self.line {
            Some(l) => msg!(
                "keys-at-line",
                line = l.to_string(),
                problem = self.problem.msg()
            ),
            None => self.problem.msg(),
        }
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl std::fmt::Display for KeyProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl std::fmt::Display for KeyMapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}
