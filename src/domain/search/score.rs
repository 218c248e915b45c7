//! The skim v2 score (fuzzy-matcher's `SkimMatcherV2`, case respected) over ASCII bytes.
//!
//! Why not call `SkimMatcherV2::fuzzy_match` directly: it keeps its score matrix in a
//! per-thread cache and reads cells of it that the current call has not written, so the
//! score of one name can depend on the names scored before it (seen with patterns that
//! repeat a letter), and `use_cache(false)` panics on a double borrow. Then a narrowed
//! rescan or a second thread could rank differently from a fresh search. This is the same
//! algorithm and configuration on a matrix that starts clean on every call, checked equal
//! to a freshly built `SkimMatcherV2` in the tests; it also skips the per-call conversion to
//! `char`s and the thread-local lookups. Highlight positions still come from
//! `SkimMatcherV2::fuzzy_indices` with a fresh matcher.

use fuzzy_matcher::skim::SkimScoreConfig;

const NEG_INF: i32 = i16::MIN as i32;

#[derive(Debug, Clone, Copy)]
struct Cell {
    m_score: i32,
    p_score: i32,
    bonus: i32,
}

const RESET: Cell = Cell {
    m_score: NEG_INF,
    p_score: NEG_INF,
    bonus: 0,
};

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

/// Scores one pattern against one text; holds buffers reused across calls (one per thread).
#[derive(Clone)]
pub(super) struct Scorer {
    config: SkimScoreConfig,
    cells: Vec<Cell>,
    first: Vec<usize>,
    /// Most the first pattern char can gain: at the text's first byte (the first-char
    /// multiplier applies), at a word start, elsewhere. Most a later char can gain: at a
    /// word start, elsewhere.
    first_lead: i64,
    first_head: i64,
    first_tail: i64,
    later_head: i64,
    later_tail: i64,
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
            config: c,
            cells: Vec::new(),
            first: Vec::new(),
            first_lead: i64::from(c.gap_extension + matched + lead),
            first_head: i64::from(c.gap_extension + matched + in_place),
            first_tail: i64::from(c.gap_extension + matched),
            later_head: i64::from(matched + in_place.max(c.bonus_consecutive)),
            later_tail: i64::from(matched + c.bonus_consecutive.max(0)),
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
    /// past the first with an in-place bonus in normalized text.
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
        rest.iter().fold(first, |acc, &p| {
            acc + if in_mask(mask, p) {
                self.later_head
            } else {
                self.later_tail
            }
        })
    }

    /// Skim's in-place bonus of the text byte at matrix column `col` (byte `col - 1`).
    #[inline]
    fn in_place_at(config: &SkimScoreConfig, text: &[u8], col: usize) -> i32 {
        let prev = match col {
            0 | 1 => CharType::Empty,
            _ => char_type(text[col - 2]),
        };
        let cur = char_type(text[col - 1]);
        let bonus = match (prev, cur) {
            (CharType::Empty | CharType::HardSep, _) => config.bonus_head,
            (CharType::SoftSep, _) => config.bonus_break,
            (CharType::Lower | CharType::Number, CharType::Upper) => config.bonus_camel,
            _ => 0,
        };
        if col == 1 {
            bonus * config.bonus_first_char_multiplier
        } else {
            bonus
        }
    }

    /// The skim v2 score of `pattern` in `text`, or `None` when it is not a subsequence.
    pub(super) fn score(&mut self, text: &[u8], pattern: &[u8]) -> Option<i64> {
        if pattern.is_empty() {
            return Some(0);
        }
        self.first.clear();
        let mut want = pattern.iter().peekable();
        for (idx, c) in text.iter().enumerate() {
            match want.peek() {
                Some(&p) if p == c => {
                    self.first.push(idx);
                    want.next();
                }
                Some(_) => {}
                None => break,
            }
        }
        if want.peek().is_some() {
            return None;
        }
        let c = self.config;
        let cols = text.len() + 1;
        // Two rows, alternating, as skim does when positions are not wanted; clean cells.
        self.cells.clear();
        self.cells.resize(2 * cols, RESET);
        let cells = &mut self.cells;
        cells[cols + self.first[0]] = RESET;
        for cell in &mut cells[..cols] {
            *cell = Cell {
                p_score: c.gap_extension,
                ..RESET
            };
        }
        for (i, &p) in pattern.iter().enumerate() {
            let row = ((i + 1) & 1) * cols;
            let row_prev = (i & 1) * cols;
            let to_skip = self.first[i];
            for (j, &ch) in text[to_skip..].iter().enumerate() {
                let col = to_skip + j + 1;
                let cur = row + col;
                let last = row + col - 1;
                let diag = row_prev + col - 1;
                if ch == p {
                    let in_place = Self::in_place_at(&c, text, col);
                    let consecutive = cells[last].bonus.max(in_place.max(c.bonus_consecutive));
                    cells[last].bonus = consecutive;
                    let by_match = cells[diag].m_score + consecutive;
                    let by_skip = cells[diag].p_score + in_place;
                    cells[cur].m_score = by_match.max(by_skip) + c.score_match.max(0);
                } else {
                    cells[cur].m_score = NEG_INF;
                    cells[cur].bonus = 0;
                }
                let open = c.gap_start + c.gap_extension + cells[last].m_score;
                let extend = c.gap_extension + cells[last].p_score;
                cells[cur].p_score = open.max(extend);
            }
        }
        let last_row = (pattern.len() & 1) * cols;
        let from = self.first[self.first.len() - 1];
        cells[last_row + from..last_row + cols]
            .iter()
            .map(|cell| i64::from(cell.m_score))
            .max()
    }
}

#[cfg(test)]
mod tests {
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;
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
            // One scorer over many texts: no call may leak into the next.
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
