//! What a key override's error says, in Bahasa Indonesia and English. Mode, action and key
//! names (`[keys.browse]`, `candidates`, `ctrl-x`) stay as the settings file writes them.

use crate::lang::{Lang, lang};

/// Where the problem is: `line 3: ...`.
pub fn at_line(line: usize, message: &str) -> String {
    match lang() {
        Lang::Id => format!("baris {line}: {message}"),
        Lang::En => format!("line {line}: {message}"),
    }
}

/// `[keys.MODE]` with a mode that does not exist.
pub fn unknown_mode(mode: &str, modes: &str) -> String {
    match lang() {
        Lang::Id => {
            format!("mode [keys.{mode}] tidak dikenal: gunakan salah satu dari global, {modes}")
        }
        Lang::En => format!("unknown mode [keys.{mode}]: use one of global, {modes}"),
    }
}

/// An action the mode does not have.
pub fn unknown_action(action: &str, mode: &str, actions: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "tidak ada aksi \"{action}\" di [keys.{mode}]: gunakan salah satu dari {actions}"
        ),
        Lang::En => format!("no action \"{action}\" in [keys.{mode}]: use one of {actions}"),
    }
}

/// A key name that is not a key.
pub fn unknown_key(name: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "tombol \"{name}\" tidak dikenal: tulis satu karakter (\"C\", \"*\"), ctrl-x, alt-x, \
             atau salah satu dari enter, esc, tab, space, backspace, delete, up, down, left, \
             right, pageup, pagedown, home, end, f1-f12"
        ),
        Lang::En => format!(
            "unknown key \"{name}\": write a character (\"C\", \"*\"), ctrl-x, alt-x, or one of \
             enter, esc, tab, space, backspace, delete, up, down, left, right, pageup, pagedown, \
             home, end, f1-f12"
        ),
    }
}

/// A printable character for a mode where characters are typed as text.
pub fn typed_as_text(name: &str, mode: &str) -> String {
    match lang() {
        Lang::Id => format!(
            "\"{name}\" tidak dapat menjadi tombol di [keys.{mode}]: karakter yang dapat dicetak \
             diketik sebagai teks di sana; gunakan ctrl-, alt- atau tombol bernama seperti f2"
        ),
        Lang::En => format!(
            "\"{name}\" cannot be a key in [keys.{mode}]: printable characters are typed there; \
             use ctrl-, alt- or a named key such as f2"
        ),
    }
}

/// One key for two actions in a mode.
pub fn clash(key: &str, a: (&str, &str), b: (&str, &str), mode: &str) -> String {
    let ((a, a_mode), (b, b_mode)) = (a, b);
    match lang() {
        Lang::Id => format!(
            "tombol {key} akan berarti \"{a}\" ([keys.{a_mode}]) sekaligus \"{b}\" \
             ([keys.{b_mode}]) di mode {mode}: pilih tombol lain, atau pindahkan juga aksi yang \
             lain"
        ),
        Lang::En => format!(
            "key {key} would mean both \"{a}\" ([keys.{a_mode}]) and \"{b}\" ([keys.{b_mode}]) \
             in mode {mode}: choose another key, or move the other action too"
        ),
    }
}
