//! Golongan (rank): PNS golongan/ruang `I/a`..`IV/e` with their pangkat names, PPPK `I`..`XVII`.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::nip::AsnKind;
use crate::lang::{Msg, msg};

const ROMAN: [&str; 17] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII",
];

const PANGKAT: [[&str; 5]; 4] = [
    [
        "Juru Muda",           // i18n-exempt: a pangkat (a domain term)
        "Juru Muda Tingkat I", // i18n-exempt: a pangkat (a domain term)
        "Juru",
        "Juru Tingkat I", // i18n-exempt: a pangkat (a domain term)
        "",
    ],
    [
        "Pengatur Muda",           // i18n-exempt: a pangkat (a domain term)
        "Pengatur Muda Tingkat I", // i18n-exempt: a pangkat (a domain term)
        "Pengatur",
        "Pengatur Tingkat I", // i18n-exempt: a pangkat (a domain term)
        "",
    ],
    [
        "Penata Muda",           // i18n-exempt: a pangkat (a domain term)
        "Penata Muda Tingkat I", // i18n-exempt: a pangkat (a domain term)
        "Penata",
        "Penata Tingkat I", // i18n-exempt: a pangkat (a domain term)
        "",
    ],
    [
        "Pembina",
        "Pembina Tingkat I",   // i18n-exempt: a pangkat (a domain term)
        "Pembina Utama Muda",  // i18n-exempt: a pangkat (a domain term)
        "Pembina Utama Madya", // i18n-exempt: a pangkat (a domain term)
        "Pembina Utama",       // i18n-exempt: a pangkat (a domain term)
    ],
];

/// A golongan: PNS with ruang letter, or PPPK with a roman numeral only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rank {
    /// PNS golongan 1-4 with ruang 0-based (a = 0); IV has a-e, the others a-d.
    Pns { golongan: u8, ruang: u8 },
    /// PPPK golongan 1-17.
    Pppk(u8),
}

/// Why a rank text is not a rank.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RankError(pub String);

impl RankError {
    /// The message saying what a golongan looks like, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        msg!(
            "domain-not-a-golongan",
            found = super::validate::quote(&self.0)
        )
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for RankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

fn roman(n: &str) -> Option<u8> {
    ROMAN
        .iter()
        .position(|r| r.eq_ignore_ascii_case(n))
        .map(|i| i as u8 + 1)
}

impl Rank {
    /// Parses `III/c`, `iii/C`, `III-c` or a PPPK `IX`.
    pub fn parse(input: &str) -> Result<Rank, RankError> {
        let t = input.trim();
        let err = || RankError(input.to_string());
        if let Some((g, r)) = t.split_once(['/', '-']) {
            let golongan = roman(g.trim()).filter(|g| *g <= 4).ok_or_else(err)?;
            let mut letters = r.trim().chars();
            let letter = letters.next().ok_or_else(err)?.to_ascii_lowercase();
            if letters.next().is_some() || !letter.is_ascii_lowercase() {
                return Err(err());
            }
            let ruang = letter as u8 - b'a';
            let max = if golongan == 4 { 4 } else { 3 };
            if ruang > max {
                return Err(err());
            }
            Ok(Rank::Pns { golongan, ruang })
        } else {
            roman(t).map(Rank::Pppk).ok_or_else(err)
        }
    }

    /// PNS or PPPK.
    pub fn kind(self) -> AsnKind {
        match self {
            Rank::Pns { .. } => AsnKind::Pns,
            Rank::Pppk(_) => AsnKind::Pppk,
        }
    }

    /// The pangkat name of a PNS rank (`Penata Muda Tingkat I`); PPPK ranks have none.
    pub fn pangkat(self) -> Option<&'static str> {
        match self {
            Rank::Pns { golongan, ruang } => Some(PANGKAT[golongan as usize - 1][ruang as usize]),
            Rank::Pppk(_) => None,
        }
    }

    /// A number that orders ranks of the same kind from low to high.
    pub fn order(self) -> u8 {
        match self {
            Rank::Pns { golongan, ruang } => (golongan - 1) * 5 + ruang,
            Rank::Pppk(n) => n,
        }
    }
}

impl fmt::Display for Rank {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Rank::Pns { golongan, ruang } => write!(
                f,
                "{}/{}",
                ROMAN[golongan as usize - 1],
                (b'a' + ruang) as char
            ),
            Rank::Pppk(n) => f.write_str(ROMAN[n as usize - 1]),
        }
    }
}

impl Serialize for Rank {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Rank {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Rank::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_displays_every_pns_rank() {
        for g in ["I", "II", "III"] {
            for r in ["a", "b", "c", "d"] {
                let text = format!("{g}/{r}");
                assert_eq!(Rank::parse(&text).unwrap().to_string(), text);
            }
        }
        assert_eq!(Rank::parse("iv/E").unwrap().to_string(), "IV/e");
        assert_eq!(
            Rank::parse("III/b").unwrap().pangkat(),
            Some("Penata Muda Tingkat I") // i18n-exempt: a pangkat (a domain term)
        );
        assert_eq!(
            Rank::parse("IV/e").unwrap().pangkat(),
            Some("Pembina Utama")
        );
    }

    #[test]
    fn parses_pppk_and_rejects_nonsense() {
        assert_eq!(Rank::parse("IX").unwrap(), Rank::Pppk(9));
        assert_eq!(Rank::parse("XVII").unwrap().kind(), AsnKind::Pppk);
        for bad in ["III/e", "V/a", "XVIII", "", "3c", "II/ab"] {
            assert!(Rank::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn order_is_monotonic_within_pns() {
        let a = Rank::parse("III/d").unwrap().order();
        let b = Rank::parse("IV/a").unwrap().order();
        assert!(a < b);
    }
}
