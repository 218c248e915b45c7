//! One line of typed text with a cursor, shared by the prompt and the lookup line.
//!
//! The cursor is a char index into the text, always on a character boundary and never
//! inside a character with its combining marks (a zero-width mark travels with the
//! character before it, so "N" + U+0303 is stepped over as one). Only printable characters
//! get in, and never more than the line's bound: pasted text cannot smuggle a line break or
//! an escape sequence into a plan name or the lookup query.

use unicode_width::UnicodeWidthChar;

use super::Action;

/// A single-line text being typed and where the cursor is in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputLine {
    text: String,
    /// Chars before the cursor (0 ..= the text's char count).
    cursor: usize,
    /// Most chars the line takes.
    max: usize,
}

/// What an edit did to the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edited {
    /// The action is not a line edit: the mode handles it.
    NotAnEdit,
    /// The cursor moved, or nothing happened (the text is the same).
    Same,
    /// The text changed.
    Changed,
}

impl InputLine {
    /// An empty line taking at most `max` chars.
    pub fn new(max: usize) -> Self {
        InputLine {
            text: String::new(),
            cursor: 0,
            max,
        }
    }

    /// A line with `text` already typed (cut to the bound, control characters dropped), the
    /// cursor at its end.
    pub fn with_text(text: &str, max: usize) -> Self {
        let mut line = InputLine::new(max);
        for c in text.chars() {
            line.insert(c);
        }
        line
    }

    /// The text typed so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Chars before the cursor.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The text before the cursor, the character under it (with its combining marks; empty
    /// at the end) and the rest: what a widget needs to draw the cursor where it is.
    pub fn split(&self) -> (&str, &str, &str) {
        let at = self.byte(self.cursor);
        let next = self.byte(self.step_right(self.cursor));
        (&self.text[..at], &self.text[at..next], &self.text[next..])
    }

    /// Applies an editing action; anything else is [`Edited::NotAnEdit`].
    pub fn apply(&mut self, action: Action) -> Edited {
        let changed = match action {
            Action::SearchInput(c) => self.insert(c),
            Action::SearchBackspace => self.backspace(),
            Action::LineDelete => self.delete(),
            Action::SearchClear => self.clear_to_start(),
            Action::LineDeleteWord => self.delete_word(),
            Action::LineLeft => self.move_to(self.step_left(self.cursor)),
            Action::LineRight => self.move_to(self.step_right(self.cursor)),
            Action::LineHome => self.move_to(0),
            Action::LineEnd => self.move_to(self.len()),
            _ => return Edited::NotAnEdit,
        };
        if changed {
            Edited::Changed
        } else {
            Edited::Same
        }
    }

    /// Empties the line.
    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    /// Types `c` at the cursor; control and bidi characters and anything past the bound are
    /// refused.
    fn insert(&mut self, c: char) -> bool {
        if crate::lang::safe::is_unsafe(c) || self.len() >= self.max {
            return false;
        }
        let at = self.byte(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
        true
    }

    fn backspace(&mut self) -> bool {
        let from = self.step_left(self.cursor);
        self.remove(from, self.cursor)
    }

    fn delete(&mut self) -> bool {
        self.remove(self.cursor, self.step_right(self.cursor))
    }

    fn clear_to_start(&mut self) -> bool {
        self.remove(0, self.cursor)
    }

    /// Deletes back to the start of the word before the cursor (spaces first, then the word).
    fn delete_word(&mut self) -> bool {
        let chars: Vec<char> = self.text.chars().collect();
        let mut from = self.cursor;
        while from > 0 && chars[from - 1].is_whitespace() {
            from -= 1;
        }
        while from > 0 && !chars[from - 1].is_whitespace() {
            from -= 1;
        }
        self.remove(from, self.cursor)
    }

    /// Removes chars `from..to` and leaves the cursor at `from`.
    fn remove(&mut self, from: usize, to: usize) -> bool {
        if from >= to {
            return false;
        }
        let (a, b) = (self.byte(from), self.byte(to));
        self.text.replace_range(a..b, "");
        self.cursor = from;
        true
    }

    fn move_to(&mut self, to: usize) -> bool {
        self.cursor = to;
        false
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    /// The byte offset of char index `i` (the text's length past the end).
    fn byte(&self, i: usize) -> usize {
        self.text
            .char_indices()
            .nth(i)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// The char index one character (with its combining marks) right of `i`.
    fn step_right(&self, i: usize) -> usize {
        let mut rest = self.text.chars().skip(i);
        if rest.next().is_none() {
            return i;
        }
        i + 1 + rest.take_while(|&c| is_mark(c)).count()
    }

    /// The char index one character (with its combining marks) left of `i`.
    fn step_left(&self, i: usize) -> usize {
        let before: Vec<char> = self.text.chars().take(i).collect();
        let mut j = i;
        while j > 0 && is_mark(before[j - 1]) {
            j -= 1;
        }
        j.saturating_sub(1)
    }
}

/// A character that takes no column of its own (a combining accent): it belongs to the
/// character before it.
fn is_mark(c: char) -> bool {
    c.width() == Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action as A;

    fn typed(text: &str) -> InputLine {
        InputLine::with_text(text, 20)
    }

    #[test]
    fn edits_happen_at_the_cursor() {
        let mut l = typed("budi");
        assert_eq!(l.apply(A::LineLeft), Edited::Same);
        assert_eq!(l.apply(A::LineLeft), Edited::Same);
        assert_eq!(l.apply(A::SearchInput('X')), Edited::Changed);
        assert_eq!((l.text(), l.cursor()), ("buXdi", 3));
        l.apply(A::SearchBackspace);
        l.apply(A::LineDelete);
        assert_eq!((l.text(), l.cursor()), ("bui", 2));
        l.apply(A::LineHome);
        assert_eq!(l.apply(A::SearchBackspace), Edited::Same);
        l.apply(A::LineEnd);
        assert_eq!(l.apply(A::LineDelete), Edited::Same);
        assert_eq!(l.apply(A::LineRight), Edited::Same);
        assert_eq!(l.cursor(), 3);
        assert_eq!(l.apply(A::Up), Edited::NotAnEdit);
    }

    #[test]
    fn ctrl_u_and_ctrl_w_cut_back_from_the_cursor() {
        let mut l = typed("sri wahyuni  rahma");
        l.apply(A::LineLeft);
        l.apply(A::LineLeft);
        l.apply(A::LineDeleteWord);
        assert_eq!((l.text(), l.cursor()), ("sri wahyuni  ma", 13));
        l.apply(A::LineDeleteWord);
        assert_eq!((l.text(), l.cursor()), ("sri ma", 4));
        l.apply(A::SearchClear);
        assert_eq!((l.text(), l.cursor()), ("ma", 0));
    }

    #[test]
    fn a_combining_mark_moves_and_goes_with_its_letter() {
        // "N" + combining tilde, then "o".
        let mut l = typed("N\u{303}o");
        l.apply(A::LineHome);
        l.apply(A::LineRight);
        assert_eq!(l.cursor(), 2);
        assert_eq!(l.split(), ("N\u{303}", "o", ""));
        l.apply(A::LineLeft);
        assert_eq!(l.split(), ("", "N\u{303}", "o"));
        l.apply(A::LineDelete);
        assert_eq!(l.text(), "o");
        let mut l = typed("N\u{303}");
        l.apply(A::SearchBackspace);
        assert!(l.is_empty());
    }

    #[test]
    fn control_characters_and_the_bound_keep_out() {
        let mut l = InputLine::with_text("a\nb\u{1b}[2Jc", 4);
        assert_eq!(l.text(), "ab[2");
        assert_eq!(l.apply(A::SearchInput('x')), Edited::Same);
        l.apply(A::SearchBackspace);
        assert_eq!(l.apply(A::SearchInput('\t')), Edited::Same);
        assert_eq!(l.apply(A::SearchInput('界')), Edited::Changed);
        assert_eq!(l.text(), "ab[界");
    }
}
