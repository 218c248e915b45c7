//! The unit tree of an import: from the hierarchy file when there is one (parents checked,
//! cycles named), else from the unit path the profile export gives, creating the missing
//! parents; merged into the stored units by SIASN id, or by name within the same parent.

use super::findings::HashMap;

use crate::domain::Unit;
use crate::lang::msg;

use super::findings::{Sink, col};
use super::ident::{Ids, name_key};
use super::rows::{ProfileRow, Severity, UnitRow};

/// The units being built: the stored ones first (in their order), then new ones.
#[derive(Debug)]
pub struct UnitSet {
    pub units: Vec<Unit>,
    parent: Vec<Option<usize>>,
    by_siasn: HashMap<String, usize>,
    /// Units without a SIASN id (stored ones), by parent and name: how a unit that penata
    /// knew before SIASN ids is recognized.
    by_name: HashMap<(Option<usize>, String), usize>,
    ids: Ids,
    /// Units the stored organization had.
    stored: usize,
    /// Stored units this import matched (their index).
    pub seen: Vec<bool>,
    pub renamed: usize,
    pub moved: usize,
    /// The name of the instansi when the hierarchy's single root was taken as it.
    pub instansi: Option<String>,
    /// Whether the tree was built from the profile export's unit columns.
    pub from_profiles: bool,
}

/// A SIASN id that means "no parent".
fn no_parent(p: &str) -> bool {
    let p = p.trim();
    p.is_empty() || p == "0" || p == "-"
}

impl UnitSet {
    /// Starts from the stored units.
    pub fn new(stored: &[Unit]) -> UnitSet {
        let index: HashMap<&str, usize> = stored
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.as_str(), i))
            .collect();
        let parent: Vec<Option<usize>> = stored
            .iter()
            .map(|u| u.parent.as_deref().and_then(|p| index.get(p).copied()))
            .collect();
        let mut set = UnitSet {
            units: stored.to_vec(),
            parent,
            by_siasn: HashMap::default(),
            by_name: HashMap::default(),
            ids: Ids::with_taken(stored.iter().map(|u| u.id.as_str())),
            stored: stored.len(),
            seen: vec![false; stored.len()],
            renamed: 0,
            moved: 0,
            instansi: None,
            from_profiles: false,
        };
        for (i, u) in stored.iter().enumerate() {
            match &u.siasn_id {
                Some(s) => {
                    set.by_siasn.insert(s.clone(), i);
                }
                None => {
                    set.by_name
                        .entry((set.parent[i], name_key(&u.name)))
                        .or_insert(i);
                }
            }
        }
        set
    }

    /// Units created by this import.
    pub fn created(&self) -> usize {
        self.units.len() - self.stored
    }

    /// The unit a SIASN `UNOR ID` stands for.
    pub fn by_siasn(&self, id: &str) -> Option<usize> {
        self.by_siasn.get(id.trim()).copied()
    }

    /// The unit's penata id.
    pub fn id(&self, ix: usize) -> &str {
        &self.units[ix].id
    }

    /// Finds or creates the unit `name` under `parent` with the SIASN id `siasn`.
    fn place(&mut self, siasn: Option<&str>, name: &str, parent: Option<usize>) -> usize {
        let found = siasn
            .and_then(|s| self.by_siasn.get(s).copied())
            .or_else(|| {
                self.by_name
                    .get(&(parent, name_key(name)))
                    .copied()
                    // A unit that already has another SIASN id is another unit.
                    .filter(|&i| siasn.is_none() || self.units[i].siasn_id.is_none())
            });
        let ix = match found {
            Some(i) => {
                if self.units[i].name != name {
                    if i < self.stored {
                        self.renamed += 1;
                    }
                    self.units[i].name = name.to_string();
                }
                if self.parent[i] != parent && i < self.stored {
                    self.moved += 1;
                }
                self.parent[i] = parent;
                i
            }
            None => {
                let prefix = None;
                let id = self.ids.fresh(prefix, name);
                self.units.push(Unit {
                    id,
                    name: name.to_string(),
                    parent: None,
                    siasn_id: None,
                    feedback: Vec::new(),
                });
                self.parent.push(parent);
                let i = self.units.len() - 1;
                if siasn.is_none() {
                    self.by_name.insert((parent, name_key(name)), i);
                }
                i
            }
        };
        if let Some(s) = siasn {
            self.units[ix].siasn_id = Some(s.to_string());
            self.by_siasn.insert(s.to_string(), ix);
        }
        if ix < self.stored {
            self.seen[ix] = true;
        }
        ix
    }

    /// Builds the tree from the hierarchy file: every parent must be in it, and a cycle is
    /// an error that names its chain. A single root that holds nobody directly becomes the
    /// organization's name (`Pemerintah Kota Binjai`) instead of a unit.
    pub fn build_from_hierarchy(
        &mut self,
        rows: &[UnitRow],
        referenced: &dyn Fn(&str) -> bool,
        sink: &mut Sink,
    ) {
        let mut by_id: HashMap<&str, usize> =
            HashMap::with_capacity_and_hasher(rows.len(), Default::default());
        let mut valid = vec![true; rows.len()];
        for (i, r) in rows.iter().enumerate() {
            if let Some(&first) = by_id.get(r.id.as_str()) {
                sink.error(
                    r.at,
                    col::ID,
                    Some(&r.id),
                    msg!(
                        "import-unit-twice",
                        id = r.id.as_str(),
                        file = sink.file(rows[first].at),
                        row = rows[first].at.row.to_string()
                    ),
                );
                valid[i] = false;
            } else {
                by_id.insert(r.id.as_str(), i);
            }
        }
        let parent_of = |i: usize| -> Option<usize> {
            rows[i]
                .parent
                .as_deref()
                .filter(|p| !no_parent(p) && *p != rows[i].id)
                .and_then(|p| by_id.get(p).copied())
        };
        for (i, r) in rows.iter().enumerate() {
            if let Some(p) = r.parent.as_deref().filter(|p| !no_parent(p)) {
                if p == r.id {
                    sink.error(
                        r.at,
                        col::ID_ATASAN,
                        Some(p),
                        msg!("import-unit-own-parent", id = p),
                    );
                    valid[i] = false;
                } else if !by_id.contains_key(p) {
                    sink.error(
                        r.at,
                        col::ID_ATASAN,
                        Some(p),
                        msg!(
                            "import-unit-parent-missing",
                            unit = r.name.as_str(),
                            parent = p
                        ),
                    );
                    valid[i] = false;
                }
            }
        }
        mark_cycles(rows, &parent_of, &mut valid, sink);
        // The cycles are cut (their units are invalid): what is left is a forest.
        let parents: Vec<Option<usize>> = (0..rows.len())
            .map(|i| parent_of(i).filter(|_| valid[i]))
            .collect();
        if let Some((i, depth)) = crate::domain::validate::too_deep(&parents) {
            let max = crate::domain::validate::MAX_UNIT_DEPTH;
            let m = msg!("domain-unit-too-deep", depth = depth, max = max);
            sink.error(rows[i].at, col::ID_ATASAN, rows[i].parent.as_deref(), m);
            valid[i] = false;
        }
        // Units under an invalid one are not placed either (their error is their parent's).
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
        let mut roots = Vec::new();
        for i in 0..rows.len() {
            if !valid[i] {
                continue;
            }
            match parent_of(i) {
                Some(p) => children[p].push(i),
                None if rows[i].parent.as_deref().is_none_or(no_parent) => roots.push(i),
                None => {}
            }
        }
        let order = |list: &mut Vec<usize>| {
            list.sort_by_key(|&i| (rows[i].order.unwrap_or(u32::MAX), rows[i].at));
        };
        order(&mut roots);
        for c in &mut children {
            order(c);
        }
        if let [root] = roots[..] {
            let name = rows[root].name.trim();
            if name_key(name).starts_with("pemerintah") && !referenced(&rows[root].id) {
                self.instansi = Some(name.to_string());
                roots = std::mem::take(&mut children[root]);
            }
        }
        let mut stack: Vec<(usize, Option<usize>)> =
            roots.iter().rev().map(|&r| (r, None)).collect();
        while let Some((row, parent)) = stack.pop() {
            let r = &rows[row];
            let ix = self.place(Some(r.id.trim()), r.name.trim(), parent);
            for &c in children[row].iter().rev() {
                stack.push((c, Some(ix)));
            }
        }
    }

    /// Builds the tree from the profile export when there is no hierarchy file: the unit
    /// path (`UNOR (1)`..`UNOR (n)`, or a path written in `UNOR NAMA`), creating the
    /// missing parents; a person with only `UNOR ID`/`UNOR NAMA` gets a top-level unit.
    pub fn build_from_profiles(
        &mut self,
        rows: &[ProfileRow],
        instansi: Option<&str>,
        sink: &mut Sink,
    ) {
        self.from_profiles = true;
        let instansi_key = instansi.map(name_key);
        let mut made_parents = 0usize;
        for r in rows.iter().filter(|r| r.active) {
            let mut path: Vec<&str> = r
                .unor_path
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect();
            if path
                .first()
                .map(|p| Some(name_key(p)) == instansi_key)
                .unwrap_or(false)
            {
                path.remove(0);
            }
            let leaf_siasn = r
                .unor_id
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty());
            if leaf_siasn.is_some_and(|s| self.by_siasn.contains_key(s)) {
                continue;
            }
            if path.is_empty() {
                if let Some(name) = r
                    .unor_name
                    .as_deref()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                {
                    self.place(leaf_siasn, name, None);
                }
                continue;
            }
            let mut parent = None;
            let last = path.len() - 1;
            for (depth, name) in path.iter().enumerate() {
                let before = self.units.len();
                let siasn = if depth == last { leaf_siasn } else { None };
                parent = Some(self.place(siasn, name, parent));
                if depth < last && self.units.len() > before {
                    made_parents += 1;
                }
            }
        }
        sink.general(
            Severity::Note,
            msg!("import-units-from-profiles", created = made_parents),
        );
    }

    /// The units with their parent ids filled in, and whether each stored unit was met.
    pub fn finish(mut self) -> (Vec<Unit>, Vec<bool>) {
        for i in 0..self.units.len() {
            let parent = self.parent[i].map(|p| self.units[p].id.clone());
            self.units[i].parent = parent;
        }
        (self.units, self.seen)
    }
}

/// Finds the parent cycles of the hierarchy: walks up from every unit, and a walk that
/// meets itself names its chain once (an error) and marks its units invalid.
fn mark_cycles(
    rows: &[UnitRow],
    parent_of: &dyn Fn(usize) -> Option<usize>,
    valid: &mut [bool],
    sink: &mut Sink,
) {
    let mut state = vec![0u8; rows.len()];
    for start in 0..rows.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            match state[i] {
                0 => {
                    state[i] = 1;
                    path.push(i);
                    at = parent_of(i);
                }
                1 => {
                    let from = path.iter().position(|&p| p == i).unwrap_or(0);
                    let cycle = &path[from..];
                    let chain = cycle
                        .iter()
                        .chain(std::iter::once(&i))
                        .map(|&c| format!("{} ({})", rows[c].name, rows[c].id))
                        .collect::<Vec<_>>()
                        .join(" → ");
                    for &c in cycle {
                        valid[c] = false;
                    }
                    sink.error(
                        rows[i].at,
                        col::ID_ATASAN,
                        rows[i].parent.as_deref(),
                        msg!("import-unit-cycle", chain = chain),
                    );
                    break;
                }
                _ => break,
            }
        }
        for &p in &path {
            state[p] = 2;
        }
    }
}
