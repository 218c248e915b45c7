//! The key map in effect: the default tables of [`super::keys`] with the settings file's
//! overrides applied, checked once at start.
//!
//! An override replaces every key of one action in one mode (`[keys.browse] candidates =
//! "C"`). Checked: the mode and the action exist, the key names parse, a typing mode keeps
//! its printable characters for text, and no key ends up meaning two things in a mode
//! (including the global keys, which work in every mode).

use std::borrow::Cow;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Mode};
pub use super::key_error::{KeyMapError, KeyProblem};
use super::keys::{self, Binding, Key};
use crate::settings::KeyOverride;

/// The bindings of every mode, as the input layer, the help overlay and the status bar use
/// them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyMap {
    global: Vec<Binding>,
    /// One table per mode, in [`keys::MODES`] order.
    modes: Vec<Vec<Binding>>,
}

impl Default for KeyMap {
    fn default() -> Self {
        KeyMap {
            global: keys::GLOBAL.to_vec(),
            modes: keys::MODES
                .iter()
                .map(|&m| keys::bindings(m).to_vec())
                .collect(),
        }
    }
}

fn index(mode: Mode) -> usize {
    keys::MODES.iter().position(|&m| m == mode).unwrap_or(0)
}

impl KeyMap {
    /// The defaults with `overrides` applied; the first problem found is the error.
    pub fn with_overrides(overrides: &[KeyOverride]) -> Result<KeyMap, KeyMapError> {
        let mut map = KeyMap::default();
        for o in overrides {
            let err = |problem: KeyProblem| KeyMapError {
                line: o.line,
                problem,
            };
            let mode = if o.mode == "global" {
                None
            } else {
                Some(
                    mode_by_name(&o.mode)
                        .ok_or_else(|| err(KeyProblem::UnknownMode(o.mode.clone())))?,
                )
            };
            let table = match mode {
                None => &mut map.global,
                Some(m) => &mut map.modes[index(m)],
            };
            let names: Vec<&str> = table.iter().filter_map(|b| action_name(b.action)).collect();
            let binding = table
                .iter_mut()
                .find(|b| action_name(b.action) == Some(o.action.as_str()))
                .ok_or_else(|| {
                    err(KeyProblem::UnknownAction {
                        mode: o.mode.clone(),
                        action: o.action.clone(),
                        actions: names.join(", "),
                    })
                })?;
            let mut parsed = Vec::with_capacity(o.keys.len());
            for name in &o.keys {
                let key = parse_key(name).map_err(&err)?;
                if let Some(m) = mode
                    && typed_as_text(m)
                    && is_plain_char(key)
                {
                    return Err(err(KeyProblem::TypedAsText {
                        name: name.clone(),
                        mode: o.mode.clone(),
                    }));
                }
                if !parsed.contains(&key) {
                    parsed.push(key);
                }
            }
            binding.keys = Cow::Owned(parsed);
        }
        map.check_clashes(overrides)?;
        Ok(map)
    }

    fn check_clashes(&self, overrides: &[KeyOverride]) -> Result<(), KeyMapError> {
        for (i, &mode) in keys::MODES.iter().enumerate() {
            let all: Vec<(Key, Action, bool)> = self.modes[i]
                .iter()
                .map(|b| (b, false))
                .chain(self.global.iter().map(|b| (b, true)))
                .flat_map(|(b, g)| b.keys.iter().map(move |&k| (k, b.action, g)))
                .collect();
            for (n, &(key, a, a_global)) in all.iter().enumerate() {
                let Some(&(_, other, o_global)) =
                    all[n + 1..].iter().find(|(k, b, _)| *k == key && *b != a)
                else {
                    continue;
                };
                let name = |x: Action| action_name(x).unwrap_or("?");
                let mode_of = |g: bool| if g { "global" } else { mode_name(mode) };
                // Blame the override that brought the key in (either side may have).
                let line = overrides
                    .iter()
                    .filter(|o| {
                        (o.mode == mode_of(a_global) && o.action == name(a))
                            || (o.mode == mode_of(o_global) && o.action == name(other))
                    })
                    .find(|o| o.keys.iter().any(|k| parse_key(k) == Ok(key)))
                    .and_then(|o| o.line);
                return Err(KeyMapError {
                    line,
                    problem: KeyProblem::Clash {
                        key: super::key_label(key),
                        first: (name(a), mode_of(a_global)),
                        second: (name(other), mode_of(o_global)),
                        mode: mode_name(mode),
                    },
                });
            }
        }
        Ok(())
    }

    /// The bindings of one mode (without the global ones).
    pub fn bindings(&self, mode: Mode) -> &[Binding] {
        &self.modes[index(mode)]
    }

    /// The keys that work in every mode.
    pub fn global(&self) -> &[Binding] {
        &self.global
    }

    /// The bindings shown in the help overlay for a mode: its own, then the global ones.
    pub fn help_bindings(&self, mode: Mode) -> impl Iterator<Item = &Binding> {
        self.bindings(mode).iter().chain(self.global.iter())
    }

    /// The bindings named in the status bar for a mode.
    pub fn hint_bindings(&self, mode: Mode) -> impl Iterator<Item = &Binding> {
        self.bindings(mode).iter().filter(|b| b.hint)
    }

    /// The first key of an action in a mode (how a message names it).
    pub fn key_of(&self, mode: Mode, action: Action) -> Option<Key> {
        self.help_bindings(mode)
            .find(|b| b.action == action)
            .and_then(|b| b.keys.first().copied())
    }

    /// The action a key press means in a mode, if any.
    pub fn action_for(&self, mode: Mode, event: KeyEvent) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let key = super::normalize(event);
        let lookup = |table: &[Binding]| {
            table
                .iter()
                .find(|b| b.keys.contains(&key))
                .map(|b| b.action)
        };
        if let Some(a) = lookup(&self.global).or_else(|| lookup(self.bindings(mode))) {
            return Some(a);
        }
        if mode == Mode::Note {
            return Some(Action::Edit(super::edit_key(event)));
        }
        match key.code {
            KeyCode::Char(ch)
                if keys::types_text(mode)
                    && !key
                        .mods
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::SearchInput(ch))
            }
            _ => None,
        }
    }
}

/// Modes where a plain character is text, not a command.
fn typed_as_text(mode: Mode) -> bool {
    keys::types_text(mode) || mode == Mode::Note
}

fn is_plain_char(key: Key) -> bool {
    matches!(key.code, KeyCode::Char(_))
        && !key
            .mods
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// The name of a mode in the settings file (`[keys.browse]`).
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Browse => "browse",
        Mode::Search => "search",
        Mode::Help => "help",
        Mode::Carrying => "carrying",
        Mode::Plans => "plans",
        Mode::Prompt => "prompt",
        Mode::Confirm => "confirm",
        Mode::Compare => "compare",
        Mode::Review => "review",
        Mode::Talent => "talent",
        Mode::Readiness => "readiness",
        Mode::Note => "note",
    }
}

fn mode_by_name(name: &str) -> Option<Mode> {
    keys::MODES.into_iter().find(|&m| mode_name(m) == name)
}

/// The name of an action in the settings file; `None` for what no key can mean (typed
/// text, mouse, resize).
pub fn action_name(action: Action) -> Option<&'static str> {
    action.spec().name
}

/// Parses a key as written in the settings file: a character (`C`, `*`), `ctrl-x`,
/// `alt-x`, or a named key (`enter`, `f2`, `pagedown`...).
pub fn parse_key(name: &str) -> Result<Key, KeyProblem> {
    let unknown = || KeyProblem::UnknownKey(name.to_string());
    let lower = name.to_ascii_lowercase();
    for (prefix, mods) in [
        ("ctrl-", KeyModifiers::CONTROL),
        ("alt-", KeyModifiers::ALT),
    ] {
        if let Some(rest) = lower.strip_prefix(prefix)
            && !rest.is_empty()
        {
            let rest_orig = &name[prefix.len()..];
            let code = single_char(rest_orig)
                .map(|c| {
                    if mods == KeyModifiers::CONTROL {
                        KeyCode::Char(c.to_ascii_lowercase())
                    } else {
                        KeyCode::Char(c)
                    }
                })
                .or_else(|| named(rest))
                .ok_or_else(unknown)?;
            return Ok(Key { code, mods });
        }
    }
    if let Some(c) = single_char(name) {
        return Ok(Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::NONE,
        });
    }
    named(&lower)
        .map(|code| Key {
            code,
            mods: KeyModifiers::NONE,
        })
        .ok_or_else(unknown)
}

fn single_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) if !c.is_control() => Some(c),
        _ => None,
    }
}

fn named(s: &str) -> Option<KeyCode> {
    Some(match s {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "space" => KeyCode::Char(' '),
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        f => {
            let n: u8 = f.strip_prefix('f')?.parse().ok()?;
            if !(1..=12).contains(&n) {
                return None;
            }
            KeyCode::F(n)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn o(mode: &str, action: &str, keys: &[&str], line: usize) -> KeyOverride {
        KeyOverride {
            mode: mode.into(),
            action: action.into(),
            keys: keys.iter().map(|k| k.to_string()).collect(),
            line: Some(line),
        }
    }

    fn press(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn the_default_map_is_the_tables() {
        let map = KeyMap::default();
        for mode in keys::MODES {
            assert_eq!(map.bindings(mode), keys::bindings(mode), "{mode:?}");
        }
    }

    #[test]
    fn every_bound_action_has_a_unique_name_in_its_mode() {
        for mode in keys::MODES {
            let names: Vec<&str> = keys::bindings(mode)
                .iter()
                .map(|b| action_name(b.action).unwrap())
                .collect();
            for (i, n) in names.iter().enumerate() {
                assert!(!names[i + 1..].contains(n), "{mode:?}: {n} twice");
            }
        }
    }

    #[test]
    fn an_override_moves_an_action_to_its_new_key() {
        let map = KeyMap::with_overrides(&[o("browse", "candidates", &["C"], 3)]).unwrap();
        assert_eq!(
            map.action_for(Mode::Browse, press('C')),
            Some(Action::OpenCandidates)
        );
        assert_eq!(map.action_for(Mode::Browse, press('c')), None);
        assert_eq!(
            map.key_of(Mode::Browse, Action::OpenCandidates),
            parse_key("C").ok()
        );
        // Other modes keep their keys.
        assert_eq!(
            map.action_for(Mode::Plans, press('c')),
            Some(Action::PlanDuplicate)
        );
    }

    #[test]
    fn keys_parse_by_name() {
        let cases = [
            ("C", KeyCode::Char('C'), KeyModifiers::NONE),
            ("*", KeyCode::Char('*'), KeyModifiers::NONE),
            ("ctrl-R", KeyCode::Char('r'), KeyModifiers::CONTROL),
            ("Ctrl-x", KeyCode::Char('x'), KeyModifiers::CONTROL),
            ("alt-x", KeyCode::Char('x'), KeyModifiers::ALT),
            ("F2", KeyCode::F(2), KeyModifiers::NONE),
            ("PageDown", KeyCode::PageDown, KeyModifiers::NONE),
            ("space", KeyCode::Char(' '), KeyModifiers::NONE),
            ("ctrl-enter", KeyCode::Enter, KeyModifiers::CONTROL),
        ];
        for (name, code, mods) in cases {
            assert_eq!(parse_key(name), Ok(Key { code, mods }), "{name}");
        }
        for bad in ["", "f13", "ctrl-", "shift-x", "enterr", "ab"] {
            assert!(parse_key(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_overrides_say_what_and_where() {
        // Lib tests read the default language, Bahasa Indonesia (English: tests/domain_english.rs).
        let cases = [
            (
                o("brows", "candidates", &["C"], 4),
                "baris 4: mode [keys.brows] tidak dikenal",
            ),
            (
                o("browse", "candidate", &["C"], 5),
                "tidak ada aksi \"candidate\"",
            ),
            (
                o("browse", "candidates", &["ctrl-"], 6),
                "tombol \"ctrl-\" tidak dikenal",
            ),
            // `j` already means down in browse.
            (
                o("browse", "candidates", &["j"], 7),
                "tombol j akan berarti \"down\" ([keys.browse]) sekaligus \"candidates\"",
            ),
            // Ctrl-C quits everywhere.
            (
                o("talent", "choose", &["ctrl-c"], 8),
                "\"quit\" ([keys.global])",
            ),
            (o("search", "accept", &["x"], 9), "diketik sebagai teks"),
            (o("note", "save", &["s"], 10), "diketik sebagai teks"),
        ];
        for (ov, says) in cases {
            let line = ov.line;
            let e = KeyMap::with_overrides(&[ov]).unwrap_err();
            let said = Lang::Id.say(&e.msg());
            assert_eq!(e.line, line, "{said}");
            assert!(said.contains(says), "{said}");
        }
    }

    #[test]
    fn a_global_key_may_not_take_a_key_some_mode_uses() {
        let e = KeyMap::with_overrides(&[o("global", "quit", &["ctrl-c", "q"], 2)]).unwrap_err();
        assert_eq!(e.line, Some(2));
        let said = Lang::Id.say(&e.msg());
        assert!(said.contains("tombol q"), "{said}");
    }

    #[test]
    fn swapping_two_keys_is_allowed() {
        let map = KeyMap::with_overrides(&[
            o("browse", "undo", &["U"], 1),
            o("browse", "mark", &["u"], 2),
        ])
        .unwrap();
        assert_eq!(
            map.action_for(Mode::Browse, press('u')),
            Some(Action::ToggleMark)
        );
        assert_eq!(map.action_for(Mode::Browse, press('U')), Some(Action::Undo));
    }
}
