//! Terminal-safe text: the one rule for what penata never sends to a terminal.
//!
//! A text that reaches a terminal (a name, a title, a note, a reason, an environment value)
//! may hold characters that a terminal obeys instead of showing: C0 controls (ESC starts an
//! escape sequence, BEL ends an OSC such as the clipboard's OSC 52), DEL, C1 controls
//! (U+0080-U+009F, which some terminals read as ESC sequences) and the bidirectional controls
//! that reorder what is shown (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C).
//! [`is_unsafe`] names them; the command line shows them escaped, as Rust writes them
//! (`\u{1b}`), with [`visible`] (one line: a line break is escaped too, so a value cannot forge
//! a line) or [`visible_lines`] (a whole output: line breaks and tabs are layout); JSON output
//! escapes them as JSON does (`\u001b`) with [`json`]. The screen, where every cell counts,
//! shows [`shown`]: a space for a C0 control (a line break or tab in a cell), `\u{FFFD}` for
//! the rest, so nothing moves the cursor or reorders the line.
//!
//! The same characters are refused where a planner types or imports text
//! (`domain::validate::text`).

use std::borrow::Cow;

/// Whether a character is never sent to a terminal as it is: a C0 control (line break and
/// tab included: callers that keep them say so), DEL, a C1 control or a bidirectional control.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi(c)
}

/// Whether a character is a bidirectional control (embedding, override, isolate, mark).
pub fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// A one-line value made safe: every unsafe character, line break and tab included, is shown
/// escaped (`\u{1b}`, `\u{a}`), never sent.
pub fn visible(s: &str) -> Cow<'_, str> {
    escape(s, is_unsafe)
}

/// A whole output (several lines) made safe: line breaks and tabs stay, every other unsafe
/// character (a carriage return too) is shown escaped.
pub fn visible_lines(s: &str) -> Cow<'_, str> {
    escape(s, |c| c != '\n' && c != '\t' && is_unsafe(c))
}

fn escape(s: &str, bad: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text made safe: serde_json escapes C0 controls but writes DEL, C1 and bidirectional
/// controls as they are; this escapes those too (`\u202e`). Outside its strings JSON holds
/// ASCII only, so every such character is inside a string and the result reads back the same.
pub fn json(text: String) -> String {
    if !text.chars().any(is_unsafe) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) && c != '\n' {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// What the screen shows for a character: a space for a C0 control (a line break or tab in a
/// one-line cell keeps the words apart), the replacement character for DEL, C1 and
/// bidirectional controls, the character itself otherwise. One column either way, so the
/// cell's width stays what it measures.
pub fn shown(c: char) -> char {
    match c {
        '\0'..='\u{1F}' => ' ',
        c if is_unsafe(c) => '\u{FFFD}',
        c => c,
    }
}

/// A line for the screen: [`shown`] for every character.
pub fn shown_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(shown).collect())
}

/// The code point of a character and, for the controls people meet, its name:
/// `U+202E RIGHT-TO-LEFT OVERRIDE`, `U+001B ESCAPE`, `U+0085`.
pub fn code_point(c: char) -> String {
    let name = match c {
        '\u{0}' => " NULL",
        '\u{7}' => " BELL",
        '\u{8}' => " BACKSPACE",
        '\t' => " CHARACTER TABULATION",
        '\n' => " LINE FEED",
        '\r' => " CARRIAGE RETURN",
        '\u{1B}' => " ESCAPE",
        '\u{7F}' => " DELETE",
        '\u{9B}' => " CONTROL SEQUENCE INTRODUCER",
        '\u{9D}' => " OPERATING SYSTEM COMMAND",
        '\u{200E}' => " LEFT-TO-RIGHT MARK",
        '\u{200F}' => " RIGHT-TO-LEFT MARK",
        '\u{061C}' => " ARABIC LETTER MARK",
        '\u{202A}' => " LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => " RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => " POP DIRECTIONAL FORMATTING",
        '\u{202D}' => " LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => " RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => " LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => " RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => " FIRST STRONG ISOLATE",
        '\u{2069}' => " POP DIRECTIONAL ISOLATE",
        _ => "",
    };
    format!("U+{:04X}{name}", c as u32)
}

/// The first character a text may not hold: any unsafe one, a line break allowed when
/// `multi_line` (a note) and a carriage return never.
pub fn first_refused(s: &str, multi_line: bool) -> Option<char> {
    s.chars()
        .find(|&c| is_unsafe(c) && !(multi_line && c == '\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str =
        "a\u{1b}]52;c;aGk=\u{7}b\u{9b}31m\u{202e}c\u{2066}\u{200f}\u{61c}\u{7f}\r\n";

    #[test]
    fn visible_escapes_every_control_and_bidi_and_the_line_break() {
        let v = visible(HOSTILE);
        assert!(!v.chars().any(is_unsafe), "{v:?}");
        assert_eq!(
            v,
            "a\\u{1b}]52;c;aGk=\\u{7}b\\u{9b}31m\\u{202e}c\\u{2066}\\u{200f}\\u{61c}\\u{7f}\\u{d}\\u{a}"
        );
        assert!(matches!(visible("Siti Rahayu, S.E."), Cow::Borrowed(_)));
    }

    #[test]
    fn visible_lines_keeps_line_breaks_and_tabs_only() {
        let v = visible_lines("x\ty\r\n\u{85}z\n");
        assert_eq!(v, "x\ty\\u{d}\n\\u{85}z\n");
    }

    #[test]
    fn json_escapes_c1_and_bidi_and_reads_back_the_same() {
        let value = serde_json::json!({ "name": HOSTILE, "emoji": "\u{1F600}" });
        let text = json(serde_json::to_string(&value).unwrap_or_default());
        assert!(!text.chars().any(is_unsafe), "{text}");
        assert!(
            text.contains("\\u202e") && text.contains("\\u009b"),
            "{text}"
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back, value);
    }

    #[test]
    fn the_screen_keeps_one_column_per_control() {
        assert_eq!(
            shown_line("a\u{1b}b\u{202e}c\u{85}"),
            "a b\u{FFFD}c\u{FFFD}"
        );
        assert_eq!(shown('é'), 'é');
    }

    #[test]
    fn code_points_are_named() {
        assert_eq!(code_point('\u{202e}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(code_point('\u{85}'), "U+0085");
        assert_eq!(first_refused("a\nb", true), None);
        assert_eq!(first_refused("a\nb", false), Some('\n'));
        assert_eq!(first_refused("a\r\nb", true), Some('\r'));
    }
}
