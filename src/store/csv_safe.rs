//! Spreadsheet-safe CSV cells (OWASP's rule against formula injection): a text cell that a
//! spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage return at
//! its start) is written with a leading apostrophe, which spreadsheets read as "this is
//! text" and do not show. A real number (`-2`, `-0.5`) stays a number.
//!
//! A cell that already starts with an apostrophe gets one more, so the rule can be undone:
//! penata's CSV import drops one leading apostrophe from every cell ([`unescape`]), and an
//! exported text comes back as it was.

use std::borrow::Cow;

/// The cell as written to a CSV file: prefixed with `'` when a spreadsheet would run it or
/// when it starts with `'` itself; unchanged otherwise (numbers included).
pub fn cell(text: &str) -> Cow<'_, str> {
    let risky = text
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r' | '\''));
    if risky && !is_number(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes one record with every cell made safe by [`cell`] (the header row too: a heading
/// is text like any other).
pub fn write_record<W, S>(
    w: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = S>,
) -> csv::Result<()>
where
    W: std::io::Write,
    S: AsRef<str>,
{
    for c in cells {
        w.write_field(cell(c.as_ref()).as_bytes())?;
    }
    // An empty record ends the one the fields above began.
    w.write_record(None::<&[u8]>)
}

/// A cell read back from a CSV file: one leading apostrophe (the spreadsheet's text mark, or
/// the one [`cell`] added) is dropped.
pub fn unescape(text: &str) -> &str {
    text.strip_prefix('\'').unwrap_or(text)
}

/// A plain decimal number, as penata writes counts and scores: an optional sign, digits,
/// and an optional fraction after `.` or `,`.
fn is_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once(['.', ',']) {
        Some((w, f)) => (w, Some(f)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_get_an_apostrophe_and_numbers_do_not() {
        let cases = [
            (
                "=HYPERLINK(\"http://x\";\"klik\")",
                "'=HYPERLINK(\"http://x\";\"klik\")",
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-1+1", "'-1+1"),
            ("-", "'-"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\tTab", "'\tTab"),
            ("\rCR", "'\rCR"),
            ("'quoted", "''quoted"),
            ("-2", "-2"),
            ("+3", "+3"),
            ("-0.5", "-0.5"),
            ("-1,25", "-1,25"),
            ("12", "12"),
            ("Sri Wahyuni, S.E.", "Sri Wahyuni, S.E."),
            ("a=b", "a=b"),
            ("", ""),
            ("19850312 201001 2 003", "19850312 201001 2 003"),
        ];
        for (text, written) in cases {
            assert_eq!(cell(text), written, "{text:?}");
        }
    }

    #[test]
    fn unescape_undoes_cell() {
        for text in ["=1+1", "'a", "''", "-2", "plain", "", "@x", "-"] {
            assert_eq!(unescape(&cell(text)), text, "{text:?}");
        }
    }

    #[test]
    fn not_numbers() {
        for text in ["-", "-.", "-1.", "-.5", "-1.2.3", "--1", "-1e5", "-0x1"] {
            assert!(!is_number(text), "{text:?}");
        }
    }
}
