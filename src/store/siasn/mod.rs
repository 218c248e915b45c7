//! Importing the files a BKPSDM already has: the SIASN exports (ASN profile, unit
//! hierarchy, peta jabatan, SKP) and the office workbooks (standar kompetensi, assessment
//! rekap), any mix in any order, recognized by their header rows.
//!
//! Reading ([`rows`]) is kept apart from joining the rows into an organization, so each
//! side is tested on its own.

pub mod rows;

pub use rows::*;
