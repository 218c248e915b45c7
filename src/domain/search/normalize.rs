//! Normalization of names and titles for lookup: case, accents, punctuation, academic and
//! religious titles, and old Indonesian spellings.
//!
//! The output is plain ASCII (`a-z`, `0-9`, single spaces between words), so the index can
//! keep every name in one byte buffer and match bytes. Each output char remembers the char
//! of the original it came from, so matches can be highlighted in the text as displayed.

use deunicode::deunicode_char;

use super::titles;

/// A normalized text and, per char of `text`, the index of the original char it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// ASCII: lowercase letters, digits and single spaces between words.
    pub text: String,
    /// `map[i]` is the char index in the original of `text`'s char `i` (non-decreasing).
    pub map: Vec<u32>,
}

/// Normalizes a person's name: titles dropped, spellings unified (also used for queries).
pub fn normalize(text: &str) -> Normalized {
    let mut out = Normalized::default();
    Normalizer::default().run(text, true, &mut out);
    out
}

/// Normalizes a unit name or position title: like [`normalize`] but keeps every word.
pub fn normalize_plain(text: &str) -> Normalized {
    let mut out = Normalized::default();
    Normalizer::default().run(text, false, &mut out);
    out
}

impl Normalized {
    /// Char indices of `original` to highlight for matched char indices of `self.text`.
    ///
    /// A normalized char stands for the original char it maps to plus the letters folded
    /// into it (`Dj` -> `j`, `oe` -> `u`), so both letters light up; the result is sorted.
    pub fn original_positions(&self, original: &str, matched: &[usize]) -> Vec<usize> {
        let chars: Vec<char> = original.chars().collect();
        let mut out = Vec::with_capacity(matched.len());
        for &i in matched {
            let Some(&start) = self.map.get(i) else {
                continue;
            };
            let start = start as usize;
            if start >= chars.len() {
                continue;
            }
            let end = self
                .map
                .get(i + 1)
                .map_or(chars.len(), |&e| (e as usize).min(chars.len()));
            out.push(start);
            out.extend((start + 1..end).take_while(|&k| chars[k].is_alphanumeric()));
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Reusable buffers, so building an index of a million names does not allocate per name.
#[derive(Debug, Default)]
pub(super) struct Normalizer {
    chars: Vec<char>,
    dropped: Vec<bool>,
    word: Vec<(u8, u32)>,
    words: Vec<(usize, usize)>,
    pieces: Vec<(usize, usize, usize)>,
}

/// Marks that join letters rather than separate words (`Ma'ruf` -> `maruf`).
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' | '\u{2bc}' | '\u{2bb}' | '\u{2032}'
    )
}

impl Normalizer {
    /// Normalizes `text` into `out` (cleared first); `titles` drops academic titles.
    pub(super) fn run(&mut self, text: &str, titles: bool, out: &mut Normalized) {
        out.text.clear();
        out.map.clear();
        self.chars.clear();
        self.chars.extend(text.chars());
        self.dropped.clear();
        self.dropped.resize(self.chars.len(), false);
        if titles {
            mark_titles(
                &self.chars,
                &mut self.dropped,
                &mut self.words,
                &mut self.pieces,
            );
        }
        self.word.clear();
        for (i, &ch) in self.chars.iter().enumerate() {
            let i = i as u32;
            if self.dropped[i as usize] {
                flush(&mut self.word, out);
            } else if is_apostrophe(ch) {
                continue;
            } else if ch.is_ascii() {
                push_byte(ch as u8, i, &mut self.word, out);
            } else {
                match deunicode_char(ch) {
                    Some(s) => s.bytes().for_each(|b| push_byte(b, i, &mut self.word, out)),
                    None => flush(&mut self.word, out),
                }
            }
        }
        flush(&mut self.word, out);
    }
}

fn push_byte(b: u8, i: u32, word: &mut Vec<(u8, u32)>, out: &mut Normalized) {
    if b.is_ascii_alphanumeric() {
        word.push((b.to_ascii_lowercase(), i));
    } else {
        flush(word, out);
    }
}

/// Ends the current word: folds old spellings and appends it after a single space.
fn flush(word: &mut Vec<(u8, u32)>, out: &mut Normalized) {
    if word.is_empty() {
        return;
    }
    if !out.text.is_empty() {
        out.text.push(' ');
        out.map.push(word[0].1);
    }
    let mut emit = |b: u8, at: u32| {
        out.text.push(char::from(b));
        out.map.push(at);
    };
    let mut i = 0;
    while i < word.len() {
        let (c, at) = word[i];
        let next = word.get(i + 1).map(|&(n, _)| n);
        // Old (pre-1972) spellings fold onto the new; `j` and `y` are then one letter, so
        // `dj` -> `j` -> `y` meets `Joko`, `tj` -> `c` meets `Cahyo`, `sj`/`nj` meet `sy`/`ny`.
        match (c, next) {
            (b'd', Some(b'j')) => emit(b'y', at),
            (b't', Some(b'j')) => emit(b'c', at),
            (b'o', Some(b'e')) => emit(b'u', at),
            (b'c', Some(b'h')) => {
                emit(b'k', at);
                emit(b'h', word[i + 1].1);
            }
            (b'j', _) => {
                emit(b'y', at);
                i += 1;
                continue;
            }
            _ => {
                emit(c, at);
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    word.clear();
}

/// Marks the chars of titles: prefixes before the name, suffixes after the first comma or,
/// when dotted, at the end of the name. At least one word of the name always survives, so
/// a query `dr` or `h` still means something while it is being typed.
fn mark_titles(
    chars: &[char],
    dropped: &mut [bool],
    words: &mut Vec<(usize, usize)>,
    pieces: &mut Vec<(usize, usize, usize)>,
) {
    let comma = chars.iter().position(|&c| c == ',');
    let name_end = comma.unwrap_or(chars.len());
    if let Some(c) = comma {
        mark_suffix_segments(chars, c, dropped, words);
    }
    words_in(chars, 0, name_end, words);
    while words.len() > 1 {
        let Some(&(s, e)) = words.last() else { break };
        let w = &chars[s..e];
        if w.contains(&'.') && titles::is_suffix(w) {
            dropped[s..e].fill(true);
            words.pop();
        } else {
            break;
        }
    }
    mark_prefixes(chars, words, pieces, dropped);
}

/// After the first comma: a comma-separated segment with a dotted word or a known title
/// (`S.E.`, `M.M`, `SE`, `Sp. A`) is titles; anything else is kept as part of the name.
fn mark_suffix_segments(
    chars: &[char],
    comma: usize,
    dropped: &mut [bool],
    segment: &mut Vec<(usize, usize)>,
) {
    let mut start = comma;
    while start < chars.len() {
        let end = chars[start + 1..]
            .iter()
            .position(|&c| c == ',')
            .map_or(chars.len(), |p| start + 1 + p);
        words_in(chars, start + 1, end, segment);
        let is_titles = segment.iter().any(|&(s, e)| {
            let w = &chars[s..e];
            w.contains(&'.') || titles::is_suffix(w)
        });
        if is_titles {
            dropped[start..end].fill(true);
        }
        start = end;
    }
}

/// Drops leading title pieces (`Dr.`, `Hj`, `Prof.Dr.Ir.`, `K.H.`) but never the last piece.
fn mark_prefixes(
    chars: &[char],
    words: &[(usize, usize)],
    pieces: &mut Vec<(usize, usize, usize)>,
    dropped: &mut [bool],
) {
    // Pieces end after a dot, so `H.Ahmad` is `H.` + `Ahmad`; each records its word.
    pieces.clear();
    for (w, &(s, e)) in words.iter().enumerate() {
        let mut p = s;
        for (k, _) in chars
            .iter()
            .enumerate()
            .take(e)
            .skip(s)
            .filter(|(_, c)| **c == '.')
        {
            pieces.push((p, k + 1, w));
            p = k + 1;
        }
        if p < e {
            pieces.push((p, e, w));
        }
    }
    let mut p = 0;
    while p + 1 < pieces.len() {
        let word = pieces[p].2;
        let word_end = pieces[p..]
            .iter()
            .position(|x| x.2 != word)
            .map_or(pieces.len(), |n| p + n);
        // The longest run of pieces in this word that is one title (`K.H.` is `kh`),
        // leaving at least one piece of the name.
        let run = (p + 1..=word_end.min(pieces.len() - 1))
            .rev()
            .find(|&q| titles::is_prefix(&chars[pieces[p].0..pieces[q - 1].1]));
        let Some(q) = run else { break };
        dropped[pieces[p].0..pieces[q - 1].1].fill(true);
        p = q;
    }
}

/// Whitespace-separated words of `chars[start..end]` as char ranges, into `out`.
fn words_in(chars: &[char], start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut s = None;
    for (k, c) in chars.iter().enumerate().take(end).skip(start) {
        match (c.is_whitespace(), s) {
            (false, None) => s = Some(k),
            (true, Some(b)) => {
                out.push((b, k));
                s = None;
            }
            _ => {}
        }
    }
    if let Some(b) = s {
        out.push((b, end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_table() {
        let cases: &[(&str, &str)] = &[
            // titles before and after the name
            ("Sri Wahyuni, S.E., M.M.", "sri wahyuni"),
            ("Dr. Hj. Siti Aminah, S.E.", "siti aminah"),
            ("dr. Bambang Sutrisno, Sp.PD", "bambang sutrisno"),
            ("drg. Ratna Dewi", "ratna dewi"),
            ("Drs. H. Ahmad Fauzi, M.Si.", "ahmad fauzi"),
            ("Dra. Endang Lestari", "endang lestari"),
            ("Prof. Dr. Ir. Hadi Susanto, M.T.", "hadi susanto"),
            ("Ir. Hadi", "hadi"),
            ("H. Hadi", "hadi"),
            ("Hadi Santoso", "hadi santoso"),
            ("Ns. Dewi Anggraini, S.Kep.", "dewi anggraini"),
            ("Rina Marlina, A.Md.Kep.", "rina marlina"),
            ("Agus Salim, S.KM., M.Kes.", "agus salim"),
            ("Yudi Prasetyo, S.T., M.T.", "yudi prasetyo"),
            ("Nur Aini, S.Pd., M.Pd.", "nur aini"),
            ("Fikri Haikal, S.IP.", "fikri haikal"),
            ("dr. Maya Sari, Sp.A", "maya sari"),
            ("Lukman Hakim, Lc.", "lukman hakim"),
            ("Dimas Anggara, S.Tr.", "dimas anggara"),
            ("Sri Wahyuni, SE, MM", "sri wahyuni"),
            ("Budi Santoso S.E. M.M.", "budi santoso"),
            ("K.H. Abdul Ghofur", "abdul ghofur"),
            ("Prof.Dr.Ir. Hadi", "hadi"),
            ("Hj.Siti", "siti"),
            ("dr. Wulan, Sp. A", "wulan"),
            ("Budi Se", "budi se"),
            ("Dr.", "dr"),
            // accents, punctuation, apostrophes
            ("José Ramos-Horta", "yose ramos horta"),
            ("Ma'ruf Amin", "maruf amin"),
            ("Ma\u{2019}ruf", "maruf"),
            ("Nur'aini", "nuraini"),
            ("M. Ridwan", "m ridwan"),
            ("  SITI   AMINAH  ", "siti aminah"),
            // old spellings
            ("Soeprapto", "suprapto"),
            ("Djoko Tjahjono", "yoko cahyono"),
            ("Sjahrir", "syahrir"),
            ("Njoman", "nyoman"),
            ("Chairul Tanjung", "khairul tanyung"),
            // Chinese-Indonesian names
            ("Tjoa Eng Hoei", "coa eng hui"),
            ("Liem Swie King", "liem swie king"),
            ("Oei Hong Djien", "ui hong yien"),
        ];
        for (input, expect) in cases {
            assert_eq!(normalize(input).text, *expect, "{input}");
        }
    }

    #[test]
    fn old_and_new_spellings_meet() {
        let pairs = [
            ("Soeprapto", "Suprapto"),
            ("Djoko", "Joko"),
            ("Tjahjo", "Cahyo"),
            ("Sjahrir", "Syahrir"),
            ("Njoman", "Nyoman"),
            ("Chairul", "Khairul"),
            ("Moehammad Noer", "Muhammad Nur"),
        ];
        for (old, new) in pairs {
            assert_eq!(normalize(old).text, normalize(new).text, "{old} / {new}");
        }
    }

    #[test]
    fn plain_keeps_every_word() {
        assert_eq!(
            normalize_plain("Dinas Kesehatan, Bidang P2P").text,
            "dinas kesehatan bidang p2p"
        );
        assert_eq!(normalize_plain("RSUD dr. Kariadi").text, "rsud dr kariadi");
    }

    #[test]
    fn map_points_into_the_original() {
        let original = "Dr. Hj. Siti Aminah, S.E.";
        let n = normalize(original);
        assert_eq!(n.text.len(), n.map.len());
        let chars: Vec<char> = original.chars().collect();
        for (c, &m) in n.text.chars().zip(&n.map) {
            if c != ' ' {
                assert_eq!(chars[m as usize].to_ascii_lowercase(), c);
            }
        }
        // `amin` inside `aminah`
        let start = n.text.find("amin").unwrap();
        let pos = n.original_positions(original, &[start, start + 1, start + 2, start + 3]);
        let lit: String = pos.iter().map(|&i| chars[i]).collect();
        assert_eq!(lit, "Amin");
    }

    #[test]
    fn folded_letters_highlight_together() {
        let original = "Djoko Soeprapto";
        let n = normalize(original);
        assert_eq!(n.text, "yoko suprapto");
        let chars: Vec<char> = original.chars().collect();
        let lit = |m: &[usize]| -> String {
            n.original_positions(original, m)
                .iter()
                .map(|&i| chars[i])
                .collect()
        };
        assert_eq!(lit(&[0, 1]), "Djo");
        assert_eq!(lit(&[5, 6, 7]), "Soep");
        assert_eq!(
            lit(&(0..n.text.len()).collect::<Vec<_>>()),
            "DjokoSoeprapto"
        );
    }

    #[test]
    fn non_latin_scripts_transliterate() {
        let n = normalize("陈 Budi");
        assert!(n.text.ends_with("budi"), "{}", n.text);
        assert_eq!(n.text.len(), n.map.len());
        assert!(normalize("Ẓaki").text == "zaki");
    }
}
