//! The planner's scenario as a share link, the saved planner state, and the side-by-side comparison.
//!
//! **Share-link parameters** (path `/anggaran`; values plain, percentages as numbers 0–100):
//! `nama` (scenario name), `pekerja` (target workers), `bulan` (funded months per year, 1–12),
//! `mulai` (start month 1–12), `tahun` (first fiscal year), `durasi` (years), `penghasilan` and
//! `jht` (as on `/iuran`), `verifikasi`, `serapan`, `lanjut`, `cadangan` (percent), `jadwal`
//! (`bulanan` | `semester` | `tahunan`), `tahap` (phased entry: `offset:share%` or `offset:count`
//! items separated by commas, e.g. `0:2874,3:3000` or `0:60%,3:40%`), `pagu` (budget ceiling for
//! the inverse mode), and the claim assumptions `kematian`, `kecelakaan` (percent per year),
//! `seleksi` (multiplier), `beasiswa` (percent), `klaim_jkk` (rupiah), `jkm`, `jkm_awal` (rupiah,
//! overriding the rules' amounts) and `aturan2025` (`1`/`0`: apply the BPU 3-month waiting period).
//!
//! **Defaults reproduce the NTT pledge on first open**: 100.000 workers × Rp 16.800 × 12 months
//! from January 2025 = Rp 20.160.000.000, so verification, fill and re-funding default to 100%
//! and headroom to 0% (a pledge counts enrolled workers and equals the computed cost, §6). The
//! modelling defaults of §7.B (v 67%, f 85%, h 5%, ρ 85%, 6 months from June) are
//! [`Scenario::modelling_preset`]. [`Scenario::to_query`] writes every parameter, so a link keeps
//! its numbers even if a default changes later.

use super::claims::{expected_claims, ClaimAssumptions, Manfaat};
use super::districts::{District, DistrictTable, MAX_NAME_CHARS, MAX_ROWS};
use super::plan::{
    months_for_pagu, plan_workers_for_pagu, project, Ceiling, Jadwal, Plan, Projection, Tranche, TrancheSize,
    MAX_TRANCHES,
};
use super::{PlanError, MAX_FISCAL_YEAR, MAX_WORKERS, MAX_YEARS, MIN_FISCAL_YEAR};
use crate::date::Date;
use crate::money::{max_input_amount, parse_amount, Percent, Rupiah};
use crate::scenario::{encode, parse_plain_decimal, Notice, Problem, Query, Reader};
use rust_decimal::prelude::*;

/// At most this many scenarios are compared and saved.
pub const MAX_SCENARIOS: usize = 3;
/// At most this many characters in a scenario name.
pub const MAX_SCENARIO_NAME: usize = 60;
/// The largest declared income accepted in a link (as `/iuran`).
const MAX_PENGHASILAN: i64 = 1_000_000_000;
const MAX_CLAIM_AMOUNT: i64 = 10_000_000_000;

/// One planner scenario: everything the share link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub nama: String,
    pub pekerja: u64,
    pub bulan: u8,
    pub mulai: u8,
    pub tahun: u16,
    pub durasi: u8,
    /// Declared income level of the BPU package (sets the contribution).
    pub penghasilan: Rupiah,
    /// Whether the optional JHT is paid too.
    pub jht: bool,
    pub verifikasi: Percent,
    pub serapan: Percent,
    pub lanjut: Percent,
    pub cadangan: Percent,
    pub jadwal: Jadwal,
    pub tahap: Vec<Tranche>,
    /// Budget ceiling for the inverse mode.
    pub pagu: Option<Rupiah>,
    pub kematian: Percent,
    pub kecelakaan: Percent,
    pub seleksi: Decimal,
    pub beasiswa: Percent,
    pub klaim_jkk: Rupiah,
    /// JKM amount after the waiting period; `None`: the rules' amount.
    pub jkm: Option<Rupiah>,
    /// JKM amount within the waiting period; `None`: the rules' amount.
    pub jkm_awal: Option<Rupiah>,
    /// Apply the BPU waiting period (where the rules have one).
    pub aturan2025: bool,
}

impl Default for Scenario {
    /// The NTT 2025 case (see the module documentation).
    fn default() -> Scenario {
        let hundred = Percent::new(Decimal::ONE_HUNDRED);
        Scenario {
            nama: String::new(),
            pekerja: 100_000,
            bulan: 12,
            mulai: 1,
            tahun: 2025,
            durasi: 1,
            penghasilan: Rupiah::from_whole(1_000_000),
            jht: false,
            verifikasi: hundred,
            serapan: hundred,
            lanjut: hundred,
            cadangan: Percent::ZERO,
            jadwal: Jadwal::Bulanan,
            tahap: Vec::new(),
            pagu: None,
            kematian: Percent::new(Decimal::new(30, 2)),
            kecelakaan: Percent::new(Decimal::new(30, 2)),
            seleksi: Decimal::new(15, 1),
            beasiswa: Percent::new(Decimal::from(8)),
            klaim_jkk: Rupiah::from_whole(9_000_000),
            jkm: None,
            jkm_awal: None,
            aturan2025: true,
        }
    }
}

/// The result of a scenario: the projection, the expected benefits and the inverse answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub projection: Projection,
    pub manfaat: Manfaat,
    /// With a `pagu`: the most target workers the whole plan can fund within it.
    pub pagu_pekerja: Option<Result<Ceiling, PlanError>>,
    /// With a `pagu`: the most months it covers the enrolled workers for.
    pub pagu_bulan: Option<Result<Ceiling, PlanError>>,
}

impl Scenario {
    /// The modelling defaults of `reference/modelling.md` §7.B on the NTT target: verification
    /// 67%, fill 85%, headroom 5%, re-funding 85%, 6 funded months starting in June (delay 5).
    pub fn modelling_preset() -> Scenario {
        Scenario {
            bulan: 6,
            mulai: 6,
            verifikasi: Percent::new(Decimal::from(67)),
            serapan: Percent::new(Decimal::from(85)),
            cadangan: Percent::new(Decimal::from(5)),
            lanjut: Percent::new(Decimal::from(85)),
            ..Scenario::default()
        }
    }

    /// The first day of the first funded month: the date the rules are taken at.
    pub fn start_date(&self) -> Date {
        Date::new(self.tahun, self.mulai, 1).unwrap_or(Date::ymd(2025, 1, 1))
    }

    /// The forward-model inputs with the monthly contribution `iuran`.
    pub fn plan(&self, iuran: Rupiah) -> Plan {
        Plan {
            pekerja: self.pekerja,
            bulan: self.bulan,
            mulai: self.mulai,
            tahun: self.tahun,
            durasi: self.durasi,
            tahap: self.tahap.clone(),
            verifikasi: self.verifikasi,
            serapan: self.serapan,
            cadangan: self.cadangan,
            lanjut: self.lanjut,
            jadwal: self.jadwal,
            iuran,
        }
    }

    /// The claim assumptions: the defaults of the rules at [`Scenario::start_date`] with this
    /// scenario's values.
    pub fn claim_assumptions(&self) -> Result<ClaimAssumptions, PlanError> {
        let base = ClaimAssumptions::at(self.start_date()).map_err(PlanError::NotCovered)?;
        let jkm = self.jkm.unwrap_or(base.jkm);
        let (masa_tunggu, jkm_awal) = if self.aturan2025 {
            (base.masa_tunggu, self.jkm_awal.unwrap_or(base.jkm_awal))
        } else {
            (0, jkm)
        };
        Ok(ClaimAssumptions {
            kematian: self.kematian,
            kecelakaan: self.kecelakaan,
            seleksi: self.seleksi,
            beasiswa: self.beasiswa,
            klaim_jkk: self.klaim_jkk,
            jkm,
            jkm_awal,
            masa_tunggu,
            ..base
        })
    }

    /// Runs the scenario with the monthly contribution `iuran`.
    pub fn evaluate(&self, iuran: Rupiah) -> Result<Outcome, PlanError> {
        let plan = self.plan(iuran);
        let projection = project(&plan)?;
        let manfaat = expected_claims(&projection, &self.claim_assumptions()?)?;
        let pagu_pekerja = self.pagu.map(|pagu| plan_workers_for_pagu(&plan, pagu));
        let pagu_bulan = self
            .pagu
            .map(|pagu| months_for_pagu(pagu, iuran, projection.enrolled, self.cadangan));
        Ok(Outcome {
            projection,
            manfaat,
            pagu_pekerja,
            pagu_bulan,
        })
    }

    /// Reads a share link; unusable values keep their default and come back as notices.
    pub fn from_query(query: &Query) -> (Scenario, Vec<Notice>) {
        let mut s = Scenario::default();
        let mut r = Reader::new(query);
        if let Some(nama) = r.parsed("nama", name) {
            s.nama = nama;
        }
        set(&mut s.pekerja, r.parsed("pekerja", |v| count(v, MAX_WORKERS)));
        set(&mut s.bulan, small(&mut r, "bulan", 1, 12));
        set(&mut s.mulai, small(&mut r, "mulai", 1, 12));
        set(
            &mut s.tahun,
            r.integer("tahun", i64::from(MIN_FISCAL_YEAR), i64::from(MAX_FISCAL_YEAR))
                .and_then(|v| u16::try_from(v).ok()),
        );
        set(&mut s.durasi, small(&mut r, "durasi", 1, i64::from(MAX_YEARS)));
        set(
            &mut s.penghasilan,
            r.amount("penghasilan", Rupiah::ZERO, Rupiah::from_whole(MAX_PENGHASILAN)),
        );
        set(&mut s.jht, r.flag("jht"));
        set(&mut s.verifikasi, percent(&mut r, "verifikasi", 100));
        set(&mut s.serapan, percent(&mut r, "serapan", 100));
        set(&mut s.lanjut, percent(&mut r, "lanjut", 100));
        set(&mut s.cadangan, percent(&mut r, "cadangan", 100));
        set(&mut s.jadwal, r.choice("jadwal", &JADWAL));
        set(&mut s.tahap, r.parsed("tahap", tranches));
        s.pagu = r.amount("pagu", Rupiah::ZERO, Rupiah::new(max_input_amount()));
        set(&mut s.kematian, percent(&mut r, "kematian", 5));
        set(&mut s.kecelakaan, percent(&mut r, "kecelakaan", 10));
        set(&mut s.seleksi, r.decimal("seleksi", Decimal::ZERO, Decimal::TEN));
        set(&mut s.beasiswa, percent(&mut r, "beasiswa", 100));
        let claim_max = Rupiah::from_whole(MAX_CLAIM_AMOUNT);
        set(&mut s.klaim_jkk, r.amount("klaim_jkk", Rupiah::ZERO, claim_max));
        s.jkm = r.amount("jkm", Rupiah::ZERO, claim_max);
        s.jkm_awal = r.amount("jkm_awal", Rupiah::ZERO, claim_max);
        set(&mut s.aturan2025, r.flag("aturan2025"));
        (s, r.finish())
    }

    /// The share-link query (without `?`), every parameter written out.
    pub fn to_query(&self) -> String {
        let pct = |p: Percent| plain_decimal(p.value());
        let flag = |b: bool| if b { "1" } else { "0" }.to_string();
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.nama.is_empty() {
            pairs.push(("nama", self.nama.clone()));
        }
        pairs.extend([
            ("pekerja", self.pekerja.to_string()),
            ("bulan", self.bulan.to_string()),
            ("mulai", self.mulai.to_string()),
            ("tahun", self.tahun.to_string()),
            ("durasi", self.durasi.to_string()),
            ("penghasilan", self.penghasilan.to_plain()),
            ("jht", flag(self.jht)),
            ("verifikasi", pct(self.verifikasi)),
            ("serapan", pct(self.serapan)),
            ("lanjut", pct(self.lanjut)),
            ("cadangan", pct(self.cadangan)),
            ("jadwal", jadwal_name(self.jadwal).to_string()),
        ]);
        if !self.tahap.is_empty() {
            pairs.push(("tahap", tranches_text(&self.tahap)));
        }
        if let Some(pagu) = self.pagu {
            pairs.push(("pagu", pagu.to_plain()));
        }
        pairs.extend([
            ("kematian", pct(self.kematian)),
            ("kecelakaan", pct(self.kecelakaan)),
            ("seleksi", plain_decimal(self.seleksi)),
            ("beasiswa", pct(self.beasiswa)),
            ("klaim_jkk", self.klaim_jkk.to_plain()),
        ]);
        if let Some(jkm) = self.jkm {
            pairs.push(("jkm", jkm.to_plain()));
        }
        if let Some(jkm_awal) = self.jkm_awal {
            pairs.push(("jkm_awal", jkm_awal.to_plain()));
        }
        pairs.push(("aturan2025", flag(self.aturan2025)));
        encode(&pairs)
    }
}

const JADWAL: [(&str, Jadwal); 3] = [
    ("bulanan", Jadwal::Bulanan),
    ("semester", Jadwal::Semester),
    ("tahunan", Jadwal::Tahunan),
];

fn jadwal_name(jadwal: Jadwal) -> &'static str {
    JADWAL
        .iter()
        .find(|(_, j)| *j == jadwal)
        .map_or("bulanan", |(n, _)| n)
}

fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *slot = value;
    }
}

fn name(v: &str) -> Result<String, Problem> {
    if v.chars().count() > MAX_SCENARIO_NAME {
        return Err(Problem::OutOfRange);
    }
    Ok(v.to_string())
}

/// A whole count written any way people type numbers (`100000`, `100.000`).
fn count(v: &str, max: u64) -> Result<u64, Problem> {
    let amount = parse_amount(v).map_err(|_| Problem::Invalid)?.amount();
    if !amount.fract().is_zero() {
        return Err(Problem::Invalid);
    }
    amount.to_u64().filter(|n| *n <= max).ok_or(Problem::OutOfRange)
}

fn small(r: &mut Reader<'_>, key: &'static str, min: i64, max: i64) -> Option<u8> {
    r.integer(key, min, max).and_then(|v| u8::try_from(v).ok())
}

fn percent(r: &mut Reader<'_>, key: &'static str, max: i64) -> Option<Percent> {
    r.decimal(key, Decimal::ZERO, Decimal::from(max))
        .map(Percent::new)
}

fn plain_decimal(value: Decimal) -> String {
    value.normalize().to_string()
}

fn tranches(v: &str) -> Result<Vec<Tranche>, Problem> {
    if v.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = v.split(',').map(str::trim).collect();
    if items.len() > MAX_TRANCHES {
        return Err(Problem::OutOfRange);
    }
    let parsed = items
        .into_iter()
        .map(|item| {
            let (offset, size) = item.split_once(':').ok_or(Problem::Invalid)?;
            let offset = u8::from_str(offset.trim()).map_err(|_| Problem::Invalid)?;
            if offset > 11 {
                return Err(Problem::OutOfRange);
            }
            let size = match size.trim().strip_suffix('%') {
                Some(share) => {
                    let share = parse_plain_decimal(share).ok_or(Problem::Invalid)?;
                    if share < Decimal::ZERO || share > Decimal::ONE_HUNDRED {
                        return Err(Problem::OutOfRange);
                    }
                    TrancheSize::Share(Percent::new(share))
                }
                None => TrancheSize::Count(
                    u64::from_str(size.trim())
                        .ok()
                        .filter(|n| *n <= MAX_WORKERS)
                        .ok_or(Problem::Invalid)?,
                ),
            };
            Ok(Tranche { offset, size })
        })
        .collect::<Result<Vec<Tranche>, Problem>>()?;
    let shares = parsed
        .iter()
        .filter(|t| matches!(t.size, TrancheSize::Share(_)))
        .count();
    if shares != 0 && shares != parsed.len() {
        return Err(Problem::Invalid);
    }
    Ok(parsed)
}

fn tranches_text(tahap: &[Tranche]) -> String {
    tahap
        .iter()
        .map(|t| match t.size {
            TrancheSize::Share(p) => format!("{}:{}%", t.offset, plain_decimal(p.value())),
            TrancheSize::Count(n) => format!("{}:{n}", t.offset),
        })
        .collect::<Vec<String>>()
        .join(",")
}

/// Everything the planner keeps between visits: up to three scenarios and the district table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlannerState {
    pub scenarios: Vec<Scenario>,
    pub districts: DistrictTable,
}

/// Why a saved string could not be loaded. Lines are 1-based.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    TooLarge,
    /// The first line is not the save header.
    NotASave,
    /// A later format than this version of the app reads.
    UnsupportedVersion,
    /// A line that cannot be read.
    Corrupt {
        line: usize,
    },
    TooManyScenarios,
    TooManyRows,
}

const SAVE_HEADER: &str = "jaring-anggaran";
const SAVE_VERSION: &str = "v1";
/// Saved strings larger than this are refused.
pub const MAX_SAVE_BYTES: usize = 1_000_000;

impl PlannerState {
    /// The saved form: a header line `jaring-anggaran v1`, then one line per scenario
    /// (`s ` + its share-link query) and per district row (`d ` + `nama=…&pekerja=…&bulan=…&mulai=…`).
    pub fn save(&self) -> String {
        let mut out = format!("{SAVE_HEADER} {SAVE_VERSION}\n");
        for scenario in &self.scenarios {
            out.push_str("s ");
            out.push_str(&scenario.to_query());
            out.push('\n');
        }
        for d in &self.districts.rows {
            out.push_str("d ");
            out.push_str(&encode(&[
                ("nama", d.nama.clone()),
                ("pekerja", d.pekerja.to_string()),
                ("bulan", d.bulan.to_string()),
                ("mulai", d.mulai.to_string()),
            ]));
            out.push('\n');
        }
        out
    }

    /// Loads a saved string. Blank lines and CRLF are accepted; anything else that does not read
    /// back cleanly is an error naming the line (the caller keeps what it had).
    pub fn load(text: &str) -> Result<PlannerState, SaveError> {
        if text.len() > MAX_SAVE_BYTES {
            return Err(SaveError::TooLarge);
        }
        let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
        match lines.next().map(|(_, l)| l.trim().split_once(' ')) {
            Some(Some((SAVE_HEADER, SAVE_VERSION))) => {}
            Some(Some((SAVE_HEADER, _))) => return Err(SaveError::UnsupportedVersion),
            _ => return Err(SaveError::NotASave),
        }
        let mut state = PlannerState::default();
        for (index, line) in lines {
            let corrupt = SaveError::Corrupt { line: index + 1 }; // ok: a line index
            let (kind, body) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
            let query = Query::parse(body);
            match kind {
                "s" => {
                    let (scenario, notices) = Scenario::from_query(&query);
                    if !notices.is_empty() {
                        return Err(corrupt);
                    }
                    if state.scenarios.len() >= MAX_SCENARIOS {
                        return Err(SaveError::TooManyScenarios);
                    }
                    state.scenarios.push(scenario);
                }
                "d" => {
                    let district = district_line(&query).ok_or(corrupt)?;
                    if state.districts.rows.len() >= MAX_ROWS {
                        return Err(SaveError::TooManyRows);
                    }
                    state.districts.rows.push(district);
                }
                _ => return Err(corrupt),
            }
        }
        Ok(state)
    }
}

fn district_line(query: &Query) -> Option<District> {
    let mut r = Reader::new(query);
    let nama = r.parsed("nama", |v| {
        let ok = !v.is_empty() && v.chars().count() <= MAX_NAME_CHARS;
        if ok {
            Ok(v.to_string())
        } else {
            Err(Problem::OutOfRange)
        }
    });
    let pekerja = r.parsed("pekerja", |v| count(v, MAX_WORKERS));
    let bulan = small(&mut r, "bulan", 1, 12);
    let mulai = small(&mut r, "mulai", 1, 12);
    if !r.finish().is_empty() {
        return None;
    }
    Some(District {
        nama: nama?,
        pekerja: pekerja?,
        bulan: bulan?,
        mulai: mulai?,
    })
}

/// A compared quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    Pekerja,
    Terdaftar,
    Bulan,
    Mulai,
    Durasi,
    Verifikasi,
    Serapan,
    Lanjut,
    Cadangan,
    Jadwal,
    Iuran,
    PekerjaBulan,
    Biaya,
    Pagu,
    BiayaTahunPertama,
    BiayaPerPekerjaBulan,
    Manfaat,
    ManfaatPerRupiah,
}

/// The value of a metric for one scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricValue {
    Count(u64),
    Money(Rupiah),
    Percent(Percent),
    Ratio(Decimal),
    Jadwal(Jadwal),
    /// Not defined (e.g. cost per worker-month without workers).
    None,
}

/// One row of the comparison: the values in the scenarios' order and whether they differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetricRow {
    pub metric: Metric,
    pub values: Vec<MetricValue>,
    pub differs: bool,
}

type MetricOf = fn(&Scenario, &Outcome) -> MetricValue;

/// Side-by-side values of the scenarios (the page shows up to [`MAX_SCENARIOS`]), marking the rows
/// whose values differ.
pub fn compare(items: &[(&Scenario, &Outcome)]) -> Vec<MetricRow> {
    use MetricValue as V;
    let metrics: [(Metric, MetricOf); 18] = [
        (Metric::Pekerja, |s, _| V::Count(s.pekerja)),
        (Metric::Terdaftar, |_, o| V::Count(o.projection.enrolled)),
        (Metric::Bulan, |s, _| V::Count(u64::from(s.bulan))),
        (Metric::Mulai, |s, _| V::Count(u64::from(s.mulai))),
        (Metric::Durasi, |s, _| V::Count(u64::from(s.durasi))),
        (Metric::Verifikasi, |s, _| V::Percent(s.verifikasi)),
        (Metric::Serapan, |s, _| V::Percent(s.serapan)),
        (Metric::Lanjut, |s, _| V::Percent(s.lanjut)),
        (Metric::Cadangan, |s, _| V::Percent(s.cadangan)),
        (Metric::Jadwal, |s, _| V::Jadwal(s.jadwal)),
        (Metric::Iuran, |_, o| V::Money(o.projection.iuran)),
        (Metric::PekerjaBulan, |_, o| {
            V::Count(o.projection.worker_months())
        }),
        (Metric::Biaya, |_, o| V::Money(o.projection.biaya())),
        (Metric::Pagu, |_, o| V::Money(o.projection.pagu())),
        (Metric::BiayaTahunPertama, |_, o| {
            o.projection.years.first().map_or(V::None, |y| V::Money(y.biaya))
        }),
        (Metric::BiayaPerPekerjaBulan, |_, o| {
            o.projection.cost_per_worker_month().map_or(V::None, V::Money)
        }),
        (Metric::Manfaat, |_, o| V::Money(o.manfaat.total.manfaat)),
        (Metric::ManfaatPerRupiah, |_, o| {
            o.manfaat.total.per_rupiah.map_or(V::None, V::Ratio)
        }),
    ];
    metrics
        .iter()
        .map(|(metric, value)| {
            let values: Vec<MetricValue> = items.iter().map(|(s, o)| value(s, o)).collect();
            let differs = values.windows(2).any(|w| w.first() != w.get(1));
            MetricRow {
                metric: *metric,
                values,
                differs,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_parameter_and_reports_bad_ones() {
        let q = Query::parse(
            "pekerja=23.000&bulan=12&mulai=8&tahun=2025&durasi=2&jadwal=semester&tahap=0:60%25,3:40%25\
             &verifikasi=67&serapan=85,5&pagu=4.636.800.000&cadangan=150&x=1",
        );
        let (s, notices) = Scenario::from_query(&q);
        assert_eq!(s.pekerja, 23_000);
        assert_eq!(s.mulai, 8);
        assert_eq!(s.bulan, 12);
        assert_eq!(s.jadwal, Jadwal::Semester);
        assert_eq!(s.serapan, Percent::new(Decimal::new(855, 1)));
        assert_eq!(s.pagu, Some(Rupiah::from_whole(4_636_800_000)));
        assert_eq!(s.tahap.len(), 2);
        let keys: Vec<(&str, Problem)> = notices.iter().map(|n| (n.key.as_str(), n.problem)).collect();
        assert_eq!(
            keys,
            vec![("cadangan", Problem::OutOfRange), ("x", Problem::Unknown)]
        );
    }

    #[test]
    fn bad_tranches_are_refused() {
        for bad in ["0", "0:1,3:5%", "12:5", "a:5", "0:101%", "0:-1"] {
            assert!(tranches(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn save_refuses_corruption() {
        assert_eq!(PlannerState::load(""), Err(SaveError::NotASave));
        assert_eq!(
            PlannerState::load("jaring-anggaran v9\n"),
            Err(SaveError::UnsupportedVersion)
        );
        assert_eq!(
            PlannerState::load("jaring-anggaran v1\ns pekerja=abc\n"),
            Err(SaveError::Corrupt { line: 2 })
        );
        assert_eq!(
            PlannerState::load("jaring-anggaran v1\r\n\r\nd nama=A&pekerja=5&bulan=12\r\n"),
            Err(SaveError::Corrupt { line: 3 })
        );
        let many = format!("jaring-anggaran v1\n{}", "s pekerja=1\n".repeat(4));
        assert_eq!(PlannerState::load(&many), Err(SaveError::TooManyScenarios));
        assert_eq!(
            PlannerState::load("jaring-anggaran v1\nq 1\n"),
            Err(SaveError::Corrupt { line: 2 })
        );
    }
}
