//! Lookup of staff by name or NIP, and of units and positions by name: the one search
//! behind `penata search` and the in-app `/` lookup.
//!
//! Names are normalized once ([`normalize`]: case, accents, punctuation, academic and
//! religious titles, old spellings) into a [`SearchIndex`]. A query is normalized the same
//! way and split into words; every word must match on its own, in any order, as in fzf,
//! scored by skim v2 and summed; best first, ties to the shorter name, then the lower NIP.
//! A query of digits (spaces allowed) looks up NIPs instead: prefix first, then substring.
//! An empty query finds nothing.
//!
//! Speed (issue 6): each kind of text lives deduplicated in one ASCII buffer; a byte-level
//! subsequence test rejects most texts before the scorer runs; only the best `limit`
//! targets are kept, in a bounded heap; [`LiveSearch`] rescans only the previous
//! keystroke's matches when the query narrows; big scans split over two threads.

mod bound;
mod corpus;
mod normalize;
mod score;
#[cfg(test)]
mod tests;
mod titles;

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

pub use self::corpus::CorpusParts;
use self::corpus::{Corpus, Ranked, Source, TopN, Verdict, is_subsequence, scan};
use super::org::{EmployeeIx, Organization, PositionIx, UnitIx};

pub use self::normalize::{Normalized, normalize, normalize_plain};

/// Score of a NIP that starts with the queried digits; each later start costs one point.
pub const NIP_PREFIX_SCORE: i64 = 1000;

/// What a hit points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Employee(EmployeeIx),
    Unit(UnitIx),
    Position(PositionIx),
}

/// One search result with what to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    /// Higher is better; comparable only within one query and one kind.
    pub score: i64,
    /// Sorted char indices into the display text: the employee's `name` (or, when
    /// `by_nip`, the 18 digits of `nip.as_str()`; see [`nip_grouped_positions`]), the
    /// unit's `name` or the position's `title`.
    pub matched: Vec<usize>,
    /// Whether the employee was found by NIP rather than by name.
    pub by_nip: bool,
}

/// Maps matched positions in the plain 18-digit NIP to positions in `Nip::grouped()`
/// (`19850312 201001 2 003`), for highlighting the grouped form.
pub fn nip_grouped_positions(matched: &[usize]) -> Vec<usize> {
    matched
        .iter()
        .map(|&i| i + usize::from(i >= 8) + usize::from(i >= 14) + usize::from(i >= 15))
        .collect()
}

static GENERATION: AtomicU64 = AtomicU64::new(1);

/// Normalized names, titles and NIPs of one organization, built once and searched per
/// keystroke. Targets are indexes into the organization it was built from: rebuild it when
/// employees, units or positions are added, removed or renamed (a move needs no rebuild).
#[derive(Clone)]
pub struct SearchIndex {
    people: Corpus,
    units: Corpus,
    positions: Corpus,
    /// NIP digits by employee index (contiguous, 18 bytes each).
    nips: Vec<[u8; 18]>,
    /// Whether `nips` ascend, so the NIPs starting with given digits are one run of indexes.
    nips_sorted: bool,
    /// Tells [`LiveSearch`] whether its remembered candidates belong to this index.
    generation: u64,
    threads: usize,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("people_texts", &self.people.len())
            .field("unit_texts", &self.units.len())
            .field("position_texts", &self.positions.len())
            .field("employees", &self.nips.len())
            .field("threads", &self.threads)
            .finish()
    }
}

impl SearchIndex {
    /// Normalizes every name, unit name, position title and NIP of `org`.
    pub fn build(org: &Organization) -> SearchIndex {
        let nips: Vec<[u8; 18]> = org
            .employees()
            .iter()
            .map(|e| {
                let mut digits = [0u8; 18];
                for (d, s) in digits.iter_mut().zip(e.nip.as_str().bytes()) {
                    *d = s;
                }
                digits
            })
            .collect();
        SearchIndex {
            people: Corpus::build(org.employees().iter().map(|e| e.name.as_str()), true),
            units: Corpus::build(org.units().iter().map(|u| u.name.as_str()), false),
            positions: Corpus::build(org.positions().iter().map(|p| p.title.as_str()), false),
            nips_sorted: ascending(&nips),
            nips,
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
            threads: std::thread::available_parallelism().map_or(1, |n| n.get().min(2)),
        }
    }

    /// Staff only (the CLI): best first, at most `limit`.
    pub fn people(&self, org: &Organization, query: &str, limit: usize) -> Vec<Hit> {
        LiveSearch::people_only().update(self, org, query, limit)
    }

    /// Everything (the app): people first, then units, then positions; at most `limit`.
    pub fn all(&self, org: &Organization, query: &str, limit: usize) -> Vec<Hit> {
        LiveSearch::new().update(self, org, query, limit)
    }

    /// Staff only, without an organization at hand (`penata search` over a stored index):
    /// the same ranking as [`SearchIndex::people`], as employee indexes and scores.
    pub fn people_ranked(&self, query: &str, limit: usize) -> Vec<(EmployeeIx, i64)> {
        let Some(ranking) = LiveSearch::people_only().rank(self, query, limit, &|| false) else {
            return Vec::new();
        };
        let n = ranking.people.len().min(limit);
        ranking.people[..n]
            .iter()
            .filter(|r| (r.target as usize) < self.nips.len())
            .map(|r| (r.target, r.score))
            .collect()
    }

    /// The normalized texts and NIPs, for storing the index beside the data so a later
    /// start need not normalize every name again.
    pub fn to_parts(&self) -> IndexParts {
        IndexParts {
            people: self.people.to_parts(),
            units: self.units.to_parts(),
            positions: self.positions.to_parts(),
            nips: self.nips.clone(),
        }
    }

    /// An index from stored parts, for an organization of that many units and positions
    /// (employees: one NIP each); `None` when the parts are inconsistent.
    pub fn from_parts(parts: IndexParts, units: usize, positions: usize) -> Option<SearchIndex> {
        let employees = parts.nips.len();
        if !parts.nips.iter().all(|n| n.iter().all(u8::is_ascii_digit)) {
            return None;
        }
        Some(SearchIndex {
            people: Corpus::from_parts(parts.people, employees)?,
            units: Corpus::from_parts(parts.units, units)?,
            positions: Corpus::from_parts(parts.positions, positions)?,
            nips_sorted: ascending(&parts.nips),
            nips: parts.nips,
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
            threads: std::thread::available_parallelism().map_or(1, |n| n.get().min(2)),
        })
    }

    /// Whether this index was built for an organization of these sizes.
    pub fn fits(&self, org: &Organization) -> bool {
        self.nips.len() == org.employees().len()
            && self.units.members_len() == org.units().len()
            && self.positions.members_len() == org.positions().len()
    }

    /// Bytes held by the index, for the memory figures of the benchmarks.
    pub fn heap_bytes(&self) -> usize {
        self.people.heap_bytes()
            + self.units.heap_bytes()
            + self.positions.heap_bytes()
            + 18 * self.nips.capacity()
    }

    /// Uses at most `threads` threads per scan (1 = never spawn; the default is up to 2).
    pub fn with_threads(mut self, threads: usize) -> SearchIndex {
        self.threads = threads.max(1);
        self
    }
}

fn ascending(nips: &[[u8; 18]]) -> bool {
    nips.windows(2).all(|w| w[0] <= w[1])
}

/// The stored form of a [`SearchIndex`] (see [`SearchIndex::to_parts`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexParts {
    pub people: CorpusParts,
    pub units: CorpusParts,
    pub positions: CorpusParts,
    /// NIP digits by employee index.
    pub nips: Vec<[u8; 18]>,
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Query {
    #[default]
    Empty,
    /// Digits only: a NIP prefix or fragment.
    Nip(Vec<u8>),
    /// Normalized words, each to match on its own.
    Words(Vec<String>),
}

impl Query {
    fn parse(query: &str) -> Query {
        let trimmed = query.trim();
        if trimmed.is_empty() {
            return Query::Empty;
        }
        if trimmed
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace())
        {
            return Query::Nip(trimmed.bytes().filter(u8::is_ascii_digit).collect());
        }
        let words: Vec<String> = normalize(trimmed)
            .text
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        if words.is_empty() {
            Query::Empty
        } else {
            Query::Words(words)
        }
    }

    /// Whether everything `next` matches is also matched by `self`, so `next` can be
    /// answered from `self`'s matches alone. For words: each old word is a subsequence of
    /// some new word (typing on, or adding a word). Normalization can change earlier
    /// letters (`so` then `soe` = `su`), which is why this is checked, not assumed.
    fn narrows_to(&self, next: &Query) -> bool {
        match (self, next) {
            (Query::Nip(old), Query::Nip(new)) => find(new, old).is_some(),
            (Query::Words(old), Query::Words(new)) => old.iter().all(|o| {
                new.iter()
                    .any(|n| is_subsequence(o.as_bytes(), n.as_bytes()))
            }),
            _ => false,
        }
    }
}

/// First occurrence of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&d0, rest)) = needle.split_first() else {
        return Some(0);
    };
    // Compare the first digit before the rest: most windows fail there.
    (0..(hay.len() + 1).saturating_sub(needle.len()))
        .find(|&i| hay[i] == d0 && rest.iter().zip(&hay[i + 1..]).all(|(a, b)| a == b))
}

/// Incremental search for the app: remembers which texts matched the last query, so that
/// a keystroke that narrows it rescans only those. Same results as a fresh search.
///
/// Call [`LiveSearch::update`] on every change of the query; the state follows the index
/// it was last used with (a rebuilt index starts afresh).
#[derive(Debug, Clone)]
pub struct LiveSearch {
    people_only: bool,
    generation: u64,
    last: Query,
    /// Matches of `last`: people text ids (or employee indexes for a NIP query), unit and
    /// position text ids, each ascending.
    people: Vec<u32>,
    units: Vec<u32>,
    positions: Vec<u32>,
    /// Reused output buffer of the next scan.
    spare: Vec<u32>,
    /// Reused buffer of matches with their score bounds.
    keys: Vec<(Ranked, u32)>,
}

impl Default for LiveSearch {
    fn default() -> Self {
        LiveSearch::new()
    }
}

impl LiveSearch {
    /// Searches people, units and positions (the app).
    pub fn new() -> Self {
        LiveSearch {
            people_only: false,
            generation: 0,
            last: Query::Empty,
            people: Vec::new(),
            units: Vec::new(),
            positions: Vec::new(),
            spare: Vec::new(),
            keys: Vec::new(),
        }
    }

    /// Searches people only.
    pub fn people_only() -> Self {
        LiveSearch {
            people_only: true,
            ..LiveSearch::new()
        }
    }

    /// Forgets the remembered matches (the next update scans everything).
    pub fn reset(&mut self) {
        self.last = Query::Empty;
    }

    /// Results for `query`: people first (best first), then units and positions; at most
    /// `limit`. When all three kinds match, units and positions keep up to a quarter of
    /// `limit` each and people take the rest; unused room goes to the others.
    pub fn update(
        &mut self,
        index: &SearchIndex,
        org: &Organization,
        query: &str,
        limit: usize,
    ) -> Vec<Hit> {
        self.rank(index, query, limit, &|| false)
            .map(|r| r.hits(org))
            .unwrap_or_default()
    }

    /// What [`LiveSearch::update`] computes, short of the display: needs only the index, so
    /// a worker thread can run it. Gives up and returns `None` as soon as `stop` says so (a
    /// newer keystroke arrived); the next call then scans everything.
    pub fn rank(
        &mut self,
        index: &SearchIndex,
        query: &str,
        limit: usize,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Ranking> {
        let query = Query::parse(query);
        let narrow = self.generation == index.generation && self.last.narrows_to(&query);
        self.generation = index.generation;
        let mut ranking = Ranking {
            limit,
            generation: index.generation,
            ..Ranking::default()
        };
        let mut narrowable = true;
        match &query {
            Query::Empty => {}
            Query::Nip(digits) => {
                let (people, complete) = self.step_nip(index, digits, narrow, limit);
                ranking.people = people;
                if !complete {
                    // The next keystroke cannot narrow from matches that were not collected.
                    narrowable = false;
                }
            }
            Query::Words(words) => self.step_words(index, words, narrow, limit, stop, &mut ranking),
        }
        if stop() {
            // The remembered matches may be partial.
            self.reset();
            return None;
        }
        if matches!(query, Query::Empty | Query::Nip(_)) {
            self.units.clear();
            self.positions.clear();
            if query == Query::Empty {
                self.people.clear();
            }
        }
        self.last = if narrowable {
            query.clone()
        } else {
            Query::Empty
        };
        ranking.query = query;
        Some(ranking)
    }

    /// The best NIPs for `digits`, and whether every match was collected for the next
    /// keystroke.
    fn step_nip(
        &mut self,
        index: &SearchIndex,
        digits: &[u8],
        narrow: bool,
        limit: usize,
    ) -> (Vec<Ranked>, bool) {
        // A prefix scores the most a NIP can, ties go to the lower index, and in ascending
        // NIPs the prefixed ones are one run: when that run fills the limit, its first
        // `limit` are the answer, without visiting every NIP (`1`, `19`, `197` at 1M).
        if index.nips_sorted {
            let start = index.nips.partition_point(|n| n.as_slice() < digits);
            let run = index.nips[start..]
                .iter()
                .take(limit)
                .take_while(|n| n.starts_with(digits))
                .count();
            if run == limit {
                let ranked = (start..start + run)
                    .map(|e| Ranked {
                        score: NIP_PREFIX_SCORE,
                        len: 0,
                        target: e as u32,
                    })
                    .collect();
                return (ranked, false);
            }
        }
        let source = if narrow {
            Source::List(&self.people)
        } else {
            Source::All(0..index.nips.len() as u32)
        };
        let make = || {
            |e: u32, _: &TopN| match index.nips.get(e as usize).and_then(|n| find(n, digits)) {
                Some(pos) => Verdict::Scored(NIP_PREFIX_SCORE - pos as i64, 0),
                None => Verdict::Miss,
            }
        };
        let offer = |e, score, len, top: &mut TopN| {
            top.offer(Ranked {
                score,
                len,
                target: e,
            });
        };
        let ranked = scan(source, limit, index.threads, make, offer, &mut self.spare);
        std::mem::swap(&mut self.people, &mut self.spare);
        (ranked, true)
    }

    fn step_words(
        &mut self,
        index: &SearchIndex,
        words: &[String],
        narrow: bool,
        limit: usize,
        stop: &(dyn Fn() -> bool + Sync),
        ranking: &mut Ranking,
    ) {
        let mut step = |corpus: &Corpus, candidates: &mut Vec<u32>| {
            let source = if narrow {
                Source::List(candidates)
            } else {
                Source::All(0..corpus.len() as u32)
            };
            let ranked = bound::rank(
                corpus,
                source,
                words,
                limit,
                index.threads,
                stop,
                &mut self.spare,
                &mut self.keys,
            );
            std::mem::swap(candidates, &mut self.spare);
            ranked
        };
        ranking.people = step(&index.people, &mut self.people);
        if !self.people_only {
            ranking.units = step(&index.units, &mut self.units);
            ranking.positions = step(&index.positions, &mut self.positions);
        }
    }
}

/// The best targets of one query, before display: what a worker thread hands back to the
/// app, which turns it into [`Hit`]s with the organization ([`Ranking::hits`]).
#[derive(Debug, Clone, Default)]
pub struct Ranking {
    query: Query,
    people: Vec<Ranked>,
    units: Vec<Ranked>,
    positions: Vec<Ranked>,
    limit: usize,
    /// The index generation it was computed with.
    generation: u64,
}

impl Ranking {
    /// Whether it was computed with this index (a rebuilt index has other target numbers).
    pub fn is_for(&self, index: &SearchIndex) -> bool {
        self.generation == index.generation
    }

    /// The hits with their highlights; `org` is the organization the index was built from
    /// (or one with the same people, units and positions, such as a plan's view).
    pub fn hits(&self, org: &Organization) -> Vec<Hit> {
        let words = match &self.query {
            Query::Empty => return Vec::new(),
            Query::Nip(digits) => return nip_hits(org, &self.people, digits),
            Query::Words(words) => words,
        };
        let found = [self.people.len(), self.units.len(), self.positions.len()];
        let [np, nu, nq] = share(found, self.limit);
        let mut hits = Vec::with_capacity(np + nu + nq);
        for r in &self.people[..np] {
            if let Some(e) = org.employees().get(r.target as usize) {
                hits.push(Hit {
                    target: Target::Employee(r.target),
                    score: r.score,
                    matched: highlight(&e.name, true, words),
                    by_nip: false,
                });
            }
        }
        for r in &self.units[..nu] {
            if let Some(u) = org.units().get(r.target as usize) {
                hits.push(Hit {
                    target: Target::Unit(r.target),
                    score: r.score,
                    matched: highlight(&u.name, false, words),
                    by_nip: false,
                });
            }
        }
        for r in &self.positions[..nq] {
            if let Some(p) = org.positions().get(r.target as usize) {
                hits.push(Hit {
                    target: Target::Position(r.target),
                    score: r.score,
                    matched: highlight(&p.title, false, words),
                    by_nip: false,
                });
            }
        }
        hits
    }
}

/// How many hits of each kind (people, units, positions) fit in `limit`.
fn share(found: [usize; 3], limit: usize) -> [usize; 3] {
    let reserve = limit / 4;
    let units = found[1].min(reserve);
    let positions = found[2].min(reserve);
    let people = found[0].min(limit - units - positions);
    let mut room = limit - people - units - positions;
    let more_units = (found[1] - units).min(room);
    room -= more_units;
    let more_positions = (found[2] - positions).min(room);
    [people, units + more_units, positions + more_positions]
}

/// Original char indices of `display` matched by the words, highlighted per word.
fn highlight(display: &str, titles: bool, words: &[String]) -> Vec<usize> {
    let n = if titles {
        normalize(display)
    } else {
        normalize_plain(display)
    };
    let mut idx = Vec::new();
    for w in words {
        // A fresh matcher per call: a reused one can carry state between calls.
        let matcher = SkimMatcherV2::default().respect_case();
        if let Some((_, positions)) = matcher.fuzzy_indices(&n.text, w) {
            idx.extend(positions);
        }
    }
    idx.sort_unstable();
    idx.dedup();
    n.original_positions(display, &idx)
}

fn nip_hits(org: &Organization, ranked: &[Ranked], digits: &[u8]) -> Vec<Hit> {
    ranked
        .iter()
        .filter_map(|r| {
            let e = org.employees().get(r.target as usize)?;
            let pos = find(e.nip.as_str().as_bytes(), digits)?;
            Some(Hit {
                target: Target::Employee(r.target),
                score: r.score,
                matched: (pos..pos + digits.len()).collect(),
                by_nip: true,
            })
        })
        .collect()
}
