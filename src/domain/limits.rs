//! How long a text field may be: a name, title or id is one line a planner reads; a note,
//! reason or remark a paragraph. Longer text is refused where it enters (an import, the
//! command line, the app), so no search, screen or printout pays for a 50 MB name.

use crate::lang::{Msg, msg};

/// The most characters of a name, title, id, task or other one-line field.
pub const MAX_LINE_CHARS: usize = 200;

/// The most characters of a note, move reason, remark or other free text.
pub const MAX_PARAGRAPH_CHARS: usize = 2000;

/// Checks a text against `max` characters; the refusal names the field and the length.
pub fn check_len(field: &str, text: &str, max: usize) -> Result<(), Msg> {
    // Counting stops just past the cap, so a huge text costs no more than a long one.
    let chars = text.chars().take(max + 1).count();
    if chars > max {
        return Err(msg!(
            "domain-too-long",
            field = field,
            chars = text.chars().count(),
            max = max
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_at_the_cap_passes_and_one_more_character_is_refused() {
        assert!(check_len("name", &"é".repeat(MAX_LINE_CHARS), MAX_LINE_CHARS).is_ok());
        let long = "é".repeat(MAX_LINE_CHARS + 1);
        let refused = check_len("name", &long, MAX_LINE_CHARS).unwrap_err();
        assert_eq!(refused.id, "domain-too-long");
        assert_eq!(
            crate::lang::Lang::En.say(&refused),
            "name is 201 characters long, more than the 200 penata keeps: shorten it"
        );
    }
}
