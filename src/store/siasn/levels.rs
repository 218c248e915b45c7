//! Files of competency levels: the standar kompetensi jabatan (required levels per seat) and
//! the assessment rekap (assessed levels per person). The nine PermenPANRB 38/2017
//! competencies are known by their aliases; any other column whose header penata does not
//! know and whose every value is a single digit is a technical competency named by its
//! header. Which columns those are is known only once the whole file is read, so their
//! levels (and their problems) wait until then.

use std::collections::HashMap;

use foldhash::fast::RandomState;

use super::header::{Col, Header};
use super::kinds::{Cx, Done};
use super::read::Sink;
use super::rows::{AssessmentRow, At, CompetencyKey, FileKind, Finding, Parsed, StandardRow};
use super::values;
use crate::domain::{Level, Nip};
use crate::lang::msg;

/// A column that may be a technical competency.
pub(crate) struct Technical {
    pub col: usize,
    /// Every value so far could be a level.
    levels_only: bool,
    /// Some row had a value.
    seen: bool,
    /// Out-of-range levels, reported only if the column turns out to be a competency.
    problems: Vec<Finding>,
}

impl Technical {
    /// Whether the column is a technical competency.
    pub fn accepted(&self) -> bool {
        self.levels_only && self.seen
    }
}

/// The columns of a standard or assessment file, and the rows read so far.
pub(crate) struct LevelsReader {
    file: usize,
    kind: FileKind,
    nip: Vec<usize>,
    nama: Vec<usize>,
    unor_id: Vec<usize>,
    jabatan_id: Vec<usize>,
    title: Vec<usize>,
    jpm: Vec<usize>,
    kategori: Vec<usize>,
    /// The nine, each with its columns (most preferred first).
    cores: Vec<(&'static str, Vec<usize>)>,
    technical: Vec<Technical>,
    /// Technical levels waiting for the end: (row index, candidate index, level).
    pending: Vec<(usize, usize, Level)>,
    seen: HashMap<Nip, u32, RandomState>,
    standards: Vec<StandardRow>,
    assessments: Vec<AssessmentRow>,
}

impl LevelsReader {
    pub fn new(h: &Header, file: usize) -> LevelsReader {
        let mut cores: Vec<(&'static str, Vec<usize>)> = Vec::new();
        for (col, code) in h.cores() {
            match cores.iter_mut().find(|(c, _)| *c == code) {
                Some((_, cols)) => cols.push(col),
                None => cores.push((code, vec![col])),
            }
        }
        for (code, cols) in &mut cores {
            *cols = h.find(Col::Core(code));
        }
        let technical = h
            .unknown()
            .into_iter()
            .map(|col| Technical {
                col,
                levels_only: true,
                seen: false,
                problems: Vec::new(),
            })
            .collect();
        LevelsReader {
            file,
            kind: h.kind,
            nip: h.find(Col::Nip),
            nama: h.find(Col::Nama),
            unor_id: h.find(Col::UnorId),
            jabatan_id: h.find(Col::JabatanId),
            title: h.find(Col::Jabatan),
            jpm: h.find(Col::Jpm),
            kategori: h.find(Col::Kategori),
            cores,
            technical,
            pending: Vec::new(),
            seen: HashMap::default(),
            standards: Vec::new(),
            assessments: Vec::new(),
        }
    }

    pub fn row(&mut self, cx: &mut Cx<'_, '_>) {
        let at = At {
            file: self.file,
            row: cx.n,
        };
        let mut levels = Vec::with_capacity(self.cores.len());
        for (code, cols) in &self.cores {
            if let Some(level) = cx.value(cols, values::level) {
                levels.push((CompetencyKey::Core(code), level));
            }
        }
        let index = match self.kind {
            FileKind::Assessment => {
                let Some((nip_col, nip)) = cx.nip(&self.nip) else {
                    return;
                };
                if let Some(&first) = self.seen.get(&nip) {
                    let m = msg!("siasn-duplicate-nip", first = first.to_string());
                    return cx.error(nip_col, m);
                }
                self.seen.insert(nip, cx.n);
                self.assessments.push(AssessmentRow {
                    at,
                    nip,
                    name: cx.text(&self.nama),
                    levels,
                    jpm: cx.text(&self.jpm),
                    kategori: cx.text(&self.kategori),
                });
                self.assessments.len() - 1
            }
            _ => {
                let jabatan_id = cx.text(&self.jabatan_id);
                let title = cx.text(&self.title);
                if jabatan_id.is_none() && title.is_none() {
                    let cols = [self.jabatan_id.as_slice(), &self.title].concat();
                    return cx.row_error(&cols, msg!("siasn-seat-missing"));
                }
                self.standards.push(StandardRow {
                    at,
                    unor_id: cx.text(&self.unor_id),
                    jabatan_id,
                    title,
                    levels,
                });
                self.standards.len() - 1
            }
        };
        for (t, candidate) in self.technical.iter_mut().enumerate() {
            if !candidate.levels_only {
                continue;
            }
            let cell = cx.row.cell(candidate.col);
            if cell.is_empty() {
                continue;
            }
            candidate.seen = true;
            if !values::looks_like_level(cell) {
                candidate.levels_only = false;
                candidate.problems = Vec::new();
                continue;
            }
            match values::level(cell) {
                Ok(Some(level)) => self.pending.push((index, t, level)),
                Ok(None) => {}
                Err(m) => {
                    if candidate.problems.len() < super::read::LISTED_PER_FILE {
                        let f = cx
                            .sink
                            .finding(super::rows::Severity::Error, m)
                            .at_row(cx.n)
                            .in_column(&cx.header.names[candidate.col])
                            .with_value(cell.written());
                        candidate.problems.push(f);
                    }
                }
            }
        }
    }

    /// Adds the technical levels of the columns that turned out to be competencies, says
    /// which columns those are, and hands the rows over.
    pub fn finish(mut self, header: &Header, sink: &mut Sink<'_>, parsed: &mut Parsed) -> Done {
        let keys: Vec<Option<CompetencyKey>> = self
            .technical
            .iter()
            .map(|t| {
                t.accepted()
                    .then(|| CompetencyKey::Technical(header.names[t.col].clone()))
            })
            .collect();
        for (index, t, level) in self.pending.drain(..) {
            let Some(key) = keys[t].clone() else { continue };
            let levels = match self.kind {
                FileKind::Assessment => &mut self.assessments[index].levels,
                _ => &mut self.standards[index].levels,
            };
            levels.push((key, level));
        }
        let accepted: Vec<&Technical> = self.technical.iter().filter(|t| t.accepted()).collect();
        if !accepted.is_empty() {
            let columns = accepted
                .iter()
                .map(|t| header.names[t.col].as_str())
                .collect::<Vec<_>>()
                .join(", ");
            sink.push(sink.finding(
                super::rows::Severity::Note,
                msg!("siasn-technical-columns", columns = columns),
            ));
        }
        let mut read_too = Vec::new();
        for t in self.technical {
            if t.accepted() {
                read_too.push(t.col);
                for f in t.problems {
                    sink.push(f);
                }
            }
        }
        parsed.standards.extend(self.standards);
        parsed.assessments.extend(self.assessments);
        Done {
            read_too,
            pppk: false,
        }
    }
}
