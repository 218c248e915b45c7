//! Finding NIPs in rendered output by what they are, not by how they are written: 18 digits
//! in the NIP's groups (8 birth date, 6 appointment, 1 sex, 3 sequence), with anything that
//! people put between groups (nothing, spaces, `-`, `.`, `_`, a tab, a non-breaking or thin
//! space, a dash, or JSON's escapes of them), and passing the NIP's own checks (a real birth
//! date, a month or PPPK code, a sex digit). Shorter numbers, and 18 digits split anywhere
//! else than between the NIP's groups, are left alone.

use crate::domain::Nip;

/// Cumulative digit counts at which a NIP's groups may be split: after the birth date, the
/// appointment month, and the sex digit.
const BOUNDARIES: [usize; 3] = [8, 14, 15];
/// Separators allowed between two groups, at most (` - ` is three).
const MAX_GAP: usize = 3;

/// Masks every valid NIP in rendered output (text, CSV, Markdown, JSON) as
/// [`Nip::masked`]; bytes that are not UTF-8 are kept as they are.
pub fn mask_nips(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.extend_from_slice(mask_text(chunk.valid()).as_bytes());
        out.extend_from_slice(chunk.invalid());
    }
    out
}

/// A run of ASCII digits: its byte range in the text.
#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
}

fn mask_text(text: &str) -> String {
    let groups = digit_groups(text);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while i < groups.len() {
        match nip_from(text, &groups, i) {
            Some((nip, last)) => {
                out.push_str(&text[copied..groups[i].start]);
                out.push_str(&nip.masked());
                copied = groups[last].end;
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// A NIP made of `groups[first..=last]`, joined by separators, when there is one.
fn nip_from(text: &str, groups: &[Group], first: usize) -> Option<(Nip, usize)> {
    let mut digits = [0u8; 18];
    let mut len = 0;
    for (k, g) in groups.iter().enumerate().skip(first) {
        if k > first && (!BOUNDARIES.contains(&len) || !is_gap(&text[groups[k - 1].end..g.start])) {
            return None;
        }
        let group = &text.as_bytes()[g.start..g.end];
        if len + group.len() > 18 {
            return None;
        }
        digits[len..len + group.len()].copy_from_slice(group);
        len += group.len();
        if len == 18 {
            let nip = Nip::parse(std::str::from_utf8(&digits).ok()?).ok()?;
            return Some((nip, k));
        }
    }
    None
}

/// The runs of ASCII digits in `text`, in order; the digits of a JSON escape such as
/// `\u00a0` are not a group.
fn digit_groups(text: &str) -> Vec<Group> {
    let bytes = text.as_bytes();
    let mut groups = Vec::new();
    let mut start = None;
    let mut at = 0;
    while at < bytes.len() {
        let digit = bytes[at].is_ascii_digit();
        match (digit, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                groups.push(Group { start: s, end: at });
                start = None;
            }
            _ => {}
        }
        at += match bytes[at] {
            b'\\' => escape_len(&text[at..]).unwrap_or(1),
            _ => 1,
        };
    }
    if let Some(s) = start {
        groups.push(Group {
            start: s,
            end: text.len(),
        });
    }
    groups
}

/// Whether the text between two digit groups is one to [`MAX_GAP`] separators.
fn is_gap(mut between: &str) -> bool {
    let mut count = 0;
    while !between.is_empty() {
        let Some(len) = separator_len(between) else {
            return false;
        };
        between = &between[len..];
        count += 1;
        if count > MAX_GAP {
            return false;
        }
    }
    count > 0
}

/// The length of the separator at the start of `s`: a space of any kind (not a line break),
/// a hyphen, dash, dot or underscore, or JSON's escape of a tab or of a non-breaking, narrow
/// or figure space.
fn separator_len(s: &str) -> Option<usize> {
    if let Some(len) = escape_len(s) {
        return Some(len);
    }
    let c = s.chars().next()?;
    let separator = match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0b}' | '\u{0c}' => false,
        '-' | '.' | '_' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => true,
        c => c.is_whitespace(),
    };
    separator.then(|| c.len_utf8())
}

/// JSON's escapes of the separators that JSON writes escaped (or may): the length of the
/// one at the start of `s`.
fn escape_len(s: &str) -> Option<usize> {
    [
        "\\t", "\\u00a0", "\\u00A0", "\\u202f", "\\u202F", "\\u2007", "\\u2009",
    ]
    .into_iter()
    .find(|e| s.starts_with(e))
    .map(str::len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn masked(s: &str) -> String {
        String::from_utf8(mask_nips(s.as_bytes())).unwrap()
    }

    #[test]
    fn masks_plain_and_grouped_nips_only() {
        assert_eq!(
            masked("\"nip\": \"198503122010012003\","),
            "\"nip\": \"******** 201001 2 ***\","
        );
        assert_eq!(
            masked("Sri 19850312 201001 2 003;x"),
            "Sri ******** 201001 2 ***;x"
        );
        // Part of a longer number, not a NIP (bad date), or split elsewhere: left alone.
        for s in [
            "1198503122010012003",
            "1985031220100120031",
            "197802302005012004",
            "1985 0312 2010 0120 03",
            "19850312\n201001 2 003",
            "total 12345",
        ] {
            assert_eq!(masked(s), s);
        }
        assert_eq!(masked("ä198503122010012003ü"), "ä******** 201001 2 ***ü");
    }

    #[test]
    fn masks_whatever_separates_the_groups() {
        for s in [
            "19850312-201001-2-003",
            "19850312.201001.2.003",
            "19850312\t201001\t2\t003",
            "19850312\u{a0}201001\u{a0}2\u{a0}003",
            "19850312\u{202f}201001 2 003",
            "19850312 - 201001 - 2 - 003",
            "19850312201001 2003",
            "19850312\\t201001\\u00a02\\t003",
        ] {
            let out = masked(&format!("NIP {s}, 12 orang"));
            assert_eq!(out, "NIP ******** 201001 2 ***, 12 orang", "{s:?}");
        }
        // Two NIPs side by side, and a count before one.
        assert_eq!(
            masked("3 19850312-201001-2-003/197901012005011002"),
            "3 ******** 201001 2 ***/******** 200501 1 ***"
        );
    }

    #[test]
    fn keeps_bytes_that_are_not_utf8() {
        let mut bytes = b"\xff 19850312.201001.2.003 \xfe".to_vec();
        bytes = mask_nips(&bytes);
        assert_eq!(bytes, b"\xff ******** 201001 2 *** \xfe".to_vec());
    }

    fn nip() -> impl Strategy<Value = String> {
        (1960i32..2000, 1u32..=12, 1u32..=28, 18i32..40, 1u32..=12).prop_flat_map(
            |(y, m, d, age, tm)| {
                (1u32..=2, 1u32..=999).prop_map(move |(sex, seq)| {
                    format!("{y:04}{m:02}{d:02}{:04}{tm:02}{sex}{seq:03}", y + age)
                })
            },
        )
    }

    /// What may stand between two groups: nothing, or one to three separators.
    fn separator() -> impl Strategy<Value = String> {
        let one = prop::sample::select(vec![
            " ", "-", ".", "\t", "\u{a0}", "\u{202f}", "\u{2009}", "_", "\u{2013}", "\\t",
            "\\u00a0",
        ]);
        prop_oneof![
            Just(String::new()),
            prop::collection::vec(one, 1..=MAX_GAP).prop_map(|v| v.concat()),
        ]
    }

    /// Text around a NIP: no digits, no separators at the edge that would join it to more.
    fn words() -> impl Strategy<Value = String> {
        "[A-Za-zé;:,()\" ]{0,12}"
    }

    proptest! {
        #[test]
        fn every_separated_nip_is_masked(
            digits in nip(),
            seps in prop::collection::vec(separator(), 3),
            before in words(),
            after in words(),
        ) {
            let nip = Nip::parse(&digits).unwrap();
            let written = format!(
                "{}{}{}{}{}{}{}",
                &digits[..8], seps[0], &digits[8..14], seps[1], &digits[14..15], seps[2],
                &digits[15..]
            );
            let out = masked(&format!("{before}{written}{after}"));
            prop_assert_eq!(out, format!("{before}{}{after}", nip.masked()));
        }

        #[test]
        fn shorter_numbers_are_left_alone(
            groups in prop::collection::vec("[0-9]{1,6}", 1..5),
            seps in prop::collection::vec(separator(), 4),
        ) {
            let mut text = String::new();
            let mut len = 0;
            for (i, g) in groups.iter().enumerate() {
                if len + g.len() >= 18 {
                    break;
                }
                if i > 0 {
                    text.push_str(&seps[i - 1]);
                }
                text.push_str(g);
                len += g.len();
            }
            prop_assert_eq!(masked(&format!("x {text} y")), format!("x {text} y"));
        }
    }
}
