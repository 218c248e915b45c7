//! Academic, professional and religious titles that decorate Indonesian names.
//!
//! Titles are recognised by position only: prefixes before the name (`Dr. Hj. Siti`) and
//! suffixes after the first comma (`Siti, S.E., M.M.`) or, when written with dots, at the
//! end of the name (`Siti S.E.`). A title is compared by its key: its letters and digits,
//! lowercased, without dots or spaces (`A.Md.Kep.` -> `amdkep`).

/// Titles written before the name. `h` and `hj` are Haji/Hajjah; `kh` is Kyai Haji.
const PREFIX: &[&str] = &[
    "apt", "bd", "dr", "dra", "drg", "drh", "drs", "h", "hj", "ir", "kh", "ns", "prof",
];

/// Titles written after the name (degrees, specialists, professions). Kept sorted.
const SUFFIX: &[&str] = &[
    "ak", "amd", "amdak", "amdfarm", "amdgz", "amdkeb", "amdkep", "amdkes", "amdkl", "amdrad",
    "amk", "apt", "bsc", "cpa", "lc", "ma", "mag", "mak", "map", "mars", "mba", "mds", "meng",
    "mh", "mhi", "mhum", "mikom", "mkeb", "mkep", "mkes", "mkm", "mkn", "mkom", "mm", "mp", "mpd",
    "mpdi", "mph", "mpsi", "msc", "msi", "mstp", "mt", "ns", "phd", "sag", "sds", "se", "sei",
    "sfarm", "sgz", "sh", "shi", "shum", "shut", "sikom", "sip", "skeb", "sked", "skep", "skm",
    "skom", "sp", "spa", "spak", "span", "spb", "spd", "spdi", "spjp", "spk", "spkj", "spkk",
    "spm", "spn", "spog", "spp", "sppd", "spsi", "spt", "ssi", "ssit", "ssos", "sst", "sstp", "st",
    "str", "strkeb", "strkep", "strkes",
];

/// Longest key in the lists; longer words are never titles.
const MAX_KEY: usize = 12;

/// Compares `word`'s key (ASCII letters and digits, lowercased) against a sorted list,
/// without allocating: normalization runs over every name of a province.
fn key_in(word: &[char], list: &[&str]) -> bool {
    let mut buf = [0u8; MAX_KEY];
    let mut len = 0;
    for c in word.iter().filter(|c| c.is_ascii_alphanumeric()) {
        if len == MAX_KEY {
            return false;
        }
        buf[len] = c.to_ascii_lowercase() as u8;
        len += 1;
    }
    std::str::from_utf8(&buf[..len]).is_ok_and(|k| !k.is_empty() && list.binary_search(&k).is_ok())
}

/// Whether a word (or run of dotted pieces) is a title written before the name.
pub(super) fn is_prefix(word: &[char]) -> bool {
    key_in(word, PREFIX)
}

/// Whether a word is a title written after the name.
pub(super) fn is_suffix(word: &[char]) -> bool {
    key_in(word, SUFFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert!(PREFIX.windows(2).all(|w| w[0] < w[1]));
        assert!(SUFFIX.windows(2).all(|w| w[0] < w[1]), "{SUFFIX:?}");
    }

    #[test]
    fn keys_ignore_dots_and_case() {
        let w = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(is_suffix(&w("A.Md.Kep.")));
        assert!(is_suffix(&w("Sp.PD")));
        assert!(is_prefix(&w("Hj.")));
        assert!(!is_prefix(&w("Hadi")));
        assert!(!is_prefix(&w(".")));
        assert!(!is_suffix(&w("Sepertigapuluhsatu")));
        assert!(PREFIX.iter().chain(SUFFIX).all(|k| k.len() <= MAX_KEY));
    }
}
