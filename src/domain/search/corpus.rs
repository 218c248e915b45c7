//! The searchable texts of one kind (people, units or positions) and the scan over them.
//!
//! Texts are normalized once and stored deduplicated in one contiguous ASCII buffer with
//! offsets: a province repeats names (`Sri Wahyuni`) and titles (`Kepala Seksi`) thousands
//! of times, and one buffer scans far faster than a million separate strings. Each text
//! lists the targets (employee, unit or position indexes, ascending) that carry it.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::normalize::{Normalized, Normalizer};
use super::score::bonus_mask;

/// Candidates at which a scan is split over two threads.
pub(super) const PARALLEL_MIN: usize = 16_384;

/// Deduplicated normalized texts and the targets that carry each.
#[derive(Debug, Clone, Default)]
pub(super) struct Corpus {
    buf: String,
    /// Text `t` is `buf[starts[t]..starts[t + 1]]`.
    starts: Vec<u32>,
    /// Word-start letters of each text, for the scorer's upper bound.
    masks: Vec<u64>,
    /// Targets of text `t` are `members[group_starts[t]..group_starts[t + 1]]`, ascending.
    group_starts: Vec<u32>,
    members: Vec<u32>,
}

impl Corpus {
    /// Normalizes `texts` (target index = position in the iterator) into one buffer.
    pub(super) fn build<'a>(texts: impl Iterator<Item = &'a str>, titles: bool) -> Corpus {
        let mut corpus = Corpus {
            starts: vec![0],
            ..Corpus::default()
        };
        let mut normalizer = Normalizer::default();
        let mut scratch = Normalized::default();
        // Keyed by hash; a collision only costs a missed deduplication, never a wrong text,
        // so a fast non-cryptographic hash is enough.
        let mut seen: HashMap<u64, u32, BuildHasherDefault<PassThrough>> = HashMap::default();
        let mut text_of: Vec<u32> = Vec::new();
        for text in texts {
            normalizer.run(text, titles, &mut scratch);
            let h = hash_bytes(scratch.text.as_bytes());
            let t = match seen.get(&h) {
                Some(&t) if corpus.text(t) == scratch.text => t,
                found => {
                    let t = corpus.len() as u32;
                    corpus.buf.push_str(&scratch.text);
                    corpus.masks.push(bonus_mask(scratch.text.as_bytes()));
                    corpus.starts.push(corpus.buf.len() as u32);
                    if found.is_none() {
                        seen.insert(h, t);
                    }
                    t
                }
            };
            text_of.push(t);
        }
        // Group targets by text (counting sort keeps each group ascending).
        let mut group_starts = vec![0u32; corpus.len() + 1];
        for &t in &text_of {
            group_starts[t as usize + 1] += 1;
        }
        for i in 1..group_starts.len() {
            group_starts[i] += group_starts[i - 1];
        }
        let mut next: Vec<u32> = group_starts[..corpus.len()].to_vec();
        let mut members = vec![0u32; text_of.len()];
        for (target, &t) in text_of.iter().enumerate() {
            members[next[t as usize] as usize] = target as u32;
            next[t as usize] += 1;
        }
        corpus.group_starts = group_starts;
        corpus.members = members;
        corpus
    }

    /// Number of distinct texts.
    pub(super) fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Text `t` (empty if out of range).
    pub(super) fn text(&self, t: u32) -> &str {
        let t = t as usize;
        match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&s), Some(&e)) => self.buf.get(s as usize..e as usize).unwrap_or(""),
            _ => "",
        }
    }

    /// Number of targets (each carried by one text).
    pub(super) fn members_len(&self) -> usize {
        self.members.len()
    }

    /// Word-start letters of text `t` (see `score::bonus_mask`); all bits if out of range.
    pub(super) fn mask(&self, t: u32) -> u64 {
        self.masks.get(t as usize).copied().unwrap_or(u64::MAX)
    }

    /// Targets carrying text `t`, ascending.
    pub(super) fn members(&self, t: u32) -> &[u32] {
        let t = t as usize;
        match (self.group_starts.get(t), self.group_starts.get(t + 1)) {
            (Some(&s), Some(&e)) => self.members.get(s as usize..e as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The raw arrays, for storing the corpus beside the data.
    pub(super) fn to_parts(&self) -> CorpusParts {
        CorpusParts {
            buf: self.buf.clone(),
            starts: self.starts.clone(),
            masks: self.masks.clone(),
            group_starts: self.group_starts.clone(),
            members: self.members.clone(),
        }
    }

    /// Rebuilds a corpus of `targets` targets from stored arrays, or `None` when they break
    /// an invariant the scan relies on: ASCII text, offsets in order and in range, one mask
    /// per text, and every target carried by exactly one text, ascending within each text.
    pub(super) fn from_parts(p: CorpusParts, targets: usize) -> Option<Corpus> {
        let texts = p.starts.len().checked_sub(1)?;
        let ordered = |v: &[u32], end: usize| {
            v.first() == Some(&0)
                && v.windows(2).all(|w| w[0] <= w[1])
                && v.last().is_some_and(|&l| l as usize == end)
        };
        if !p.buf.is_ascii()
            || !ordered(&p.starts, p.buf.len())
            || p.masks.len() != texts
            || p.group_starts.len() != texts + 1
            || !ordered(&p.group_starts, p.members.len())
            || p.members.len() != targets
        {
            return None;
        }
        let mut seen = vec![false; targets];
        for g in p.group_starts.windows(2) {
            let group = p.members.get(g[0] as usize..g[1] as usize)?;
            if group.is_empty() || !group.windows(2).all(|w| w[0] < w[1]) {
                return None;
            }
            for &m in group {
                let slot = seen.get_mut(m as usize)?;
                if *slot {
                    return None;
                }
                *slot = true;
            }
        }
        Some(Corpus {
            buf: p.buf,
            starts: p.starts,
            masks: p.masks,
            group_starts: p.group_starts,
            members: p.members,
        })
    }

    /// Bytes held, for memory accounting in benchmarks.
    pub(super) fn heap_bytes(&self) -> usize {
        self.buf.capacity()
            + 4 * (self.starts.capacity() + self.group_starts.capacity())
            + 4 * self.members.capacity()
    }
}

/// The arrays of a `Corpus`, as stored (see `SearchIndex::to_parts`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorpusParts {
    /// Every distinct normalized text, concatenated (ASCII).
    pub buf: String,
    /// Text `t` is `buf[starts[t]..starts[t + 1]]`.
    pub starts: Vec<u32>,
    /// Word-start letters of each text.
    pub masks: Vec<u64>,
    /// Targets of text `t` are `members[group_starts[t]..group_starts[t + 1]]`.
    pub group_starts: Vec<u32>,
    pub members: Vec<u32>,
}

/// A multiply-rotate hash (as in rustc's FxHash) over 8-byte words.
fn hash_bytes(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    let mut h = bytes.len() as u64;
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = step(h, u64::from_le_bytes(w));
    }
    chunks
        .remainder()
        .iter()
        .fold(h, |h, &b| step(h, u64::from(b)))
}

/// Hands an already computed `u64` hash to the map unchanged.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Whether `needle` occurs in `hay` in order (not necessarily adjacent): the exact
/// condition under which the skim matcher finds a match, checked far more cheaply.
pub(super) fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut rest = hay.iter();
    needle.iter().all(|n| rest.any(|h| h == n))
}

/// One scored target. Ordered worst-first, so a max-heap keeps the worst on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Ranked {
    pub score: i64,
    /// Normalized length: ties go to the shorter name.
    pub len: u32,
    /// Target index; employees are in NIP order, so the last tie goes to the lower NIP.
    pub target: u32,
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .score
            .cmp(&self.score)
            .then(self.len.cmp(&other.len))
            .then(self.target.cmp(&other.target))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The best `limit` targets seen so far, in a bounded heap (no sort of all matches).
#[derive(Debug)]
pub(super) struct TopN {
    heap: BinaryHeap<Ranked>,
    limit: usize,
}

impl TopN {
    pub(super) fn new(limit: usize) -> TopN {
        TopN {
            heap: BinaryHeap::with_capacity(limit.min(4096) + 1),
            limit,
        }
    }

    /// Keeps `r` if it is among the best so far; `false` when it was not kept.
    pub(super) fn offer(&mut self, r: Ranked) -> bool {
        if self.heap.len() < self.limit {
            self.heap.push(r);
            return true;
        }
        match self.heap.peek() {
            Some(worst) if r < *worst => {
                self.heap.pop();
                self.heap.push(r);
                true
            }
            _ => false,
        }
    }

    /// Whether a target ranked `r` would be kept now (used to skip scoring hopeless texts).
    pub(super) fn admits(&self, r: &Ranked) -> bool {
        self.heap.len() < self.limit || self.heap.peek().is_some_and(|worst| r < worst)
    }

    fn merge(&mut self, other: TopN) {
        for r in other.heap {
            self.offer(r);
        }
    }

    /// Best first.
    pub(super) fn into_sorted(self) -> Vec<Ranked> {
        self.heap.into_sorted_vec()
    }
}

/// What a scan visits: every id, or the survivors of the previous keystroke.
#[derive(Debug, Clone)]
pub(super) enum Source<'a> {
    All(Range<u32>),
    List(&'a [u32]),
}

impl Source<'_> {
    pub(super) fn len(&self) -> usize {
        match self {
            Source::All(r) => r.len(),
            Source::List(l) => l.len(),
        }
    }

    pub(super) fn split(&self) -> (Self, Self) {
        match self {
            Source::All(r) => {
                let mid = r.start + (r.end - r.start) / 2;
                (Source::All(r.start..mid), Source::All(mid..r.end))
            }
            Source::List(l) => {
                let (a, b) = l.split_at(l.len() / 2);
                (Source::List(a), Source::List(b))
            }
        }
    }

    fn for_each(&self, mut f: impl FnMut(u32)) {
        match self {
            Source::All(r) => r.clone().for_each(f),
            Source::List(l) => l.iter().for_each(|&i| f(i)),
        }
    }

    /// Visits ids in order while `f` returns `true`.
    pub(super) fn for_each_until(&self, mut f: impl FnMut(u32) -> bool) {
        match self {
            Source::All(r) => {
                let _ = r
                    .clone()
                    .try_for_each(|i| if f(i) { Ok(()) } else { Err(()) });
            }
            Source::List(l) => {
                let _ = l
                    .iter()
                    .try_for_each(|&i| if f(i) { Ok(()) } else { Err(()) });
            }
        }
    }
}

/// What a scorer says about one id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    /// Not a match.
    Miss,
    /// A match with its score and length.
    Scored(i64, u32),
}

/// Scans `source`: every id the scorer matches goes to `out` (ascending, so it can be the
/// next keystroke's source) and, when scored, its targets are offered to the top `limit`.
///
/// `make_scorer` is called once per thread. A scorer sees the current top so it can
/// skip the scoring of texts that cannot enter it. `expand` offers the targets of a scored
/// id; it may stop at the first refusal, because the targets of one id are ascending and
/// share score and length.
pub(super) fn scan<M, S, E>(
    source: Source<'_>,
    limit: usize,
    threads: usize,
    make_scorer: M,
    expand: E,
    out: &mut Vec<u32>,
) -> Vec<Ranked>
where
    M: Fn() -> S + Sync,
    S: FnMut(u32, &TopN) -> Verdict,
    E: Fn(u32, i64, u32, &mut TopN) + Sync,
{
    out.clear();
    let mut top = TopN::new(limit);
    let part = |src: &Source<'_>, top: &mut TopN, out: &mut Vec<u32>| {
        let mut score = make_scorer();
        src.for_each(|id| match score(id, top) {
            Verdict::Miss => {}
            Verdict::Scored(s, len) => {
                out.push(id);
                expand(id, s, len, top);
            }
        });
    };
    if threads < 2 || source.len() < PARALLEL_MIN {
        part(&source, &mut top, out);
        return top.into_sorted();
    }
    let (first, second) = source.split();
    let mut other: Vec<u32> = Vec::new();
    let theirs = std::thread::scope(|s| {
        let handle = s.spawn(|| {
            let mut top = TopN::new(limit);
            let mut out = Vec::new();
            part(&second, &mut top, &mut out);
            (top, out)
        });
        part(&first, &mut top, out);
        handle.join()
    });
    match theirs {
        Ok((t, o)) => {
            top.merge(t);
            other = o;
        }
        // The helper thread died: do its half here rather than lose matches.
        Err(_) => {
            let mut t = TopN::new(limit);
            part(&second, &mut t, &mut other);
            top.merge(t);
        }
    }
    out.extend_from_slice(&other);
    top.into_sorted()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deduplicates_and_groups_in_order() {
        let names = [
            "Sri Wahyuni",
            "Dr. Sri Wahyuni, M.M.",
            "Budi",
            "sri wahyuni",
        ];
        let c = Corpus::build(names.iter().copied(), true);
        assert_eq!(c.len(), 2);
        assert_eq!(c.text(0), "sri wahyuni");
        assert_eq!(c.members(0), &[0, 1, 3]);
        assert_eq!(c.members(1), &[2]);
        assert_eq!(c.text(9), "");
        assert!(c.heap_bytes() > 0);
    }

    #[test]
    fn parts_round_trip_and_broken_parts_are_refused() {
        let names = ["Sri Wahyuni", "Budi", "sri wahyuni", "Agus"];
        let c = Corpus::build(names.iter().copied(), true);
        let back = Corpus::from_parts(c.to_parts(), names.len()).unwrap();
        assert_eq!(back.to_parts(), c.to_parts());
        // Wrong target count, a target carried twice, offsets past the text, non-ASCII.
        assert!(Corpus::from_parts(c.to_parts(), names.len() + 1).is_none());
        let mut twice = c.to_parts();
        twice.members[1] = twice.members[0];
        assert!(Corpus::from_parts(twice, names.len()).is_none());
        let mut past = c.to_parts();
        *past.starts.last_mut().unwrap() += 1;
        assert!(Corpus::from_parts(past, names.len()).is_none());
        let mut accented = c.to_parts();
        accented.buf = accented.buf.replacen('a', "\u{e1}", 1);
        assert!(Corpus::from_parts(accented, names.len()).is_none());
    }

    #[test]
    fn subsequence() {
        assert!(is_subsequence(b"swh", b"sri wahyuni"));
        assert!(is_subsequence(b"", b"x"));
        assert!(!is_subsequence(b"hws", b"sri wahyuni"));
    }

    #[test]
    fn top_n_keeps_the_best_in_order() {
        let mut top = TopN::new(2);
        for (score, len, target) in [(5, 3, 0), (9, 5, 1), (9, 4, 2), (1, 1, 3)] {
            top.offer(Ranked { score, len, target });
        }
        let got: Vec<u32> = top.into_sorted().iter().map(|r| r.target).collect();
        assert_eq!(got, vec![2, 1]);
    }

    #[test]
    fn parallel_scan_equals_serial() {
        let n = (PARALLEL_MIN * 2 + 7) as u32;
        let make = || {
            |id: u32, _: &TopN| match id % 3 {
                0 => Verdict::Miss,
                _ => Verdict::Scored(i64::from(id % 97), id % 5),
            }
        };
        let expand = |id, score, len, top: &mut TopN| {
            top.offer(Ranked {
                score,
                len,
                target: id,
            });
        };
        let mut a = Vec::new();
        let mut b = Vec::new();
        let serial = scan(Source::All(0..n), 50, 1, make, expand, &mut a);
        let parallel = scan(Source::All(0..n), 50, 2, make, expand, &mut b);
        assert_eq!(serial, parallel);
        assert_eq!(a, b);
        let narrowed = scan(Source::List(&a), 50, 2, make, expand, &mut b);
        assert_eq!(narrowed, serial);
    }
}
