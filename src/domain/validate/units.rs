//! Unit rules: unique ids, parents that exist, and a forest (cycles found in one linear
//! walk and reported once each, naming their units).

use std::collections::HashMap;

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime};

use super::{Ctx, FEEDBACK_FIELDS, Seen, UNIT_FIELDS, Validator, elsewhere, label, quote};
use super::{Raw, RawFeedback, RawRecord, RawUnit};
use crate::domain::feedback::{Feedback, FeedbackError, Severity, check_source, check_text};
use crate::domain::position::Unit;
use crate::lang::msg;

impl Validator<'_> {
    pub(super) fn units(&mut self, raw: Vec<RawRecord<RawUnit>>) -> (Vec<Unit>, Seen) {
        let mut seen: Seen = HashMap::with_capacity(raw.len());
        let mut out = Vec::with_capacity(raw.len());
        // Per kept unit: its index in the file and line, for messages after the loop.
        let mut origin: Vec<(usize, Option<usize>)> = Vec::with_capacity(raw.len());
        for (i, rec) in raw.into_iter().enumerate() {
            let mut at = Ctx {
                line: rec.line,
                record: label(format!("units[{i}]")),
            };
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    self.not_object(&at, &found, &UNIT_FIELDS.join(", "));
                    continue;
                }
            };
            if let Raw::Value(id) = &body.id {
                // i18n-exempt: a record label names the file's own keys
                at.record = label(format!("units[{i}] id {id}"));
            }
            self.unknown(&at, "", rec.unknown, UNIT_FIELDS);
            let id = self.text(&at, "id", body.id, msg!("domain-what-unit-id"));
            let id = id.filter(|id| match seen.get(id) {
                Some(&(j, line)) => {
                    let message = msg!(
                        "domain-duplicate",
                        key = "id",
                        value = quote(id),
                        other = elsewhere("units", j, line)
                    );
                    self.report(&at, "id", message);
                    false
                }
                None => {
                    seen.insert(id.clone(), (i, rec.line));
                    true
                }
            });
            let name = self.text(&at, "name", body.name, msg!("domain-what-unit-name"));
            let parent = match body.parent {
                Raw::Missing | Raw::Value(None) => Some(None),
                Raw::Value(Some(p)) if p.trim().is_empty() => {
                    self.report(&at, "parent", msg!("domain-parent-empty"));
                    None
                }
                Raw::Value(Some(p)) => Some(Some(p)),
                Raw::Wrong(found) => {
                    let message = msg!("domain-parent-not-an-id", found = found);
                    self.report(&at, "parent", message);
                    None
                }
            };
            let feedback = self.feedback(&at, body.feedback);
            let siasn_id = self.siasn_text(&at, "siasn_id", body.siasn_id);
            if let (Some(id), Some(name), Some(parent), Some(feedback), Some(siasn_id)) =
                (id, name, parent, feedback, siasn_id)
            {
                out.push(Unit {
                    id,
                    name,
                    parent,
                    feedback,
                    siasn_id,
                });
                origin.push((i, rec.line));
            }
        }
        self.unit_parents(&out, &origin, &seen);
        (out, seen)
    }

    /// A unit's optional `feedback` list; `None` when any entry is wrong.
    fn feedback(
        &mut self,
        at: &Ctx,
        raw: Raw<Option<Vec<RawRecord<RawFeedback>>>>,
    ) -> Option<Vec<Feedback>> {
        let entries = match raw {
            Raw::Missing | Raw::Value(None) => return Some(Vec::new()),
            Raw::Value(Some(entries)) => entries,
            Raw::Wrong(found) => {
                let message = msg!(
                    "domain-not-a-list-of",
                    field = "feedback",
                    found = found,
                    fields = FEEDBACK_FIELDS.join(", ")
                );
                self.report(at, "feedback", message);
                return None;
            }
        };
        let before = self.problems.total();
        let mut out = Vec::with_capacity(entries.len());
        for (j, rec) in entries.into_iter().enumerate() {
            let within = format!("feedback[{j}]");
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    let message = msg!(
                        "domain-entry-not-an-object",
                        within = &within,
                        found = found,
                        fields = FEEDBACK_FIELDS.join(", ")
                    );
                    self.report(at, &within, message);
                    continue;
                }
            };
            self.unknown(at, &within, rec.unknown, FEEDBACK_FIELDS);
            if let Some(f) = self.feedback_entry(at, &within, body) {
                out.push(f);
            }
        }
        (self.problems.total() == before).then_some(out)
    }

    fn feedback_entry(&mut self, at: &Ctx, within: &str, body: RawFeedback) -> Option<Feedback> {
        let field = |name: &str| format!("{within}.{name}");
        let date = match body.date {
            Raw::Value(s) => match Date::parse(&s, format_description!("[year]-[month]-[day]")) {
                Ok(d) => Some(d),
                Err(_) => {
                    let message = msg!("domain-bad-date", field = field("date"), value = quote(&s));
                    self.report(at, &field("date"), message);
                    None
                }
            },
            other => self
                .text(at, &field("date"), other, msg!("domain-what-feedback-date"))
                .and(None),
        };
        let source = match body.source {
            Raw::Missing | Raw::Value(None) => Some(None),
            Raw::Value(Some(s)) => match check_source(&s) {
                Ok(()) => Some(Some(s)),
                Err(e) => {
                    self.feedback_problem(at, &field("source"), &s, &e);
                    None
                }
            },
            Raw::Wrong(found) => {
                let message = msg!(
                    "domain-source-not-text",
                    field = field("source"),
                    found = found
                );
                self.report(at, &field("source"), message);
                None
            }
        };
        let severity = self.choice(
            at,
            &field("severity"),
            body.severity,
            Severity::parse,
            &Severity::expected(),
        );
        let text = match body.text {
            Raw::Value(s) => match check_text(&s) {
                Ok(()) => Some(s),
                Err(e) => {
                    self.feedback_problem(at, &field("text"), &s, &e);
                    None
                }
            },
            other => self.text(at, &field("text"), other, msg!("domain-what-feedback-text")),
        };
        let recorded_by = self.text(
            at,
            &field("recorded_by"),
            body.recorded_by,
            msg!("domain-what-recorded-by"),
        );
        let recorded_at = match body.recorded_at {
            Raw::Value(s) => match OffsetDateTime::parse(&s, &Rfc3339) {
                Ok(t) => Some(t),
                Err(_) => {
                    let message = msg!(
                        "domain-bad-date-time",
                        field = field("recorded_at"),
                        value = quote(&s),
                        example = "2026-10-15T09:00:00+07:00"
                    );
                    self.report(at, &field("recorded_at"), message);
                    None
                }
            },
            other => self
                .text(
                    at,
                    &field("recorded_at"),
                    other,
                    msg!("domain-what-recorded-at"),
                )
                .and(None),
        };
        let (date, source, severity, text, recorded_by, recorded_at) =
            (date?, source?, severity?, text?, recorded_by?, recorded_at?);
        Some(Feedback {
            date,
            source,
            text,
            severity,
            recorded_by,
            recorded_at,
        })
    }

    /// Reports a rule of [`Feedback`] broken by a file's value, naming the field and value.
    fn feedback_problem(&mut self, at: &Ctx, field: &str, value: &str, e: &FeedbackError) {
        let message = msg!(
            "domain-bad-value",
            field = field,
            value = quote(value),
            reason = e.msg()
        );
        self.report(at, field, message);
    }

    /// Parents exist and the parent links form a forest; each cycle is reported once.
    fn unit_parents(&mut self, units: &[Unit], origin: &[(usize, Option<usize>)], seen: &Seen) {
        let by_id: HashMap<&str, usize> = units
            .iter()
            .enumerate()
            .map(|(k, u)| (u.id.as_str(), k))
            .collect();
        let at = |k: usize| Ctx {
            line: origin[k].1,
            // i18n-exempt: a record label names the file's own keys
            record: label(format!("units[{}] id {}", origin[k].0, units[k].id)),
        };
        let mut parent: Vec<Option<usize>> = vec![None; units.len()];
        for (k, u) in units.iter().enumerate() {
            let Some(p) = &u.parent else { continue };
            match by_id.get(p.as_str()) {
                Some(&pk) => parent[k] = Some(pk),
                // A parent that exists but was rejected for another reason is already reported.
                None if seen.contains_key(p) => {}
                None => {
                    let message = msg!("domain-unknown-parent", parent = quote(p));
                    self.report(&at(k), "parent", message);
                }
            }
        }
        // Walk up from every unit; `walk[k]` is the walk that first reached k (0 = none).
        // Each unit is entered once, so the whole check is linear.
        let mut walk = vec![0usize; units.len()];
        let mut cyclic = false;
        for start in 0..units.len() {
            if walk[start] != 0 {
                continue;
            }
            let id = start + 1;
            let mut k = start;
            loop {
                walk[k] = id;
                match parent[k] {
                    None => break,
                    Some(p) if walk[p] == 0 => k = p,
                    Some(p) if walk[p] == id => {
                        self.cycle(units, &parent, p, &at);
                        cyclic = true;
                        break;
                    }
                    Some(_) => break,
                }
            }
        }
        if !cyclic && let Some((k, depth)) = too_deep(&parent) {
            let message = msg!("domain-unit-too-deep", depth = depth, max = MAX_UNIT_DEPTH);
            self.report(&at(k), "parent", message);
        }
    }

    fn cycle(
        &mut self,
        units: &[Unit],
        parent: &[Option<usize>],
        entry: usize,
        at: &impl Fn(usize) -> Ctx,
    ) {
        let mut members = vec![entry];
        let mut k = entry;
        while let Some(p) = parent[k] {
            if p == entry {
                break;
            }
            members.push(p);
            k = p;
        }
        // Start the path at the first unit in file order, so the message is stable.
        let first = members
            .iter()
            .enumerate()
            .min_by_key(|(_, k)| **k)
            .map_or(0, |(i, _)| i);
        members.rotate_left(first);
        // A long cycle is named by its first and last few units and its length.
        let ids: Vec<&str> = members.iter().map(|&k| units[k].id.as_str()).collect();
        let mut path: Vec<&str> = if ids.len() > 8 {
            let mut p = ids[..4].to_vec();
            p.push("...");
            p.extend_from_slice(&ids[ids.len() - 3..]);
            p
        } else {
            ids.clone()
        };
        path.push(ids[0]);
        let head = members[0];
        let parent = quote(units[head].parent.as_deref().unwrap_or_default());
        let path = path.join(" -> ");
        let message = if ids.len() > 8 {
            msg!(
                "domain-unit-cycle-long",
                parent = parent,
                path = path,
                count = ids.len()
            )
        } else {
            msg!("domain-unit-cycle", parent = parent, path = path)
        };
        self.report(&at(head), "parent", message);
    }
}

/// The most levels a unit tree may have (a root is level 1): far deeper than any
/// government organization (pemda, OPD, bidang, seksi), shallow enough that every screen
/// and printout of the tree stays small.
pub const MAX_UNIT_DEPTH: usize = 32;

/// The first unit (in file order) deeper than [`MAX_UNIT_DEPTH`], with its depth, for
/// parent links that form a forest; linear, without recursion.
pub fn too_deep(parent: &[Option<usize>]) -> Option<(usize, usize)> {
    // 0 = not yet known.
    let mut depth = vec![0usize; parent.len()];
    let mut path = Vec::new();
    for start in 0..parent.len() {
        let mut k = start;
        // Up to the first unit whose depth is known, or a root.
        while depth[k] == 0 {
            path.push(k);
            match parent[k] {
                Some(p) => k = p,
                None => break,
            }
        }
        // `path` ends at the root (its depth unknown, so 0 here) or below the known `k`.
        let mut d = depth[k];
        while let Some(u) = path.pop() {
            d += 1;
            depth[u] = d;
        }
        if depth[start] > MAX_UNIT_DEPTH {
            return Some((start, depth[start]));
        }
    }
    None
}
