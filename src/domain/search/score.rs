//! Scoring one name with fuzzy-matcher's skim v2, and a cheap upper bound of that score.
//!
//! Every score comes from a freshly built `SkimMatcherV2`: a reused matcher keeps its score
//! matrix between calls and can read cells the current call did not write, so a name's score
//! could depend on the names scored before it (the inconsistency reported upstream as skim
//! issue #1071). A narrowed rescan or a second thread must rank exactly like a fresh search.
//! Building a matcher is cheap next to the scan, and the bound below keeps the number of names
//! scored per keystroke small (hundreds at 1M names).

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::{SkimMatcherV2, SkimScoreConfig};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharType {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

#[inline]
fn char_type(c: u8) -> CharType {
    match c {
        0 => CharType::Empty,
        b' ' | b'/' | b'\\' | b'|' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => CharType::HardSep,
        b'!'..=b'\'' | b'*'..=b'.' | b':'..=b'@' | b'^'..=b'`' | b'~' => CharType::SoftSep,
        b'0'..=b'9' => CharType::Number,
        b'A'..=b'Z' => CharType::Upper,
        _ => CharType::Lower,
    }
}

/// The bytes of `text` past its first that earn an in-place bonus (word starts), as a
/// set of `byte & 63`; collisions only loosen [`Scorer::upper_bound`].
pub(super) fn bonus_mask(text: &[u8]) -> u64 {
    text.windows(2)
        .filter(|w| role_bonus(char_type(w[0]), char_type(w[1])))
        .fold(0, |mask, w| mask | 1 << (w[1] & 63))
}

fn in_mask(mask: u64, b: u8) -> bool {
    mask & (1 << (b & 63)) != 0
}

/// Whether skim gives this pair any in-place bonus role (head, break or camel).
fn role_bonus(prev: CharType, cur: CharType) -> bool {
    matches!(
        (prev, cur),
        (CharType::Empty | CharType::HardSep | CharType::SoftSep, _)
            | (CharType::Lower | CharType::Number, CharType::Upper)
    )
}

/// Scores one pattern against one text, and bounds that score without scoring.
#[derive(Clone)]
pub(super) struct Scorer {
    /// Most the first pattern char can gain: at the text's first byte (the first-char
    /// multiplier applies), at a word start, elsewhere. Most a later char can gain: at a
    /// word start, elsewhere.
    first_lead: i64,
    first_head: i64,
    first_tail: i64,
    later_head: i64,
    later_tail: i64,
    /// Least a gap costs (a skipped text char between two matched pattern chars).
    gap: i64,
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new()
    }
}

impl Scorer {
    pub(super) fn new() -> Scorer {
        let c = SkimScoreConfig::default();
        let in_place = c.bonus_head.max(c.bonus_break).max(c.bonus_camel).max(0);
        let lead = (in_place * c.bonus_first_char_multiplier).max(in_place);
        let matched = c.score_match.max(0);
        Scorer {
            first_lead: i64::from(c.gap_extension + matched + lead),
            first_head: i64::from(c.gap_extension + matched + in_place),
            first_tail: i64::from(c.gap_extension + matched),
            later_head: i64::from(matched + in_place.max(c.bonus_consecutive)),
            later_tail: i64::from(matched + c.bonus_consecutive.max(0)),
            gap: i64::from(-(c.gap_start + c.gap_extension)).max(0),
        }
    }

    /// An upper bound of [`Scorer::score`] from the text's first byte and its
    /// [`bonus_mask`], so a text that cannot beat the current top is not scored at all.
    ///
    /// Why it holds (gap penalties <= 0, as configured): the first pattern char scores the
    /// gap row plus its own in-place bonus, multiplied only at the text's first byte. A
    /// later char adds a match plus at most the larger of its column's in-place bonus and
    /// the consecutive bonus: the bonus skim carries along a row is one computed earlier
    /// for the same column, so it never exceeds that. Word starts are the only columns
    /// past the first with an in-place bonus in normalized text. A later char whose
    /// predecessor in the pattern never directly precedes it in the text can only be reached
    /// over a gap, which costs at least the gap start plus one extension.
    pub(super) fn upper_bound(&self, text: &[u8], pattern: &[u8], mask: u64) -> i64 {
        let Some((&p0, rest)) = pattern.split_first() else {
            return 0;
        };
        let first = if text.first() == Some(&p0) {
            self.first_lead
        } else if in_mask(mask, p0) {
            self.first_head
        } else {
            self.first_tail
        };
        let bound = rest.iter().fold(first, |acc, &p| {
            acc + if in_mask(mask, p) {
                self.later_head
            } else {
                self.later_tail
            }
        });
        // Two pattern chars that are nowhere next to each other in the text cannot be
        // matched consecutively: a gap comes before the second, and costs at least `gap`.
        let gaps = pattern
            .windows(2)
            .filter(|pair| !text.windows(2).any(|t| t == *pair))
            .count() as i64;
        bound - gaps * self.gap
    }

    /// The skim v2 score of `pattern` in `text` (case respected), or `None` when it is not a
    /// subsequence.
    pub(super) fn score(&mut self, text: &[u8], pattern: &[u8]) -> Option<i64> {
        if pattern.is_empty() {
            return Some(0);
        }
        let (Ok(text), Ok(pattern)) = (std::str::from_utf8(text), std::str::from_utf8(pattern))
        else {
            return None;
        };
        SkimMatcherV2::default()
            .respect_case()
            .fuzzy_match(text, pattern)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn fresh(text: &str, pattern: &str) -> Option<i64> {
        SkimMatcherV2::default()
            .respect_case()
            .fuzzy_match(text, pattern)
    }

    #[test]
    fn known_scores() {
        let mut s = Scorer::new();
        for (text, pattern) in [
            ("sri wahyuni", "sri"),
            ("sri wahyuni", "wah"),
            ("sri wahyuni", "swy"),
            ("aiiainnnisia", "nnni"),
            ("budi", "x"),
            ("", "a"),
            ("abc", ""),
        ] {
            assert_eq!(
                s.score(text.as_bytes(), pattern.as_bytes()),
                fresh(text, pattern)
            );
        }
    }

    #[test]
    fn bound_is_reached_by_a_leading_run() {
        let s = Scorer::new();
        let mut m = Scorer::new();
        for (text, pattern) in [
            ("sri wahyuni", "s"),
            ("sri wahyuni", "sri"),
            ("sri wahyuni", "wahyuni"),
            ("ab cd", "c"),
            ("ab cd", "b"),
        ] {
            let (t, p) = (text.as_bytes(), pattern.as_bytes());
            let bound = s.upper_bound(t, p, bonus_mask(t));
            assert_eq!(m.score(t, p), Some(bound), "{text} {pattern}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn equals_a_fresh_skim_matcher_and_respects_the_bound(
            texts in prop::collection::vec("[ansiA.1 ]{0,24}", 1..8),
            pattern in "[ansiA.1 ]{0,5}",
        ) {
            // One scorer over many texts: no call may leak into the next, and the bound holds.
            let mut s = Scorer::new();
            for text in &texts {
                let got = s.score(text.as_bytes(), pattern.as_bytes());
                prop_assert_eq!(got, fresh(text, &pattern), "{:?} {:?}", text, pattern);
                if let Some(score) = got {
                    let (t, p) = (text.as_bytes(), pattern.as_bytes());
                    prop_assert!(score <= s.upper_bound(t, p, bonus_mask(t)));
                }
            }
        }
    }
}
