//! NIP (Nomor Induk Pegawai) of PNS and NI PPPK: parsing, validation and display.
//!
//! Both are 18 digits. PNS: birth date YYYYMMDD, TMT CPNS YYYYMM, sex, sequence.
//! PPPK: birth date YYYYMMDD, appointment year YYYY, the digit 2, contract count, sex,
//! sequence. Digits 13-14 tell them apart: a month (01-12) for PNS, 21-29 for PPPK.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month};

use crate::lang::{Msg, msg};

/// Whether a NIP belongs to a civil servant (PNS) or a contract employee (PPPK).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AsnKind {
    Pns,
    Pppk,
}

impl AsnKind {
    /// The short label planners use.
    pub fn label(self) -> &'static str {
        match self {
            AsnKind::Pns => "PNS",
            AsnKind::Pppk => "PPPK",
        }
    }
}

/// Why a NIP is not valid; its message says what would be valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NipError {
    /// Digits hidden by `--mask-nip`.
    Masked,
    Length(usize),
    NotDigit(char),
    BirthDate(String),
    KindDigits(String),
    TooYoung {
        year: i32,
        month: u8,
        birth_year: i32,
    },
    PppkTooYoung {
        year: i32,
        birth_year: i32,
    },
    Sex(char),
    Sequence,
}

impl NipError {
    /// The message saying what is wrong, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            NipError::Masked => msg!("domain-nip-masked"),
            NipError::Length(n) => msg!("domain-nip-length", found = *n),
            NipError::NotDigit(c) => msg!("domain-nip-not-digit", found = format!("{c:?}")),
            NipError::BirthDate(d) => msg!("domain-nip-birth-date", date = d.as_str()),
            NipError::KindDigits(d) => msg!("domain-nip-kind-digits", digits = d.as_str()),
            NipError::TooYoung {
                year,
                month,
                birth_year,
            } => msg!(
                "domain-nip-too-young",
                tmt = format!("{year}-{month:02}"),
                born = birth_year.to_string(),
            ),
            NipError::PppkTooYoung { year, birth_year } => msg!(
                "domain-nip-pppk-too-young",
                year = year.to_string(),
                born = birth_year.to_string(),
            ),
            NipError::Sex(c) => msg!("domain-nip-sex", digit = *c),
            NipError::Sequence => msg!("domain-nip-sequence"),
        }
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for NipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

/// A validated 18-digit NIP, stored as ASCII digits (compact, `Copy`, cheap to hash).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nip([u8; 18]);

/// Sex as encoded in the NIP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0, |acc, b| acc * 10 + u32::from(b - b'0'))
}

impl Nip {
    /// Parses and validates a NIP; spaces between digit groups are accepted.
    pub fn parse(input: &str) -> Result<Nip, NipError> {
        let mut digits = [0u8; 18];
        let mut n = 0usize;
        // `masked` writes `*` over digits: such a file is a redacted copy, never real data.
        if input.contains('*') {
            return Err(NipError::Masked);
        }
        for c in input.trim().chars() {
            if c == ' ' {
                continue;
            }
            if !c.is_ascii_digit() {
                return Err(NipError::NotDigit(c));
            }
            if n < 18 {
                digits[n] = c as u8;
            }
            n += 1;
        }
        if n != 18 {
            return Err(NipError::Length(n));
        }
        let nip = Nip(digits);
        nip.validate()?;
        Ok(nip)
    }

    fn validate(&self) -> Result<(), NipError> {
        let d = &self.0;
        let birth = self
            .birth_date()
            .ok_or_else(|| NipError::BirthDate(format_ymd(&d[0..8])))?;
        let kind_digits = num(&d[12..14]);
        let birth_year = birth.year();
        let sex_digit = match (1..=12).contains(&kind_digits) {
            true => {
                let year = num(&d[8..12]) as i32;
                let month = kind_digits as u8;
                if year < birth_year + 18 {
                    return Err(NipError::TooYoung {
                        year,
                        month,
                        birth_year,
                    });
                }
                d[14]
            }
            false if (21..=29).contains(&kind_digits) => {
                let year = num(&d[8..12]) as i32;
                if year < birth_year + 18 {
                    return Err(NipError::PppkTooYoung { year, birth_year });
                }
                d[14]
            }
            false => {
                let s = String::from_utf8_lossy(&d[12..14]).into_owned();
                return Err(NipError::KindDigits(s));
            }
        };
        if sex_digit != b'1' && sex_digit != b'2' {
            return Err(NipError::Sex(sex_digit as char));
        }
        if num(&d[15..18]) == 0 {
            return Err(NipError::Sequence);
        }
        Ok(())
    }

    /// The 18 digits without spaces.
    pub fn as_str(&self) -> &str {
        // The array only ever holds ASCII digits (checked in `parse`).
        std::str::from_utf8(&self.0).unwrap_or("")
    }

    /// PNS or PPPK, from digits 13-14.
    pub fn kind(&self) -> AsnKind {
        if num(&self.0[12..14]) <= 12 {
            AsnKind::Pns
        } else {
            AsnKind::Pppk
        }
    }

    /// The birth date in the first eight digits, if it is a calendar date.
    pub fn birth_date(&self) -> Option<Date> {
        let d = &self.0;
        let year = num(&d[0..4]) as i32;
        let month = Month::try_from(num(&d[4..6]) as u8).ok()?;
        let day = num(&d[6..8]) as u8;
        Date::from_calendar_date(year, month, day).ok()
    }

    /// Sex from digit 15.
    pub fn sex(&self) -> Sex {
        if self.0[14] == b'2' {
            Sex::Female
        } else {
            Sex::Male
        }
    }

    /// Grouped for reading: `19850312 201001 2 003`.
    pub fn grouped(&self) -> String {
        let s = self.as_str();
        format!("{} {} {} {}", &s[0..8], &s[8..14], &s[14..15], &s[15..18])
    }

    /// Masked for screen sharing and exports: the birth date and sequence hidden.
    pub fn masked(&self) -> String {
        let s = self.as_str();
        format!("******** {} {} ***", &s[8..14], &s[14..15])
    }
}

fn format_ymd(d: &[u8]) -> String {
    let s = String::from_utf8_lossy(d);
    format!("{}-{}-{}", &s[0..4], &s[4..6], &s[6..8])
}

impl fmt::Display for Nip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Nip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Nip({})", self.as_str())
    }
}

impl Serialize for Nip {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Nip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Nip::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_pns_and_pppk() {
        let pns = Nip::parse("19850312 201001 2 003").unwrap();
        assert_eq!(pns.as_str(), "198503122010012003");
        assert_eq!(pns.kind(), AsnKind::Pns);
        assert_eq!(pns.sex(), Sex::Female);
        assert_eq!(pns.grouped(), "19850312 201001 2 003");
        let pppk = Nip::parse("199001012021211001").unwrap();
        assert_eq!(pppk.kind(), AsnKind::Pppk);
        assert_eq!(pppk.sex(), Sex::Male);
    }

    #[test]
    fn invalid_cases_name_the_problem() {
        let cases: &[(&str, &str)] = &[
            // Lib tests read the default language, Bahasa Indonesia (English: tests/domain_english.rs).
            ("19850312201001200", "harus 18 digit"),
            ("1985031220100120x3", "hanya boleh berisi digit"),
            ("197802302005012004", "1978-02-30 bukan tanggal kalender"),
            ("198503122010132003", "digit 13-14 bernilai 13"),
            ("198503121995012003", "sebelum usia 18 tahun"),
            ("198503122010013003", "digit jenis kelamin 3"),
            ("198503122010012000", "nomor urut 000"),
            ("199001012000211001", "tahun pengangkatan 2000"),
        ];
        for (input, expect) in cases {
            let err = crate::lang::Lang::Id.say(&Nip::parse(input).unwrap_err().msg());
            assert!(err.contains(expect), "{input}: {err}");
        }
    }

    #[test]
    fn masked_hides_birth_date() {
        let nip = Nip::parse("198503122010012003").unwrap();
        assert!(!nip.masked().contains("19850312"));
        assert_eq!(Nip::parse(&nip.masked()), Err(NipError::Masked));
    }
}
