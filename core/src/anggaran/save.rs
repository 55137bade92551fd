//! The saved plan file: what the planner keeps between visits or sends to a colleague.
//!
//! A JSON document written with `serde`:
//!
//! ```json
//! {"format":"jaring-anggaran","versi":1,
//!  "rencana":["pekerja=100000&bulan=12&…"],
//!  "kabupaten":[{"nama":"Malaka","pekerja":4475,"angkatan_kerja":100000,"cakupan":"3"}],
//!  "cakupan":null}
//! ```
//!
//! Each scenario (`rencana`) is stored as its share-link query: one reader checks links and files
//! alike, so a file can never hold a scenario a link could not. Percentages are decimal strings
//! so they stay exact. `cakupan` holds the coverage scenario of `/cakupan` as that page saves it;
//! this module keeps it as it is. A file whose `versi` is not [`SAVE_VERSION`] is refused with its
//! version named, never half read.

use super::districts::{District, DistrictTable, MAX_ROWS};
use super::link::{Scenario, MAX_SCENARIOS};
use crate::money::Percent;
use crate::scenario::{parse_plain_decimal, Query};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The value of `format` in every saved plan.
pub const SAVE_FORMAT: &str = "jaring-anggaran";
/// The version this code writes and reads.
pub const SAVE_VERSION: u64 = 1;
/// Saved files larger than this are refused.
pub const MAX_SAVE_BYTES: usize = 1_000_000;

/// Everything the planner keeps: up to three scenarios, the district table and the coverage
/// scenario (opaque here).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlannerState {
    pub scenarios: Vec<Scenario>,
    pub districts: DistrictTable,
    pub cakupan: Option<serde_json::Value>,
}

/// Why a saved file could not be opened. Nothing is half loaded: the caller keeps what it had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    TooLarge,
    /// Not JSON; the 1-based line and column where reading stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a saved plan (no `format: "jaring-anggaran"`).
    NotASave,
    /// A saved plan of another version (`None`: the version is missing or not a number).
    UnsupportedVersion {
        found: Option<u64>,
    },
    /// The document's shape does not match this version (a field missing or of the wrong type).
    Malformed,
    /// Scenario `index` (0-based) has a parameter that does not read back (its key).
    BadScenario {
        index: usize,
        key: String,
    },
    /// District row `index` (0-based) has a value out of range.
    BadDistrict {
        index: usize,
    },
    TooManyScenarios,
    TooManyRows,
}

#[derive(Serialize, Deserialize)]
struct SavedFile {
    format: String,
    versi: u64,
    rencana: Vec<String>,
    kabupaten: Vec<SavedDistrict>,
    #[serde(default)]
    cakupan: Option<serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
struct SavedDistrict {
    nama: String,
    pekerja: u64,
    #[serde(default)]
    angkatan_kerja: Option<u64>,
    #[serde(default)]
    cakupan: Option<String>,
}

impl PlannerState {
    /// The saved file.
    pub fn to_json(&self) -> String {
        let file = SavedFile {
            format: SAVE_FORMAT.to_string(),
            versi: SAVE_VERSION,
            rencana: self.scenarios.iter().map(Scenario::to_query).collect(),
            kabupaten: self
                .districts
                .rows
                .iter()
                .map(|d| SavedDistrict {
                    nama: d.nama.clone(),
                    pekerja: d.pekerja,
                    angkatan_kerja: d.angkatan_kerja,
                    cakupan: d.cakupan.map(|c| c.value().normalize().to_string()),
                })
                .collect(),
            cakupan: self.cakupan.clone(),
        };
        // Serialising plain strings, numbers and a `Value` cannot fail.
        serde_json::to_string(&file).unwrap_or_default()
    }

    /// Opens a saved file; every value is checked as a share link or a district row would be.
    pub fn from_json(text: &str) -> Result<PlannerState, SaveError> {
        if text.len() > MAX_SAVE_BYTES {
            return Err(SaveError::TooLarge);
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| SaveError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
        if value.get("format").and_then(|f| f.as_str()) != Some(SAVE_FORMAT) {
            return Err(SaveError::NotASave);
        }
        let versi = value.get("versi").and_then(serde_json::Value::as_u64);
        if versi != Some(SAVE_VERSION) {
            return Err(SaveError::UnsupportedVersion { found: versi });
        }
        let file: SavedFile = serde_json::from_value(value).map_err(|_| SaveError::Malformed)?;
        if file.rencana.len() > MAX_SCENARIOS {
            return Err(SaveError::TooManyScenarios);
        }
        if file.kabupaten.len() > MAX_ROWS {
            return Err(SaveError::TooManyRows);
        }
        let scenarios = file
            .rencana
            .iter()
            .enumerate()
            .map(|(index, query)| {
                let (scenario, notices) = Scenario::from_query(&Query::parse(query));
                match notices.into_iter().next() {
                    Some(notice) => Err(SaveError::BadScenario {
                        index,
                        key: notice.key,
                    }),
                    None => Ok(scenario),
                }
            })
            .collect::<Result<Vec<Scenario>, SaveError>>()?;
        let rows = file
            .kabupaten
            .into_iter()
            .enumerate()
            .map(|(index, d)| district(d).ok_or(SaveError::BadDistrict { index }))
            .collect::<Result<Vec<District>, SaveError>>()?;
        Ok(PlannerState {
            scenarios,
            districts: DistrictTable { rows },
            cakupan: file.cakupan,
        })
    }
}

fn district(d: SavedDistrict) -> Option<District> {
    let cakupan = match d.cakupan {
        Some(text) => Some(
            parse_plain_decimal(&text)
                .filter(|c| *c >= Decimal::ZERO && *c <= Decimal::ONE_HUNDRED)
                .map(Percent::new)?,
        ),
        None => None,
    };
    let district = District {
        nama: d.nama,
        pekerja: d.pekerja,
        angkatan_kerja: d.angkatan_kerja,
        cakupan,
    };
    district.validate().ok().map(|()| district)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_other_versions_and_broken_files() {
        assert!(matches!(
            PlannerState::from_json("{\"format\":"),
            Err(SaveError::NotJson { line: 1, .. })
        ));
        assert_eq!(PlannerState::from_json("{}"), Err(SaveError::NotASave));
        assert_eq!(
            PlannerState::from_json("{\"format\":\"jaring-anggaran\",\"versi\":2}"),
            Err(SaveError::UnsupportedVersion { found: Some(2) })
        );
        assert_eq!(
            PlannerState::from_json("{\"format\":\"jaring-anggaran\",\"versi\":1}"),
            Err(SaveError::Malformed)
        );
        assert_eq!(
            PlannerState::from_json(
                "{\"format\":\"jaring-anggaran\",\"versi\":1,\"rencana\":[\"pekerja=abc\"],\"kabupaten\":[]}"
            ),
            Err(SaveError::BadScenario {
                index: 0,
                key: "pekerja".to_string()
            })
        );
    }
}
