//! The per-district (kabupaten/kota) table. Every row is costed with the scenario's plan (start
//! month, months, years, verification, fill, re-funding, payment schedule, contribution) for the
//! row's own target; totals are the sums of the rows, per APBD year too. A row may carry the
//! district's informal workforce and its current coverage (UCJ, the share of workers with
//! BPJS Ketenagakerjaan): the table then shows the coverage gained and the cost per percentage
//! point gained, the figure that compares districts (for example Belu ≈ 90% against Malaka ≈ 3%).

use super::plan::{project, sum_rupiah, MonthRow, Plan, Projection, TrancheSize};
use super::{Field, PlanError, MAX_WORKERS};
use crate::money::{Percent, Rupiah};
use rust_decimal::prelude::*;

/// At most this many rows in a table (Indonesia has 514 districts and cities).
pub const MAX_ROWS: usize = 1_000;
/// At most this many characters in a district name.
pub const MAX_NAME_CHARS: usize = 100;

/// The 21 regencies (kabupaten) and 1 city (kota) of Nusa Tenggara Timur, offered as a starting
/// list: Kupang appears twice, as the city and as the regency; Timor Tengah Selatan and Utara are
/// the TTS and TTU of local usage. Basis: the province's administrative division since Malaka, the
/// newest regency, was split from Belu in 2013.
pub const NTT_DISTRICTS: [&str; 22] = [
    "Kota Kupang",
    "Kabupaten Kupang",
    "Timor Tengah Selatan",
    "Timor Tengah Utara",
    "Belu",
    "Malaka",
    "Alor",
    "Lembata",
    "Flores Timur",
    "Sikka",
    "Ende",
    "Nagekeo",
    "Ngada",
    "Manggarai Timur",
    "Manggarai",
    "Manggarai Barat",
    "Sumba Timur",
    "Sumba Tengah",
    "Sumba Barat",
    "Sumba Barat Daya",
    "Rote Ndao",
    "Sabu Raijua",
];

/// One row as the planner enters it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct District {
    pub nama: String,
    /// Target workers in the district.
    pub pekerja: u64,
    /// Informal workforce (pekerja informal, BPS Sakernas), if known.
    pub angkatan_kerja: Option<u64>,
    /// Current coverage of that workforce, in percent, if known.
    pub cakupan: Option<Percent>,
}

impl District {
    pub fn new(nama: &str, pekerja: u64) -> District {
        District {
            nama: nama.to_string(),
            pekerja,
            angkatan_kerja: None,
            cakupan: None,
        }
    }

    /// Checks the row's own values: a one-line name of at most [`MAX_NAME_CHARS`] characters (a
    /// line break would not survive the CSV round trip), workers, workforce and coverage in range.
    pub fn validate(&self) -> Result<(), PlanError> {
        let name_ok = self.nama.chars().count() <= MAX_NAME_CHARS && !self.nama.contains(['\r', '\n']);
        let values_ok = self.pekerja <= MAX_WORKERS
            && self.angkatan_kerja.is_none_or(|n| (1..=MAX_WORKERS).contains(&n))
            && self
                .cakupan
                .is_none_or(|c| c.value() >= Decimal::ZERO && c.value() <= Decimal::ONE_HUNDRED);
        if name_ok && values_ok {
            Ok(())
        } else {
            Err(PlanError::OutOfRange(Field::Kabupaten))
        }
    }
}

/// The rows of the table, in the planner's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DistrictTable {
    pub rows: Vec<District>,
}

impl DistrictTable {
    /// The 22 districts of NTT with no workers yet.
    pub fn ntt() -> DistrictTable {
        DistrictTable {
            rows: NTT_DISTRICTS.iter().map(|name| District::new(name, 0)).collect(),
        }
    }

    pub fn total_workers(&self) -> u64 {
        self.rows.iter().fold(0, |a, r| a.saturating_add(r.pekerja))
    }
}

/// A row with its cost and coverage gain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictRow {
    pub district: District,
    /// Workers enrolled in the first year (the scenario's limits applied to the row's target).
    pub terdaftar: u64,
    pub pekerja_bulan: u64,
    pub biaya: Rupiah,
    pub pagu: Rupiah,
    /// Booked per APBD year, in the order of [`DistrictSummary::apbd`] (every row has the
    /// scenario's window, so every row has the same APBD years).
    pub apbd: Vec<Rupiah>,
    /// Coverage gained by the first-year workers, in percentage points of the informal workforce
    /// (at most what is still uncovered).
    pub poin: Option<Decimal>,
    /// Coverage after the programme, in percent.
    pub cakupan_baru: Option<Percent>,
    /// Cost of the whole plan per percentage point gained.
    pub biaya_per_poin: Option<Rupiah>,
}

/// One APBD year of the whole table: the sums of the rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DistrictYear {
    pub tahun: u16,
    pub dibayar: Rupiah,
    pub pagu: Rupiah,
}

/// The costed table: rows, totals (sums of the rows) and the months of all rows together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictSummary {
    pub rows: Vec<DistrictRow>,
    pub pekerja: u64,
    pub terdaftar: u64,
    pub pekerja_bulan: u64,
    pub biaya: Rupiah,
    pub pagu: Rupiah,
    pub apbd: Vec<DistrictYear>,
    /// Calendar months from January of the first APBD year.
    pub months: Vec<MonthRow>,
}

/// A row that cannot be costed: its index (0-based) and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub error: PlanError,
}

/// Costs every row with `plan` (the scenario's plan; its target, proposed list, ceiling and
/// tranche counts are the province's and are left out); the first invalid row is the error.
pub fn summarize(table: &DistrictTable, plan: &Plan) -> Result<DistrictSummary, RowError> {
    if table.rows.len() > MAX_ROWS {
        return Err(RowError {
            row: MAX_ROWS,
            error: PlanError::OutOfRange(Field::Pekerja),
        });
    }
    let shares_only = plan.tahap.iter().all(|t| matches!(t.size, TrancheSize::Share(_)));
    let mut rows = Vec::with_capacity(table.rows.len());
    let mut months: Vec<MonthRow> = Vec::new();
    let mut apbd: Vec<DistrictYear> = Vec::new();
    for (index, district) in table.rows.iter().enumerate() {
        let row_error = |error| RowError { row: index, error };
        district.validate().map_err(row_error)?;
        let row_plan = Plan {
            pekerja: district.pekerja,
            usulan: None,
            pagu: None,
            tahap: if shares_only {
                plan.tahap.clone()
            } else {
                Vec::new()
            },
            ..plan.clone()
        };
        let projection = project(&row_plan).map_err(row_error)?;
        add_months(&mut months, &projection);
        for year in &projection.apbd {
            match apbd.iter_mut().find(|y| y.tahun == year.tahun) {
                Some(total) => {
                    total.dibayar = sum_rupiah([total.dibayar, year.dibayar].into_iter());
                    total.pagu = sum_rupiah([total.pagu, year.pagu].into_iter());
                }
                None => apbd.push(DistrictYear {
                    tahun: year.tahun,
                    dibayar: year.dibayar,
                    pagu: year.pagu,
                }),
            }
        }
        rows.push(row(district, &projection));
    }
    Ok(DistrictSummary {
        pekerja: rows.iter().fold(0, |a, r| a.saturating_add(r.district.pekerja)),
        terdaftar: rows.iter().fold(0, |a, r| a.saturating_add(r.terdaftar)),
        pekerja_bulan: rows.iter().fold(0, |a, r| a.saturating_add(r.pekerja_bulan)),
        biaya: sum_rupiah(rows.iter().map(|r| r.biaya)),
        pagu: sum_rupiah(rows.iter().map(|r| r.pagu)),
        rows,
        apbd,
        months,
    })
}

fn row(district: &District, projection: &Projection) -> DistrictRow {
    let terdaftar = projection.enrolled();
    let biaya = projection.biaya();
    let poin = district.angkatan_kerja.filter(|n| *n > 0).map(|n| {
        let gained = Decimal::from(terdaftar) * Decimal::ONE_HUNDRED / Decimal::from(n); // ok: n > 0, ≤ 1e10
        let room = Decimal::ONE_HUNDRED - district.cakupan.map_or(Decimal::ZERO, |c| c.value()); // ok: c ≤ 100
        gained.min(room).round_dp(4)
    });
    let cakupan_baru = match (district.cakupan, poin) {
        (Some(now), Some(gained)) => Some(Percent::new(now.value() + gained)), // ok: ≤ 100
        _ => None,
    };
    let biaya_per_poin = poin
        .filter(|p| !p.is_zero())
        .map(|p| Rupiah::new(biaya.amount() / p).rounded()); // ok: p > 0
    DistrictRow {
        district: district.clone(),
        terdaftar,
        pekerja_bulan: projection.worker_months(),
        biaya,
        pagu: projection.pagu(),
        apbd: projection.apbd.iter().map(|y| y.dibayar).collect(),
        poin,
        cakupan_baru,
        biaya_per_poin,
    }
}

fn add_months(total: &mut Vec<MonthRow>, projection: &Projection) {
    for (index, month) in projection.months.iter().enumerate() {
        match total.get_mut(index) {
            Some(row) => {
                row.tercakup = row.tercakup.saturating_add(month.tercakup);
                row.biaya = sum_rupiah([row.biaya, month.biaya].into_iter());
                row.dibayar = sum_rupiah([row.dibayar, month.dibayar].into_iter());
            }
            None => total.push(*month),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Rupiah;

    #[test]
    fn ntt_list_has_22_distinct_names() {
        let table = DistrictTable::ntt();
        assert_eq!(table.rows.len(), 22);
        let mut names: Vec<&str> = table.rows.iter().map(|r| r.nama.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 22);
        let sumba = names.iter().filter(|n| n.starts_with("Sumba ")).count();
        let manggarai = names.iter().filter(|n| n.starts_with("Manggarai")).count();
        let kupang = names.iter().filter(|n| n.ends_with("Kupang")).count();
        assert_eq!((sumba, manggarai, kupang), (4, 3, 2));
        for name in [
            "Alor",
            "Lembata",
            "Rote Ndao",
            "Sabu Raijua",
            "Malaka",
            "Belu",
            "Flores Timur",
        ] {
            assert!(names.contains(&name), "{name}");
        }
    }

    #[test]
    fn rows_use_the_scenario_window_and_limits_and_gain_coverage() {
        let mut plan = Plan::new(0, 12, Rupiah::from_whole(16_800));
        plan.mulai = 8;
        plan.verifikasi = Percent::new(Decimal::from(67));
        plan.serapan = Percent::new(Decimal::from(85));
        let mut malaka = District::new("Malaka", 10_000);
        malaka.angkatan_kerja = Some(100_000);
        malaka.cakupan = Some(Percent::new(Decimal::from(3)));
        let mut belu = District::new("Belu", 1_000);
        belu.angkatan_kerja = Some(50_000);
        belu.cakupan = Some(Percent::new(Decimal::from(99)));
        let table = DistrictTable {
            rows: vec![malaka, belu],
        };
        let s = summarize(&table, &plan).unwrap();
        assert_eq!(s.months.len(), 24);
        assert_eq!(s.terdaftar, 6_700 + 670);
        let first = s.rows.first().unwrap();
        assert_eq!(first.poin, Some(Decimal::new(67, 1)));
        assert_eq!(first.cakupan_baru, Some(Percent::new(Decimal::new(97, 1))));
        // 6.700 × 16.800 × 12 = 1.350.720.000 for 6,7 points.
        assert_eq!(first.biaya_per_poin, Some(Rupiah::from_whole(201_600_000)));
        // Belu can gain at most the 1 point still uncovered.
        assert_eq!(s.rows.get(1).and_then(|r| r.poin), Some(Decimal::ONE));
        let years: Vec<(u16, Rupiah)> = s.apbd.iter().map(|y| (y.tahun, y.dibayar)).collect();
        assert_eq!(
            years,
            vec![
                (2025, Rupiah::from_whole(7_370 * 16_800 * 5)),
                (2026, Rupiah::from_whole(7_370 * 16_800 * 7))
            ]
        );
    }
}
