//! Position rules: id, unit, title, type, formation, requirements and the workload entries.

use std::collections::{HashMap, HashSet};

use super::{
    Ctx, Dictionary, POSITION_FIELDS, Raw, RawPosition, RawRecord, RawWorkload, Seen, Validator,
    WORKLOAD_FIELDS, elsewhere, label, quote,
};
use crate::domain::position::{Position, PositionType, WorkloadEntry};
use crate::lang::msg;

impl Validator<'_> {
    pub(super) fn positions(
        &mut self,
        raw: Vec<RawRecord<RawPosition>>,
        units: &HashSet<&str>,
        dict: &Dictionary<'_>,
    ) -> (Vec<Position>, Seen) {
        let mut seen: Seen = HashMap::with_capacity(raw.len());
        let mut out = Vec::with_capacity(raw.len());
        let types = PositionType::ALL.map(|t| t.code()).join(", ");
        for (i, rec) in raw.into_iter().enumerate() {
            let mut at = Ctx {
                line: rec.line,
                record: label(format!("positions[{i}]")),
            };
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    self.not_object(&at, &found, &POSITION_FIELDS.join(", "));
                    continue;
                }
            };
            if let Raw::Value(id) = &body.id {
                // i18n-exempt: a record label names the file's own keys
                at.record = label(format!("positions[{i}] id {id}"));
            }
            self.unknown(&at, "", rec.unknown, POSITION_FIELDS);
            let id = self.text(&at, "id", body.id, msg!("domain-what-position-id"));
            let id = id.filter(|id| match seen.get(id) {
                Some(&(j, line)) => {
                    let message = msg!(
                        "domain-duplicate",
                        key = "id",
                        value = quote(id),
                        other = elsewhere("positions", j, line)
                    );
                    self.report(&at, "id", message);
                    false
                }
                None => {
                    seen.insert(id.clone(), (i, rec.line));
                    true
                }
            });
            let unit = self.text(&at, "unit", body.unit, msg!("domain-what-position-unit"));
            let unit = unit.filter(|u| {
                let known = units.contains(u.as_str());
                if !known {
                    self.report(&at, "unit", msg!("domain-unknown-unit", unit = quote(u)));
                }
                known
            });
            let title = self.text(&at, "title", body.title, msg!("domain-what-position-title"));
            let kind = self.choice(&at, "type", body.kind, PositionType::parse, &types);
            let formation = self.number(
                &at,
                "formation",
                body.formation,
                0,
                msg!("domain-rule-formation"),
            );
            let requirements = self.levels(&at, "requirements", body.requirements, Some(dict));
            let workload = self.workload(&at, body.workload);
            let siasn_id = self.siasn_text(&at, "siasn_id", body.siasn_id);
            let jenjang = self.jenjang(&at, body.jenjang);
            if let (
                Some(id),
                Some(unit),
                Some(title),
                Some(kind),
                Some(formation),
                Some(workload),
                Some(siasn_id),
            ) = (id, unit, title, kind, formation, workload, siasn_id)
            {
                out.push(Position {
                    id,
                    unit,
                    title,
                    kind,
                    formation,
                    requirements,
                    workload,
                    siasn_id,
                    jenjang,
                });
            }
        }
        (out, seen)
    }

    fn workload(
        &mut self,
        at: &Ctx,
        raw: Raw<Option<Vec<RawRecord<RawWorkload>>>>,
    ) -> Option<Vec<WorkloadEntry>> {
        let entries = match raw {
            Raw::Missing | Raw::Value(None) => return Some(Vec::new()),
            Raw::Value(Some(entries)) => entries,
            Raw::Wrong(found) => {
                let message = msg!(
                    "domain-not-a-list-of",
                    field = "workload",
                    found = found,
                    fields = WORKLOAD_FIELDS.join(", ")
                );
                self.report(at, "workload", message);
                return None;
            }
        };
        let before = self.problems.total();
        let mut out = Vec::with_capacity(entries.len());
        for (j, rec) in entries.into_iter().enumerate() {
            let prefix = format!("workload[{j}].");
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    let message = msg!(
                        "domain-entry-not-an-object",
                        within = format!("workload[{j}]"),
                        found = found,
                        fields = WORKLOAD_FIELDS.join(", ")
                    );
                    self.report(at, &format!("workload[{j}]"), message);
                    continue;
                }
            };
            self.unknown(at, &format!("workload[{j}]"), rec.unknown, WORKLOAD_FIELDS);
            let task = self.text(
                at,
                &format!("{prefix}task"),
                body.task,
                msg!("domain-what-task-name"),
            );
            let volume = self.number(
                at,
                &format!("{prefix}volume"),
                body.volume,
                0,
                msg!("domain-rule-volume"),
            );
            let minutes = self.number(
                at,
                &format!("{prefix}minutes"),
                body.minutes,
                0,
                msg!("domain-rule-minutes"),
            );
            if let (Some(task), Some(volume), Some(minutes)) = (task, volume, minutes) {
                out.push(WorkloadEntry {
                    task,
                    volume,
                    minutes,
                });
            }
        }
        if self.problems.total() == before
            && crate::domain::workload::checked_workload_minutes(&out).is_none()
        {
            let max = crate::domain::workload::MAX_WORKLOAD_MINUTES;
            let message = msg!("domain-workload-too-big", max = max, people = max / 75_000);
            self.report(at, "workload", message);
        }
        (self.problems.total() == before).then_some(out)
    }
}
