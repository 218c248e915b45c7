//! Employee rules: NIP, rank and its kind, name, seat, competencies, ratings and notes.

use std::collections::HashSet;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::{
    Ctx, Dictionary, EMPLOYEE_FIELDS, NOTE_FIELDS, NipSeen, Validator, elsewhere, label, nip_label,
    quote, rank_kind_mismatch,
};
use super::{Raw, RawEmployee, RawNote, RawRecord};
use crate::domain::employee::{Employee, Note, Performance, Potential, Readiness};
use crate::domain::nip::Nip;
use crate::domain::rank::Rank;
use crate::lang::msg;

impl Validator<'_> {
    /// Checks one employee on its own: everything but the references to positions and
    /// competency codes, which [`Validator::employee_references`] checks once every list
    /// has been read.
    pub(super) fn employee(
        &mut self,
        i: usize,
        rec: RawRecord<RawEmployee>,
        seen: &mut NipSeen,
    ) -> Option<Employee> {
        {
            // The record's label is formatted once, with the NIP when there is one.
            let label = |nip: Option<&str>| match nip {
                // i18n-exempt: a record label names the file's own keys
                Some(nip) => label(format!("employees[{i}] nip {}", nip_label(nip))),
                None => label(format!("employees[{i}]")),
            };
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    let at = Ctx {
                        line: rec.line,
                        record: label(None),
                    };
                    self.not_object(&at, &found, &EMPLOYEE_FIELDS.join(", "));
                    return None;
                }
            };
            let at = Ctx {
                line: rec.line,
                record: match &body.nip {
                    Raw::Value(nip) => label(Some(nip)),
                    _ => label(None),
                },
            };
            self.unknown(&at, "", rec.unknown, EMPLOYEE_FIELDS);
            let nip = self.employee_nip(&at, i, rec.line, body.nip, seen);
            let name = self.text(&at, "name", body.name, msg!("domain-what-employee-name"));
            let rank = self.employee_rank(&at, body.rank);
            if let (Some(nip), Some(rank)) = (&nip, rank)
                && let Some(message) = rank_kind_mismatch(nip, rank)
            {
                self.report(&at, "rank", message);
            }
            let position = match body.position {
                Raw::Missing | Raw::Value(None) => Some(None),
                Raw::Value(Some(p)) => Some(Some(p)),
                Raw::Wrong(found) => {
                    let message = msg!("domain-position-not-an-id", found = found);
                    self.report(&at, "position", message);
                    None
                }
            };
            let competencies = self.levels(&at, "competencies", body.competencies, None);
            let performance = self.optional_choice(
                &at,
                "performance",
                body.performance,
                Performance::parse,
                &Performance::expected(),
            );
            let potential = self.optional_choice(
                &at,
                "potential",
                body.potential,
                Potential::parse,
                &Potential::expected(),
            );
            let readiness = self.optional_choice(
                &at,
                "readiness",
                body.readiness,
                Readiness::parse,
                &Readiness::expected(),
            );
            let notes = self.notes(&at, body.notes);
            let profile = self.profile(&at, nip.as_ref(), body.profile);
            if let (Some(nip), Some(name), Some(rank), Some(position), Some(notes), Some(profile)) =
                (nip, name, rank, position, notes, profile)
            {
                return Some(Employee {
                    nip,
                    name,
                    rank,
                    position,
                    competencies,
                    performance,
                    potential,
                    readiness,
                    notes,
                    profile,
                });
            }
            None
        }
    }

    /// The employee's NIP, parsed and not seen before in the file.
    fn employee_nip(
        &mut self,
        at: &Ctx,
        i: usize,
        record_line: Option<usize>,
        raw: Raw<String>,
        seen: &mut NipSeen,
    ) -> Option<Nip> {
        match raw {
            Raw::Value(text) => match Nip::parse(&text) {
                Ok(nip) => match seen.get(&nip) {
                    Some(&(j, line)) => {
                        let message = msg!(
                            "domain-duplicate-nip",
                            other = elsewhere("employees", j, line)
                        );
                        self.report(at, "nip", message);
                        None
                    }
                    None => {
                        seen.insert(nip, (i, record_line));
                        Some(nip)
                    }
                },
                Err(e) => {
                    self.report(at, "nip", e.msg());
                    None
                }
            },
            Raw::Missing => {
                self.report(at, "nip", msg!("domain-nip-missing"));
                None
            }
            Raw::Wrong(found) => {
                let message = msg!("domain-nip-not-text", found = found);
                self.report(at, "nip", message);
                None
            }
        }
    }

    /// The employee's rank (golongan), parsed.
    fn employee_rank(&mut self, at: &Ctx, raw: Raw<String>) -> Option<Rank> {
        match raw {
            Raw::Value(text) => match Rank::parse(&text) {
                Ok(rank) => Some(rank),
                Err(e) => {
                    self.report(at, "rank", msg!("domain-bad-rank", reason = e.msg()));
                    None
                }
            },
            other => self
                .text(at, "rank", other, msg!("domain-what-rank"))
                .and(None),
        }
    }

    /// Checks that employees' seats are positions and their competency codes are in the
    /// dictionary; `origin` holds each employee's index in the file and line.
    pub(super) fn employee_references(
        &mut self,
        employees: &[Employee],
        origin: &[(usize, Option<usize>)],
        positions: &HashSet<&str>,
        dict: &Dictionary<'_>,
    ) {
        for (e, &(i, line)) in employees.iter().zip(origin) {
            let at = || Ctx {
                line,
                // i18n-exempt: a record label names the file's own keys
                record: label(format!("employees[{i}] nip {}", e.nip)),
            };
            if let Some(p) = &e.position
                && !positions.contains(p.as_str())
            {
                let message = msg!("domain-unknown-position", position = quote(p));
                self.report(&at(), "position", message);
            }
            for code in e.competencies.keys() {
                if !dict.codes.contains(code.as_str()) {
                    let message = msg!(
                        "domain-not-in-dictionary",
                        field = "competencies",
                        code = quote(code),
                        hint = dict.hint.clone()
                    );
                    self.report(&at(), &format!("competencies.{code}"), message);
                }
            }
        }
    }

    fn notes(&mut self, at: &Ctx, raw: Raw<Option<Vec<RawRecord<RawNote>>>>) -> Option<Vec<Note>> {
        let notes = match raw {
            Raw::Missing | Raw::Value(None) => return Some(Vec::new()),
            Raw::Value(Some(notes)) => notes,
            Raw::Wrong(found) => {
                let message = msg!(
                    "domain-not-a-list-of",
                    field = "notes",
                    found = found,
                    fields = NOTE_FIELDS.join(", ")
                );
                self.report(at, "notes", message);
                return None;
            }
        };
        let before = self.problems.total();
        let mut out = Vec::with_capacity(notes.len());
        for (j, rec) in notes.into_iter().enumerate() {
            let prefix = format!("notes[{j}].");
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    let message = msg!(
                        "domain-entry-not-an-object",
                        within = format!("notes[{j}]"),
                        found = found,
                        fields = NOTE_FIELDS.join(", ")
                    );
                    self.report(at, &format!("notes[{j}]"), message);
                    continue;
                }
            };
            self.unknown(at, &format!("notes[{j}]"), rec.unknown, NOTE_FIELDS);
            let field = format!("{prefix}at");
            let when = match body.at {
                Raw::Value(s) => match OffsetDateTime::parse(&s, &Rfc3339) {
                    Ok(t) => Some(t),
                    Err(_) => {
                        let message = msg!(
                            "domain-bad-date-time",
                            field = &field,
                            value = quote(&s),
                            example = "2026-10-01T09:00:00+07:00"
                        );
                        self.report(at, &field, message);
                        None
                    }
                },
                other => self
                    .text(at, &field, other, msg!("domain-what-note-at"))
                    .and(None),
            };
            let author = self.text(
                at,
                &format!("{prefix}author"),
                body.author,
                msg!("domain-what-note-author"),
            );
            let text = self.text_lines(
                at,
                &format!("{prefix}text"),
                body.text,
                msg!("domain-what-note-text"),
                true,
            );
            if let (Some(at), Some(author), Some(text)) = (when, author, text) {
                out.push(Note { at, author, text });
            }
        }
        (self.problems.total() == before).then_some(out)
    }
}
