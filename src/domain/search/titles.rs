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

/// The comparison key of a title candidate: ASCII letters and digits, lowercased.
pub(super) fn key(word: &[char]) -> String {
    word.iter()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether a key names a title written before the name.
pub(super) fn is_prefix(key: &str) -> bool {
    PREFIX.binary_search(&key).is_ok()
}

/// Whether a key names a title written after the name.
pub(super) fn is_suffix(key: &str) -> bool {
    SUFFIX.binary_search(&key).is_ok()
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
        let k = |s: &str| key(&s.chars().collect::<Vec<_>>());
        assert_eq!(k("A.Md.Kep."), "amdkep");
        assert!(is_suffix(&k("Sp.PD")));
        assert!(is_prefix(&k("Hj.")));
        assert!(!is_prefix(&k("Hadi")));
    }
}
