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

/// Scores one pattern against one text; holds buffers reused across calls (one per thread).
#[derive(Clone)]
pub(super) struct Scorer {
    config: SkimScoreConfig,
    cells: Vec<Cell>,
    bonus: Vec<i32>,
    first: Vec<usize>,
    /// Most the first pattern char can gain when the text starts with it (the first-char
    /// multiplier applies) and when it does not; most any later char can gain.
    first_lead: i64,
    first_other: i64,
    later: i64,
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
            bonus: Vec::new(),
            first: Vec::new(),
            first_lead: i64::from(c.gap_extension + matched + lead),
            first_other: i64::from(c.gap_extension + matched + in_place),
            later: i64::from(matched + in_place.max(c.bonus_consecutive)),
        }
    }

    /// An upper bound of [`Scorer::score`] from the first bytes and the length alone, so a
    /// text that cannot beat the current top results is not scored at all.
    ///
    /// The first pattern char is scored from the gap row (`gap_extension`) plus its own
    /// in-place bonus, multiplied only at the first byte of the text; every later char adds
    /// at most a match plus the largest bonus outside the first byte (carried bonuses are
    /// earlier bonuses). Holds for gap penalties <= 0, as in the default configuration;
    /// tight for one-char words, which is where a scan over everything happens.
    pub(super) fn upper_bound(&self, text: &[u8], pattern: &[u8]) -> i64 {
        let Some(&p0) = pattern.first() else {
            return 0;
        };
        let first = if text.first() == Some(&p0) {
            self.first_lead
        } else {
            self.first_other
        };
        first + self.later * (pattern.len() as i64 - 1)
    }

    fn in_place_bonus(&self, prev: CharType, cur: CharType) -> i32 {
        match (prev, cur) {
            (CharType::Empty | CharType::HardSep, _) => self.config.bonus_head,
            (CharType::SoftSep, _) => self.config.bonus_break,
            (CharType::Lower | CharType::Number, CharType::Upper) => self.config.bonus_camel,
            _ => 0,
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
        self.bonus.clear();
        self.bonus.resize(cols, 0);
        let mut prev = char_type(0);
        for (j, &ch) in text.iter().enumerate() {
            let cur = char_type(ch);
            self.bonus[j + 1] = self.in_place_bonus(prev, cur);
            prev = cur;
        }
        if cols > 1 {
            self.bonus[1] *= c.bonus_first_char_multiplier;
        }
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
                    let in_place = self.bonus[col];
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
        for (text, pattern) in [("sri wahyuni", "s"), ("ab cd", "c"), ("sri wahyuni", "w")] {
            let (t, p) = (text.as_bytes(), pattern.as_bytes());
            assert_eq!(m.score(t, p), Some(s.upper_bound(t, p)), "{text} {pattern}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn equals_a_fresh_skim_matcher_and_respects_the_bound(
            texts in prop::collection::vec("[ansi 1]{0,24}", 1..8),
            pattern in "[ansi1]{0,5}",
        ) {
            // One scorer over many texts: no call may leak into the next.
            let mut s = Scorer::new();
            for text in &texts {
                let got = s.score(text.as_bytes(), pattern.as_bytes());
                prop_assert_eq!(got, fresh(text, &pattern), "{:?} {:?}", text, pattern);
                if let Some(score) = got {
                    prop_assert!(score <= s.upper_bound(text.as_bytes(), pattern.as_bytes()));
                }
            }
        }
    }
}
