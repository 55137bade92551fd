//! The planner's scenario as a share link, and the side-by-side comparison.
//!
//! **Share-link parameters** (path `/anggaran`; values plain, percentages as numbers 0–100):
//! `nama` (scenario name), `pekerja` (target workers), `usulan` (proposed list before
//! verification; default: the target), `bulan` (funded months per year, 1–12), `mulai` (start
//! month 1–12), `tahun` (first APBD year), `durasi` (years), `penghasilan` and `jht` (as on
//! `/iuran`), `verifikasi`, `serapan`, `lanjut`, `cadangan` (percent), `baru` (new workers added
//! each later year), `jadwal` (`bulanan` | `semester` | `tahunan`), `tahap` (phased entry:
//! `offset:share%` or `offset:count` items separated by commas, e.g. `0:2874,3:3000` or
//! `0:60%,3:40%`), `pagu` (budget ceiling per APBD year), `belanja` (belanja daerah, the region's
//! total spending per year), `dana` (funders: `kind:share%` or `kind:workers` items, optionally
//! `kind:value:name`, separated by commas; kinds `provinsi`, `kabupaten`, `desa`, `dbhcht`,
//! `lainnya`; e.g. `provinsi:60%,kabupaten:40%:Belu`), and the claim assumptions `kematian`, `kecelakaan` (percent per year),
//! `seleksi` (multiplier), `beasiswa` (percent), `klaim_jkk` (rupiah), `jkm`, `jkm_awal` (rupiah,
//! overriding the rules' amounts) and `aturan2025` (`1`/`0`: apply the BPU 3-month waiting period).
//!
//! **Defaults reproduce the NTT pledge on first open**: 100.000 workers × Rp 16.800 × 12 months
//! from January 2025 = Rp 20.160.000.000, so verification, fill and re-funding default to 100%
//! and headroom to 0% (a pledge counts enrolled workers and equals the computed cost). The
//! planning defaults observed in published programmes (v 67%, f 85%, h 5%, 6 months from June;
//! ρ 100%, an assumption) are [`Scenario::modelling_preset`]; [`super::basis::basis_of`] gives the
//! basis of every default. [`Scenario::to_query`] writes every parameter, so a link keeps
//! its numbers even if a default changes later.

use super::basis::BasisKey;
use super::claims::{expected_claims, ClaimAssumptions, Manfaat};
use super::contribution::{iuran_schedule, Contribution};
use super::plan::{
    project, workers_per_apbd_year, Jadwal, Plan, Projection, Tranche, TrancheSize, YearCeiling, MAX_TRANCHES,
};
use super::split::{share_cost, Funder, FunderCost, FunderKind, Split, MAX_FUNDERS};
use super::{Field, PlanError, MAX_FISCAL_YEAR, MAX_WORKERS, MAX_YEARS, MIN_FISCAL_YEAR};
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
    /// Target workers.
    pub pekerja: u64,
    /// Proposed list before verification; `None`: the target.
    pub usulan: Option<u64>,
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
    /// New workers added at the start of each later programme year.
    pub baru: u64,
    pub jadwal: Jadwal,
    pub tahap: Vec<Tranche>,
    /// Budget ceiling per APBD year (limits enrolment; the inverse mode answers for it).
    pub pagu: Option<Rupiah>,
    /// Belanja daerah per year, for the cost-share KPI.
    pub belanja: Option<Rupiah>,
    /// Cost sharing between funders; `None`: one payer.
    pub dana: Option<Split>,
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
            usulan: None,
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
            baru: 0,
            jadwal: Jadwal::Bulanan,
            tahap: Vec::new(),
            pagu: None,
            belanja: None,
            dana: None,
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

/// The result of a scenario: the projection, the expected benefits, the funders' lines and the
/// inverse answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The contribution of the first funded month, with the calculator's lines and sources.
    pub contribution: Contribution,
    pub projection: Projection,
    pub manfaat: Manfaat,
    /// Each funder's line per APBD year (empty without `dana`).
    pub dana: Vec<FunderCost>,
    /// With a `pagu`: per APBD year, the most workers it pays for.
    pub pagu_per_tahun: Vec<YearCeiling>,
    /// The assumptions (no published figure) this result rests on, for the page to label:
    /// re-funding in a multi-year plan, and the early-death multiplier of the expected claims.
    pub asumsi: Vec<BasisKey>,
}

impl Scenario {
    /// The planning defaults on the NTT target: verification 67%, fill 85%, headroom 5%, 6 funded
    /// months starting in June (a 5-month delay for verification, DPA and PKS). Re-funding stays
    /// 100%: it is an assumption (the strongest driver of a multi-year result), so lower values are
    /// the planner's scenario, not a default.
    pub fn modelling_preset() -> Scenario {
        Scenario {
            bulan: 6,
            mulai: 6,
            verifikasi: Percent::new(Decimal::from(67)),
            serapan: Percent::new(Decimal::from(85)),
            cadangan: Percent::new(Decimal::from(5)),
            ..Scenario::default()
        }
    }

    /// The first day of the first funded month: the date the rules are taken at.
    pub fn start_date(&self) -> Date {
        Date::new(self.tahun, self.mulai, 1).unwrap_or(Date::ymd(2025, 1, 1))
    }

    /// The forward-model inputs with the contribution of every month from the rules engine.
    pub fn plan(&self) -> Result<(Plan, Contribution), PlanError> {
        // The calendar must be valid before the calculator is asked about its months.
        let range = |ok: bool, field: Field| {
            if ok {
                Ok(())
            } else {
                Err(PlanError::OutOfRange(field))
            }
        };
        range(
            (MIN_FISCAL_YEAR..=MAX_FISCAL_YEAR).contains(&self.tahun),
            Field::Tahun,
        )?;
        range((1..=12).contains(&self.mulai), Field::Mulai)?;
        range((1..=MAX_YEARS).contains(&self.durasi), Field::Durasi)?;
        let first = u32::from(self.mulai) - 1; // ok: mulai ≥ 1
        let end = (u32::from(self.durasi) + 1) * 12; // ok: durasi ≤ 50
        let (contribution, iuran_berubah) =
            iuran_schedule(self.penghasilan, self.jht, self.tahun, first, end)?;
        let plan = Plan {
            iuran: contribution.iuran,
            iuran_berubah,
            ..self.plan_with(contribution.iuran)
        };
        Ok((plan, contribution))
    }

    /// The forward-model inputs with one contribution `iuran` for every month.
    pub fn plan_with(&self, iuran: Rupiah) -> Plan {
        Plan {
            pekerja: self.pekerja,
            usulan: self.usulan,
            bulan: self.bulan,
            mulai: self.mulai,
            tahun: self.tahun,
            durasi: self.durasi,
            tahap: self.tahap.clone(),
            verifikasi: self.verifikasi,
            serapan: self.serapan,
            cadangan: self.cadangan,
            lanjut: self.lanjut,
            baru: self.baru,
            jadwal: self.jadwal,
            iuran,
            iuran_berubah: Vec::new(),
            pagu: self.pagu,
            belanja: self.belanja,
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

    /// Runs the scenario: contributions from the rules, the forward model, the expected benefits,
    /// the funders' lines and the inverse mode.
    pub fn evaluate(&self) -> Result<Outcome, PlanError> {
        let (plan, contribution) = self.plan()?;
        let projection = project(&plan)?;
        let manfaat = expected_claims(&projection, &self.claim_assumptions()?)?;
        let dana = match &self.dana {
            Some(split) => share_cost(&projection, split)?,
            None => Vec::new(),
        };
        let pagu_per_tahun = match self.pagu {
            Some(pagu) => workers_per_apbd_year(&plan, pagu)?,
            None => Vec::new(),
        };
        let mut asumsi = Vec::new();
        if self.durasi > 1 {
            asumsi.push(BasisKey::FullRefunding);
        }
        asumsi.push(BasisKey::EarlySelection);
        Ok(Outcome {
            contribution,
            projection,
            manfaat,
            dana,
            pagu_per_tahun,
            asumsi,
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
        s.usulan = r.parsed("usulan", |v| count(v, MAX_WORKERS));
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
        set(&mut s.baru, r.parsed("baru", |v| count(v, MAX_WORKERS)));
        set(&mut s.jadwal, r.choice("jadwal", &JADWAL));
        set(&mut s.tahap, r.parsed("tahap", tranches));
        s.pagu = r.amount("pagu", Rupiah::ZERO, Rupiah::new(max_input_amount()));
        s.belanja = r.amount("belanja", Rupiah::from_whole(1), Rupiah::new(max_input_amount()));
        s.dana = r.parsed("dana", funders);
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
        pairs.push(("pekerja", self.pekerja.to_string()));
        if let Some(usulan) = self.usulan {
            pairs.push(("usulan", usulan.to_string()));
        }
        pairs.extend([
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
            ("baru", self.baru.to_string()),
            ("jadwal", jadwal_name(self.jadwal).to_string()),
        ]);
        if !self.tahap.is_empty() {
            pairs.push(("tahap", tranches_text(&self.tahap)));
        }
        if let Some(pagu) = self.pagu {
            pairs.push(("pagu", pagu.to_plain()));
        }
        if let Some(belanja) = self.belanja {
            pairs.push(("belanja", belanja.to_plain()));
        }
        if let Some(dana) = &self.dana {
            pairs.push(("dana", funders_text(dana)));
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

const FUNDER_KINDS: [(&str, FunderKind); 5] = [
    ("provinsi", FunderKind::Provinsi),
    ("kabupaten", FunderKind::Kabupaten),
    ("desa", FunderKind::DanaDesa),
    ("dbhcht", FunderKind::Dbhcht),
    ("lainnya", FunderKind::Lainnya),
];

/// `kind:value[:name]` items separated by commas; values all `share%` or all worker counts.
/// Whether shares add up to 100 is the model's check (it names the field), not the reader's.
fn funders(v: &str) -> Result<Split, Problem> {
    let items: Vec<&str> = v.split(',').map(str::trim).collect();
    if items.is_empty() || items.len() > MAX_FUNDERS {
        return Err(Problem::OutOfRange);
    }
    let mut shares = Vec::new();
    let mut workers = Vec::new();
    for item in items {
        let mut parts = item.splitn(3, ':');
        let kind = parts.next().map(str::trim).unwrap_or("");
        let kind = FUNDER_KINDS
            .iter()
            .find(|(name, _)| *name == kind)
            .map(|(_, k)| *k)
            .ok_or(Problem::Invalid)?;
        let value = parts.next().map(str::trim).ok_or(Problem::Invalid)?;
        let nama = parts.next().map_or("", str::trim);
        if nama.chars().count() > MAX_SCENARIO_NAME {
            return Err(Problem::OutOfRange);
        }
        let funder = Funder {
            kind,
            nama: nama.to_string(),
        };
        match value.strip_suffix('%') {
            Some(share) => {
                let share = parse_plain_decimal(share).ok_or(Problem::Invalid)?;
                if share < Decimal::ZERO || share > Decimal::ONE_HUNDRED {
                    return Err(Problem::OutOfRange);
                }
                shares.push((funder, Percent::new(share)));
            }
            None => workers.push((funder, count(value, MAX_WORKERS)?)),
        }
    }
    match (shares.is_empty(), workers.is_empty()) {
        (false, true) => Ok(Split::Shares(shares)),
        (true, false) => Ok(Split::Workers(workers)),
        _ => Err(Problem::Invalid),
    }
}

fn funders_text(split: &Split) -> String {
    let kind_name = |kind: FunderKind| {
        FUNDER_KINDS
            .iter()
            .find(|(_, k)| *k == kind)
            .map_or("lainnya", |(n, _)| n)
    };
    let item = |f: &Funder, value: String| {
        if f.nama.is_empty() {
            format!("{}:{value}", kind_name(f.kind))
        } else {
            format!("{}:{value}:{}", kind_name(f.kind), f.nama)
        }
    };
    let items: Vec<String> = match split {
        Split::Shares(rows) => rows
            .iter()
            .map(|(f, p)| item(f, format!("{}%", plain_decimal(p.value()))))
            .collect(),
        Split::Workers(rows) => rows.iter().map(|(f, n)| item(f, n.to_string())).collect(),
    };
    items.join(",")
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
    /// Booked in the first APBD year.
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
        (Metric::Terdaftar, |_, o| V::Count(o.projection.enrolled())),
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
            o.projection.apbd.first().map_or(V::None, |y| V::Money(y.dibayar))
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
    fn absurd_scenarios_name_the_field() {
        let cases = [
            (
                Scenario {
                    tahun: 1900,
                    ..Scenario::default()
                },
                Field::Tahun,
            ),
            (
                Scenario {
                    mulai: 13,
                    ..Scenario::default()
                },
                Field::Mulai,
            ),
            (
                Scenario {
                    durasi: 0,
                    ..Scenario::default()
                },
                Field::Durasi,
            ),
            (
                Scenario {
                    baru: MAX_WORKERS + 1,
                    ..Scenario::default()
                },
                Field::Baru,
            ),
            (
                Scenario {
                    belanja: Some(Rupiah::ZERO),
                    ..Scenario::default()
                },
                Field::Belanja,
            ),
        ];
        for (scenario, field) in cases {
            assert_eq!(scenario.evaluate().err(), Some(PlanError::OutOfRange(field)));
        }
    }

    #[test]
    fn funders_read_back_and_bad_ones_are_refused() {
        let split = funders("provinsi:13000,kabupaten:44196:Lombok Barat").unwrap();
        assert_eq!(
            funders_text(&split),
            "provinsi:13000,kabupaten:44196:Lombok Barat"
        );
        for bad in [
            "",
            "negara:50%",
            "provinsi:50%,desa:10",
            "provinsi",
            "dbhcht:101%",
            "desa:-1",
        ] {
            assert!(funders(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_tranches_are_refused() {
        for bad in ["0", "0:1,3:5%", "12:5", "a:5", "0:101%", "0:-1"] {
            assert!(tranches(bad).is_err(), "{bad}");
        }
    }
}
