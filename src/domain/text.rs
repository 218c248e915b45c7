//! Text a planner types or imports holds no character a terminal would obey: no C0 or C1
//! control, no DEL, no bidirectional control (the rule of [`crate::lang::safe`]); a line
//! break only where the field has several lines (a note). Every entry point (the imports,
//! the command line, the app) asks [`refused`] and shows its message, which names the field
//! and the character (`U+202E RIGHT-TO-LEFT OVERRIDE`).

use crate::lang::safe::{code_point, first_refused};
use crate::lang::{Msg, Value, msg};

/// The message refusing `text` as the value of `field` (a message such as
/// `domain-field-reason`, or a file's key), if it holds a character it may not.
pub fn refused(field: impl Into<Value>, text: &str, multi_line: bool) -> Option<Msg> {
    let c = first_refused(text, multi_line)?;
    Some(msg!(
        "domain-text-refused",
        field = field.into(),
        char = code_point(c)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn the_message_names_the_field_and_the_character() {
        let m = refused(msg!("domain-field-reason"), "Rotasi\u{202e}", false);
        let said = Lang::En.say(&m.unwrap_or_else(|| msg!("domain-field-reason")));
        assert!(said.contains("U+202E RIGHT-TO-LEFT OVERRIDE"), "{said}");
        assert!(said.contains("reason"), "{said}");
        assert!(refused("note", "baris satu\nbaris dua", true).is_none());
        assert!(refused("name", "Siti\u{1b}[2J", false).is_some());
        assert!(refused("name", "Dra. Hj. Siti Aminah, M.Si.", false).is_none());
    }
}
