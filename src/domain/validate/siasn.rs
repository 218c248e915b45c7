//! Rules for the keys SIASN imports add: ids and texts, the jenjang, the employee's dates
//! (real dates, the birth date agreeing with the NIP, TMT CPNS not before birth) and the
//! SKP history (years 1990-2100, one entry per year, sorted on read).

use time::Date;
use time::macros::format_description;

use super::{Ctx, Raw, RawProfile, RawRecord, RawSkp, SKP_FIELDS, Validator, quote};
use crate::domain::employee::{Performance, Profile, SkpYear};
use crate::domain::nip::Nip;
use crate::domain::position::Jenjang;
use crate::lang::msg;

/// The longest id or text a SIASN key may hold, in characters.
pub const MAX_SIASN_TEXT: usize = 200;

/// The SKP years a file may list.
const SKP_YEARS: std::ops::RangeInclusive<i64> = 1990..=2100;

impl Validator<'_> {
    /// An optional SIASN id or text: absent or null, or 1-200 characters with no control
    /// characters. `None` when it is wrong (reported).
    pub(super) fn siasn_text(
        &mut self,
        at: &Ctx,
        field: &str,
        raw: Raw<Option<String>>,
    ) -> Option<Option<String>> {
        match raw {
            Raw::Missing | Raw::Value(None) => Some(None),
            Raw::Value(Some(s)) => {
                let count = s.chars().count();
                let message = if s.trim().is_empty() {
                    msg!("domain-siasn-text-empty", field = field)
                } else if count > MAX_SIASN_TEXT {
                    msg!(
                        "domain-siasn-text-long",
                        field = field,
                        count = count.to_string(),
                        max = MAX_SIASN_TEXT.to_string()
                    )
                } else if s.chars().any(crate::lang::safe::is_unsafe) {
                    msg!(
                        "domain-siasn-text-control",
                        field = field,
                        value = quote(&s)
                    )
                } else {
                    return Some(Some(s));
                };
                self.report(at, field, message);
                None
            }
            Raw::Wrong(found) => {
                let message = msg!("domain-siasn-not-text", field = field, found = found);
                self.report(at, field, message);
                None
            }
        }
    }

    /// An optional position jenjang code.
    pub(super) fn jenjang(&mut self, at: &Ctx, raw: Raw<Option<String>>) -> Option<Jenjang> {
        let expected = Jenjang::ALL.map(|j| j.code()).join(", ");
        self.optional_choice(at, "jenjang", raw, Jenjang::parse, &expected)
    }

    /// An optional calendar date `YYYY-MM-DD`.
    fn siasn_date(
        &mut self,
        at: &Ctx,
        field: &str,
        raw: Raw<Option<String>>,
    ) -> Option<Option<Date>> {
        match raw {
            Raw::Missing | Raw::Value(None) => Some(None),
            Raw::Value(Some(s)) => {
                match Date::parse(&s, format_description!("[year]-[month]-[day]")) {
                    Ok(d) => Some(Some(d)),
                    Err(_) => {
                        let message = msg!("domain-bad-date", field = field, value = quote(&s));
                        self.report(at, field, message);
                        None
                    }
                }
            }
            Raw::Wrong(found) => {
                let message = msg!("domain-siasn-not-text", field = field, found = found);
                self.report(at, field, message);
                None
            }
        }
    }

    /// The employee's SIASN keys; `nip` (when it parsed) is checked against `birth_date`.
    /// `None` when any of them is wrong (each problem reported).
    pub(super) fn profile(
        &mut self,
        at: &Ctx,
        nip: Option<&Nip>,
        raw: RawProfile,
    ) -> Option<Profile> {
        let before = self.problems.total();
        let pns_id = self.siasn_text(at, "pns_id", raw.pns_id);
        let birth_date = self.siasn_date(at, "birth_date", raw.birth_date);
        let tmt_cpns = self.siasn_date(at, "tmt_cpns", raw.tmt_cpns);
        let tmt_jabatan = self.siasn_date(at, "tmt_jabatan", raw.tmt_jabatan);
        let education_level = self.siasn_text(at, "education_level", raw.education_level);
        let education_name = self.siasn_text(at, "education_name", raw.education_name);
        let kedudukan = self.siasn_text(at, "kedudukan", raw.kedudukan);
        let skp = self.skp(at, raw.skp);
        let in_nip = nip.and_then(Nip::birth_date);
        if let (Some(Some(born)), Some(in_nip)) = (birth_date, in_nip)
            && born != in_nip
        {
            let message = msg!(
                "domain-birth-date-not-nip",
                date = born.to_string(),
                nip_date = in_nip.to_string()
            );
            self.report(at, "birth_date", message);
        }
        if let (Some(Some(tmt)), Some(born)) = (tmt_cpns, birth_date.flatten().or(in_nip))
            && tmt < born
        {
            let message = msg!(
                "domain-tmt-cpns-before-birth",
                tmt = tmt.to_string(),
                born = born.to_string()
            );
            self.report(at, "tmt_cpns", message);
        }
        if self.problems.total() != before {
            return None;
        }
        Some(Profile {
            pns_id: pns_id?,
            birth_date: birth_date?,
            tmt_cpns: tmt_cpns?,
            tmt_jabatan: tmt_jabatan?,
            education_level: education_level?,
            education_name: education_name?,
            kedudukan: kedudukan?,
            skp: skp?,
        })
    }

    /// The SKP list: each entry a year and a predicate, one per year, returned by year.
    fn skp(&mut self, at: &Ctx, raw: Raw<Option<Vec<RawRecord<RawSkp>>>>) -> Option<Vec<SkpYear>> {
        let entries = match raw {
            Raw::Missing | Raw::Value(None) => return Some(Vec::new()),
            Raw::Value(Some(entries)) => entries,
            Raw::Wrong(found) => {
                let message = msg!(
                    "domain-not-a-list-of",
                    field = "skp",
                    found = found,
                    fields = SKP_FIELDS.join(", ")
                );
                self.report(at, "skp", message);
                return None;
            }
        };
        let before = self.problems.total();
        let mut out: Vec<SkpYear> = Vec::with_capacity(entries.len());
        for (j, rec) in entries.into_iter().enumerate() {
            let within = format!("skp[{j}]");
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    let message = msg!(
                        "domain-entry-not-an-object",
                        within = &within,
                        found = found,
                        fields = SKP_FIELDS.join(", ")
                    );
                    self.report(at, &within, message);
                    continue;
                }
            };
            self.unknown(at, &within, rec.unknown, SKP_FIELDS);
            let field = format!("{within}.year");
            let year = match body.year {
                Raw::Value(n) if SKP_YEARS.contains(&n) => u16::try_from(n).ok(),
                Raw::Value(n) => self.bad_skp_year(at, &field, n.to_string()),
                Raw::Wrong(found) => self.bad_skp_year(at, &field, found),
                Raw::Missing => {
                    let rule = msg!("domain-rule-skp-year");
                    let message = msg!("domain-number-missing", field = &field, rule = rule);
                    self.report(at, &field, message);
                    None
                }
            };
            let predicate = self.choice(
                at,
                &format!("{within}.predicate"),
                body.predicate,
                Performance::parse,
                &Performance::expected(),
            );
            let (Some(year), Some(predicate)) = (year, predicate) else {
                continue;
            };
            if out.iter().any(|s| s.year == year) {
                let message = msg!(
                    "domain-skp-repeated-year",
                    field = &field,
                    year = year.to_string()
                );
                self.report(at, &field, message);
                continue;
            }
            out.push(SkpYear { year, predicate });
        }
        out.sort_by_key(|s| s.year);
        (self.problems.total() == before).then_some(out)
    }

    fn bad_skp_year(&mut self, at: &Ctx, field: &str, found: String) -> Option<u16> {
        let rule = msg!("domain-rule-skp-year");
        let message = msg!(
            "domain-bad-number",
            field = field,
            found = found,
            rule = rule
        );
        self.report(at, field, message);
        None
    }
}
