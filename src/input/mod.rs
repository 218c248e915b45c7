//! Keys to actions: the one place that knows which key does what.
//!
//! The default tables are [`keys`]; the map in effect is a [`KeyMap`] (the defaults with
//! the settings file's overrides), kept in the app state. The help overlay and the
//! status-bar hints read that same map, so what the screen says a key does is what it does.
//! The vocabulary the map speaks ([`Action`], [`Mode`]) and what each action is
//! ([`Action::spec`]: its name here, its words, whether it writes) are in [`action`].

pub mod action;
mod key_error;
pub mod keymap;
pub mod keys;

use std::sync::LazyLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use action::{Action, ActionSpec, CandidateToggle, EditKey, Mode, MouseKind, Writes};
pub use keymap::{KeyMap, KeyMapError, KeyProblem, action_name, mode_name, parse_key};
pub use keys::{Binding, GLOBAL, Key, MODES, bindings, types_text};

static DEFAULT_MAP: LazyLock<KeyMap> = LazyLock::new(KeyMap::default);

/// The action a key press means in a mode with the default keys, if any (the app uses its
/// own [`KeyMap`], which may carry overrides).
pub fn action_for(mode: Mode, event: KeyEvent) -> Option<Action> {
    DEFAULT_MAP.action_for(mode, event)
}

/// A key for the text editor (its own shortcuts: arrows, Home/End, Ctrl-A/E/K/U/Z...).
pub fn edit_key(event: KeyEvent) -> EditKey {
    let input = ratatui_textarea::Input::from(event);
    EditKey {
        key: input.key,
        ctrl: input.ctrl,
        alt: input.alt,
        shift: input.shift,
    }
}

/// The editor key for one pasted character (a line break starts a new line).
pub fn pasted_key(ch: char) -> EditKey {
    let key = match ch {
        '\n' => ratatui_textarea::Key::Enter,
        '\t' => ratatui_textarea::Key::Tab,
        c => ratatui_textarea::Key::Char(c),
    };
    EditKey {
        key,
        ctrl: false,
        alt: false,
        shift: false,
    }
}

pub(crate) fn normalize(event: KeyEvent) -> Key {
    let mut mods =
        event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    let code = match event.code {
        KeyCode::Char(ch) => {
            // Terminals report `G` as Shift+G or plain `G`; the character already says it.
            mods.remove(KeyModifiers::SHIFT);
            if mods.contains(KeyModifiers::CONTROL) {
                KeyCode::Char(ch.to_ascii_lowercase())
            } else {
                KeyCode::Char(ch)
            }
        }
        other => other,
    };
    Key { code, mods }
}

/// How a key is written in the help overlay and the status bar (ASCII only, so it reads
/// the same on a Linux console).
pub fn key_label(key: Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(ch) => ch.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Up => "Up".into(),
        KeyCode::Down => "Down".into(),
        KeyCode::Left => "Left".into(),
        KeyCode::Right => "Right".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else if key.mods.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else {
        base
    }
}

/// Every key of a binding, joined for the help overlay: `j Down`.
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(|&k| key_label(k))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The bindings shown in the help overlay for a mode: its own, then the global ones.
pub fn help_bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    bindings(mode).iter().chain(GLOBAL.iter())
}

/// The bindings named in the status bar for a mode.
pub fn hint_bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    bindings(mode).iter().filter(|b| b.hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn letters_and_arrows_map_alike() {
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        let down = press(KeyCode::Down, KeyModifiers::NONE);
        assert_eq!(action_for(Mode::Browse, j), Some(Action::Down));
        assert_eq!(action_for(Mode::Browse, down), Some(Action::Down));
    }

    #[test]
    fn shifted_letters_are_their_own_keys() {
        let g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(Mode::Browse, g), Some(Action::End));
        let q = press(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(action_for(Mode::Browse, q), Some(Action::Help));
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        let cc = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in MODES {
            assert_eq!(action_for(mode, cc), Some(Action::Quit), "{mode:?}");
        }
    }

    #[test]
    fn search_types_letters_but_not_control_keys() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(Mode::Search, q), Some(Action::SearchInput('q')));
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(action_for(Mode::Search, j), Some(Action::SearchInput('j')));
        let cu = press(KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(action_for(Mode::Search, cu), Some(Action::SearchClear));
        let cx = press(KeyCode::Char('x'), KeyModifiers::CONTROL);
        assert_eq!(action_for(Mode::Search, cx), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in MODES {
            let all: Vec<Key> = help_bindings(mode)
                .flat_map(|b| b.keys.iter().copied())
                .collect();
            for (i, k) in all.iter().enumerate() {
                assert!(!all[i + 1..].contains(k), "{mode:?}: {k:?} bound twice");
            }
        }
    }

    #[test]
    fn labels_are_ascii() {
        for mode in MODES {
            for b in help_bindings(mode) {
                assert!(keys_label(b).is_ascii());
            }
        }
        let cc = Key {
            code: KeyCode::Char('c'),
            mods: KeyModifiers::CONTROL,
        };
        assert_eq!(key_label(cc), "Ctrl-C");
    }
}
