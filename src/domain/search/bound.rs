//! Ranking the texts of one corpus for a word query, scoring as few as possible.
//!
//! Two passes. The first visits every candidate: a byte-level subsequence test (skim's
//! exact match condition) keeps the matches, which are also the next keystroke's
//! candidates, each with an optimistic key (the score's upper bound, the length, the first
//! target). The second scores the matches in best-key-first order and stops at the first
//! key that could not enter the top: every key after it is worse, and a real score never
//! beats its bound. So a short query such as `s`, which matches most of a million names,
//! scores only a few hundred of them, and the result is exactly that of scoring all.
//!
//! Both passes look at a stop flag (a newer keystroke arrived) and give up early; the
//! caller then discards what they returned.

use super::corpus::{Corpus, PARALLEL_MIN, Ranked, Source, TopN, is_subsequence};
use super::score::Scorer;
/// Candidates visited between two looks at the stop flag.
const STOP_EVERY: usize = 4096;

/// A match and its optimistic key (score bound, length, first target).
type Keyed = (Ranked, u32);

/// Ranks `corpus` texts from `source` for `words`: the best `limit` targets, best first.
/// Every matching text id goes to `out`, ascending. `keys` is a reused buffer.
#[allow(clippy::too_many_arguments)]
pub(super) fn rank(
    corpus: &Corpus,
    source: Source<'_>,
    words: &[String],
    limit: usize,
    threads: usize,
    stop: &(dyn Fn() -> bool + Sync),
    out: &mut Vec<u32>,
    keys: &mut Vec<Keyed>,
) -> Vec<Ranked> {
    out.clear();
    keys.clear();
    let bounds = Scorer::new();
    let visit = |src: &Source<'_>, out: &mut Vec<u32>, keys: &mut Vec<Keyed>| {
        let mut seen = 0usize;
        src.for_each_until(|t| {
            seen += 1;
            if seen.is_multiple_of(STOP_EVERY) && stop() {
                return false;
            }
            let text = corpus.text(t).as_bytes();
            if words.iter().all(|w| is_subsequence(w.as_bytes(), text)) {
                let mask = corpus.mask(t);
                let score = words
                    .iter()
                    .map(|w| bounds.upper_bound(text, w.as_bytes(), mask))
                    .sum();
                let first = corpus.members(t).first().copied().unwrap_or(u32::MAX);
                out.push(t);
                let len = text.len() as u32;
                keys.push((
                    Ranked {
                        score,
                        len,
                        target: first,
                    },
                    t,
                ));
            }
            true
        });
    };
    if threads < 2 || source.len() < PARALLEL_MIN {
        visit(&source, out, keys);
    } else {
        let (first, second) = source.split();
        let theirs = std::thread::scope(|s| {
            let handle = s.spawn(|| {
                let mut out = Vec::new();
                let mut keys = Vec::new();
                visit(&second, &mut out, &mut keys);
                (out, keys)
            });
            visit(&first, out, keys);
            handle.join()
        });
        let (o, k) = match theirs {
            Ok(done) => done,
            // The helper thread died: do its half here rather than lose matches.
            Err(_) => {
                let mut o = Vec::new();
                let mut k = Vec::new();
                visit(&second, &mut o, &mut k);
                (o, k)
            }
        };
        out.extend_from_slice(&o);
        keys.extend_from_slice(&k);
    }
    best_first(corpus, words, limit, stop, keys)
}

/// Scores `keys` best key first until no remaining key could enter the top `limit`.
fn best_first(
    corpus: &Corpus,
    words: &[String],
    limit: usize,
    stop: &(dyn Fn() -> bool + Sync),
    keys: &mut [Keyed],
) -> Vec<Ranked> {
    let mut top = TopN::new(limit);
    let mut scorer = Scorer::new();
    // `Ranked` sorts best first.
    let by_key = |a: &Keyed, b: &Keyed| a.0.cmp(&b.0);
    // Sort only as much as is scored: the best few, then four times more, and so on.
    let mut rest: &mut [Keyed] = keys;
    let mut chunk = (2 * limit).max(64);
    while !rest.is_empty() {
        let n = chunk.min(rest.len());
        if n < rest.len() {
            rest.select_nth_unstable_by(n - 1, by_key);
        }
        let (head, tail) = std::mem::take(&mut rest).split_at_mut(n);
        head.sort_unstable_by(by_key);
        for (i, (key, t)) in head.iter().enumerate() {
            if !top.admits(key) || (i % 64 == 63 && stop()) {
                return top.into_sorted();
            }
            let text = corpus.text(*t).as_bytes();
            let mut total = 0;
            let mut matched = true;
            for w in words {
                match scorer.score(text, w.as_bytes()) {
                    Some(s) => total += s,
                    None => {
                        matched = false;
                        break;
                    }
                }
            }
            if !matched {
                continue;
            }
            for &target in corpus.members(*t) {
                if !top.offer(Ranked {
                    score: total,
                    len: key.len,
                    target,
                }) {
                    break;
                }
            }
        }
        rest = tail;
        chunk = chunk.saturating_mul(4);
    }
    top.into_sorted()
}
