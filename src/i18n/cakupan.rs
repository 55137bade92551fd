//! Texts of the coverage simulator (`/cakupan`).
//!
//! Numbers in the sentences come from the core's results and parameter table (never written
//! here), so a changed preset or source changes the sentence too.

use jaring_core::cakupan::goal::Limit;
use jaring_core::cakupan::{Param, Preset, Unit};
use jaring_core::Lang;

/// The page's texts. Not a field of [`crate::i18n::Texts`], which both bundles link: a planner
/// page's table stays out of the public bundle (as `/anggaran`'s does).
pub fn texts(lang: Lang) -> &'static Cakupan {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

pub struct Cakupan {
    pub title: &'static str,
    pub intro: &'static str,
    pub presets_legend: &'static str,
    pub question_legend: &'static str,
    pub years_label: &'static str,
    pub target_label: &'static str,
    pub target_hint: &'static str,
    pub target_month_label: &'static str,
    pub target_month_hint: &'static str,
    pub paths_label: &'static str,
    pub paths_hint: &'static str,
    pub seed_label: &'static str,
    pub events_only_label: &'static str,
    pub events_only_hint: &'static str,
    pub params_heading: &'static str,
    pub params_intro: &'static str,
    pub sourced: &'static str,
    pub assumption: &'static str,
    pub fitted: &'static str,
    pub range_word: &'static str,
    pub accepted_word: &'static str,
    pub source_word: &'static str,
    pub plan_heading: &'static str,
    pub summary_heading: &'static str,
    pub start_label: &'static str,
    pub at_target_month: &'static str,
    pub end_label: &'static str,
    pub chart_coverage: &'static str,
    pub chart_members: &'static str,
    pub chart_tornado: &'static str,
    pub legend_model: &'static str,
    pub legend_band: &'static str,
    pub legend_observed: &'static str,
    pub legend_target: &'static str,
    pub legend_agent: &'static str,
    pub legend_self: &'static str,
    pub legend_apbd: &'static str,
    pub axis_years: &'static str,
    pub mc_running: &'static str,
    pub mc_done: &'static str,
    pub mc_heading: &'static str,
    pub mc_explain: &'static str,
    pub peak_explain: &'static str,
    pub observed_heading: &'static str,
    pub observed_col: &'static str,
    pub model_col: &'static str,
    pub measure_coverage: &'static str,
    pub measure_perisai: &'static str,
    pub measure_subsidised: &'static str,
    pub tornado_intro: &'static str,
    pub goal_heading: &'static str,
    pub goal_agents: &'static str,
    pub goal_workers: &'static str,
    pub goal_productivity: &'static str,
    pub goal_months: &'static str,
    pub goal_unit_agents: &'static str,
    pub goal_unit_workers: &'static str,
    pub goal_unit_recruits: &'static str,
    pub kpi_heading: &'static str,
    pub kpi_coverage: &'static str,
    pub kpi_ucj: &'static str,
    pub kpi_gained: &'static str,
    pub kpi_additional: &'static str,
    pub kpi_per_worker: &'static str,
    pub kpi_apbd: &'static str,
    pub kpi_fees: &'static str,
    pub kpi_together: &'static str,
    pub kpi_fee_budget: &'static str,
    pub kpi_fee_per_agent: &'static str,
    pub kpi_benefits: &'static str,
    pub kpi_no_gain: &'static str,
    pub targets_heading: &'static str,
    pub target_ucj: &'static str,
    pub target_informal: &'static str,
    pub national: &'static str,
    pub years_heading: &'static str,
    pub col_year: &'static str,
    pub col_coverage: &'static str,
    pub col_members: &'static str,
    pub col_iuran: &'static str,
    pub col_apbd: &'static str,
    pub col_fees: &'static str,
    pub col_fee_agent: &'static str,
    pub col_benefits: &'static str,
    pub csv_button: &'static str,
    pub csv_name: &'static str,
    pub compare_heading: &'static str,
    pub compare_intro: &'static str,
    pub compare_add: &'static str,
    pub compare_clear: &'static str,
    pub compare_current: &'static str,
    pub compare_custom: &'static str,
    pub out_of_range: &'static str,
    pub points_word: &'static str,
    pub computing: &'static str,
    pub paths_word: &'static str,
    pub with_word: &'static str,
    pub tornado_legend: &'static str,
}

pub const ID: Cakupan = Cakupan {
    title: "Cakupan pekerja informal",
    intro: "Berapa cepat cakupan BPJS Ketenagakerjaan pekerja informal tumbuh dengan agen Perisai, \
        pendaftaran mandiri dan kohort APBD; berapa agen atau pekerja APBD yang dibutuhkan untuk \
        sebuah target; dan berapa biayanya per pekerja tambahan. Semua dihitung di perangkat ini.",
    presets_legend: "Mulai dari data wilayah",
    question_legend: "Pertanyaan",
    years_label: "Jangka simulasi (tahun)",
    target_label: "Target cakupan (% pekerja informal)",
    target_hint: "Dipakai oleh pencarian target dan grafik",
    target_month_label: "Target dicapai paling lambat bulan ke-",
    target_month_hint: "Dihitung dari awal simulasi",
    paths_label: "Jalur Monte Carlo",
    paths_hint: "Lebih banyak jalur: pita lebih halus, hitungan lebih lama",
    seed_label: "Benih acak (seed)",
    events_only_label: "Hanya acak peristiwa (asumsi tetap)",
    events_only_hint: "Tanpa ini, asumsi ikut diundi dari rentang terdokumentasinya",
    params_heading: "Semua parameter",
    params_intro: "Setiap angka bisa diubah. Label hijau: bersumber. Label kuning: asumsi tanpa sumber \
        atau dikalibrasi ke data yang teramati.",
    sourced: "Bersumber",
    assumption: "Asumsi",
    fitted: "Dikalibrasi",
    range_word: "rentang terdokumentasi",
    accepted_word: "boleh",
    source_word: "Sumber",
    plan_heading: "Kohort dari rencana anggaran (/anggaran)",
    summary_heading: "Ringkasan",
    start_label: "Awal",
    at_target_month: "Bulan target",
    end_label: "Akhir simulasi",
    chart_coverage: "Cakupan pekerja informal (%), garis model, pita Monte Carlo P10–P90 dan titik teramati",
    chart_members: "Peserta menurut jalur (orang)",
    chart_tornado:
        "Cakupan di bulan target bila satu asumsi digeser dari ujung bawah ke ujung atas rentangnya",
    legend_model: "Model (nilai harapan)",
    legend_band: "Monte Carlo P10–P90",
    legend_observed: "Teramati",
    legend_target: "Target",
    legend_agent: "Lewat agen",
    legend_self: "Mandiri",
    legend_apbd: "APBD",
    axis_years: "tahun",
    mc_running: "Monte Carlo berjalan",
    mc_done: "Monte Carlo selesai",
    mc_heading: "Ketidakpastian (Monte Carlo)",
    mc_explain: "Monte Carlo mengundi setiap asumsi dari rentang terdokumentasinya, bukan hanya \
        peristiwa acak. Karena nilai preset banyak yang berada di ujung atas rentangnya (dikalibrasi \
        ke pertumbuhan yang teramati), median bisa berada di bawah garis model, bahkan P90 bisa di \
        bawahnya. Itu bukan galat: artinya garis model adalah skenario yang optimis di dalam bukti.",
    peak_explain: "\"Tercapai\" berarti cakupan menyentuh target di suatu bulan, yang bisa saja puncak \
        singkat sebelum turun lagi; bulan itu ditampilkan.",
    observed_heading: "Model dibanding data teramati",
    observed_col: "Teramati",
    model_col: "Model",
    measure_coverage: "Cakupan (%)",
    measure_perisai: "Porsi lewat Perisai (%)",
    measure_subsidised: "Pekerja dibiayai APBD",
    tornado_intro: "Asumsi yang paling menggeser hasil ada di atas.",
    goal_heading: "Apa yang dibutuhkan untuk target",
    goal_agents: "Agen Perisai terdaftar",
    goal_workers: "Pekerja dibiayai APBD",
    goal_productivity: "Rekrutan per agen aktif per bulan",
    goal_months: "Dengan nilai sekarang",
    goal_unit_agents: "agen",
    goal_unit_workers: "pekerja",
    goal_unit_recruits: "rekrutan",
    kpi_heading: "Indikator di bulan target",
    kpi_coverage: "Cakupan pekerja informal",
    kpi_ucj: "Poin UCJ dari pekerja informal",
    kpi_gained: "bertambah",
    kpi_additional: "Pekerja tambahan terlindungi",
    kpi_per_worker: "Biaya per pekerja tambahan terlindungi",
    kpi_apbd: "Uang APBD",
    kpi_fees: "Fee agen dan Wadah",
    kpi_together: "Bersama",
    kpi_fee_budget: "Anggaran fee agen, tahun pertama",
    kpi_fee_per_agent: "Rata-rata fee per agen aktif, tahun pertama",
    kpi_benefits: "Manfaat yang diperkirakan dibayar ke warga (JKM, JKK)",
    kpi_no_gain: "tidak ada pertambahan",
    targets_heading: "Target yang dipublikasikan",
    target_ucj: "UCJ",
    target_informal: "Cakupan pekerja informal",
    national: "Nasional",
    years_heading: "Tabel per tahun",
    col_year: "Tahun",
    col_coverage: "Cakupan %",
    col_members: "Peserta",
    col_iuran: "Iuran",
    col_apbd: "Iuran APBD",
    col_fees: "Fee agen",
    col_fee_agent: "Fee per agen",
    col_benefits: "Manfaat",
    csv_button: "Unduh CSV",
    csv_name: "cakupan-per-tahun.csv",
    compare_heading: "Perbandingan skenario",
    compare_intro: "Simpan sampai tiga skenario untuk dibandingkan dengan yang sekarang.",
    compare_add: "Simpan skenario ini",
    compare_clear: "Kosongkan",
    compare_current: "Sekarang",
    compare_custom: "Kustom",
    out_of_range: "Nilai di luar batas dipotong ke batasnya",
    points_word: "poin",
    computing: "Menghitung ulang…",
    paths_word: "jalur",
    with_word: "dengan",
    tornado_legend: "merah: nilai di ujung bawah rentang; hijau: di ujung atas; garis hitam: nilai sekarang",
};

pub const EN: Cakupan = Cakupan {
    title: "Coverage of informal workers",
    intro: "How fast BPJS Ketenagakerjaan coverage of informal workers grows with Perisai agents, \
        self-enrolment and APBD cohorts; how many agents or APBD-funded workers a target needs; and \
        what it costs per additional covered worker. Everything is computed on this device.",
    presets_legend: "Start from a region's data",
    question_legend: "Question",
    years_label: "Horizon (years)",
    target_label: "Coverage target (% of informal workers)",
    target_hint: "Used by goal seeking and the chart",
    target_month_label: "Target reached by month",
    target_month_hint: "Counted from the start of the simulation",
    paths_label: "Monte Carlo paths",
    paths_hint: "More paths: smoother bands, longer run",
    seed_label: "Random seed",
    events_only_label: "Draw events only (assumptions fixed)",
    events_only_hint: "Otherwise the assumptions are drawn from their documented ranges too",
    params_heading: "All parameters",
    params_intro: "Every number can be changed. Green label: sourced. Yellow label: an assumption without \
        a source, or calibrated to observed data.",
    sourced: "Sourced",
    assumption: "Assumption",
    fitted: "Calibrated",
    range_word: "documented range",
    accepted_word: "accepted",
    source_word: "Source",
    plan_heading: "Cohorts from a budget plan (/anggaran)",
    summary_heading: "Summary",
    start_label: "Start",
    at_target_month: "Target month",
    end_label: "End of simulation",
    chart_coverage:
        "Coverage of informal workers (%), model line, Monte Carlo band P10–P90 and observed points",
    chart_members: "Members by channel (people)",
    chart_tornado:
        "Coverage in the target month when one assumption moves from the low to the high end of its range",
    legend_model: "Model (expected values)",
    legend_band: "Monte Carlo P10–P90",
    legend_observed: "Observed",
    legend_target: "Target",
    legend_agent: "Via agents",
    legend_self: "Self-enrolled",
    legend_apbd: "APBD",
    axis_years: "years",
    mc_running: "Monte Carlo running",
    mc_done: "Monte Carlo finished",
    mc_heading: "Uncertainty (Monte Carlo)",
    mc_explain: "The Monte Carlo draws every assumption from its documented range, not only the random \
        events. Because many preset values sit at the top of their ranges (calibrated to observed \
        growth), the median can sit below the model line, even P90 can. That is not an error: it \
        means the model line is an optimistic scenario within the evidence.",
    peak_explain: "\"Reached\" means coverage touches the target in some month, which may be a brief \
        peak before it falls again; that month is shown.",
    observed_heading: "Model against observed data",
    observed_col: "Observed",
    model_col: "Model",
    measure_coverage: "Coverage (%)",
    measure_perisai: "Share via Perisai (%)",
    measure_subsidised: "APBD-funded workers",
    tornado_intro: "The assumptions that move the result most are on top.",
    goal_heading: "What the target needs",
    goal_agents: "Registered Perisai agents",
    goal_workers: "APBD-funded workers",
    goal_productivity: "Recruits per active agent-month",
    goal_months: "With the current values",
    goal_unit_agents: "agents",
    goal_unit_workers: "workers",
    goal_unit_recruits: "recruits",
    kpi_heading: "Indicators in the target month",
    kpi_coverage: "Coverage of informal workers",
    kpi_ucj: "UCJ points from informal workers",
    kpi_gained: "gained",
    kpi_additional: "Additional covered workers",
    kpi_per_worker: "Cost per additional covered worker",
    kpi_apbd: "APBD money",
    kpi_fees: "Agent and Wadah fees",
    kpi_together: "Together",
    kpi_fee_budget: "Agent-fee budget, first year",
    kpi_fee_per_agent: "Mean fee per active agent, first year",
    kpi_benefits: "Benefits expected to be paid to residents (JKM, JKK)",
    kpi_no_gain: "no gain",
    targets_heading: "Published targets",
    target_ucj: "UCJ",
    target_informal: "Coverage of informal workers",
    national: "National",
    years_heading: "Yearly table",
    col_year: "Year",
    col_coverage: "Coverage %",
    col_members: "Members",
    col_iuran: "Iuran",
    col_apbd: "APBD iuran",
    col_fees: "Agent fees",
    col_fee_agent: "Fee per agent",
    col_benefits: "Benefits",
    csv_button: "Download CSV",
    csv_name: "coverage-by-year.csv",
    compare_heading: "Scenario comparison",
    compare_intro: "Keep up to three scenarios to compare with the current one.",
    compare_add: "Keep this scenario",
    compare_clear: "Clear",
    compare_current: "Current",
    compare_custom: "Custom",
    out_of_range: "Values outside the limits are clamped to them",
    points_word: "points",
    computing: "Recomputing…",
    paths_word: "paths",
    with_word: "with",
    tornado_legend:
        "red: the value at the low end of its range; green: at the high end; black line: the current values",
};

pub fn preset_name(lang: Lang, preset: Preset) -> &'static str {
    match (lang, preset) {
        (Lang::Id, Preset::Ntt2025) => "NTT 2025",
        (Lang::Id, Preset::Ntb2025) => "NTB 2025",
        (Lang::Id, Preset::Kupang2023) => "Kota Kupang 2023",
        (Lang::Id, Preset::Ntb2023) => "NTB 2023 (uji balik)",
        (Lang::En, Preset::Ntt2025) => "NTT 2025",
        (Lang::En, Preset::Ntb2025) => "NTB 2025",
        (Lang::En, Preset::Kupang2023) => "Kupang city 2023",
        (Lang::En, Preset::Ntb2023) => "NTB 2023 (backtest)",
    }
}

/// The parameter groups of the form, with their headings.
pub fn group_name(lang: Lang, group: usize) -> &'static str {
    const ID: [&str; 6] = [
        "Wilayah dan peserta di awal",
        "Agen Perisai",
        "Minat dan retensi",
        "Fee agen",
        "Kohort APBD",
        "Risiko dan UCJ",
    ];
    const EN: [&str; 6] = [
        "Region and members at the start",
        "Perisai agents",
        "Demand and retention",
        "Agent fees",
        "APBD cohort",
        "Risk and UCJ",
    ];
    let names = match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    };
    names.get(group).copied().unwrap_or("")
}

pub fn param_name(lang: Lang, param: Param) -> &'static str {
    let (id, en) = match param {
        Param::Pekerja => ("Pekerja informal di wilayah", "Informal workers in the region"),
        Param::Tumbuh => ("Pertumbuhan pekerja informal", "Growth of the informal workforce"),
        Param::Tercakup => (
            "Pekerja informal terlindungi di awal",
            "Covered informal workers at the start",
        ),
        Param::PorsiAgen => (
            "Porsi peserta mandiri lewat agen",
            "Share of self-paying members via agents",
        ),
        Param::Keluar => (
            "Eks-peserta yang berhenti, di awal",
            "Lapsed ex-members at the start",
        ),
        Param::Agen => ("Agen Perisai terdaftar", "Registered Perisai agents"),
        Param::AgenMaks => ("Batas jumlah agen", "Most agents the branch appoints"),
        Param::Aktif => ("Agen yang aktif", "Active share of agents"),
        Param::Wadah => ("Jumlah Wadah", "Wadah (agent offices)"),
        Param::AgenBaru => ("Agen baru per Wadah per bulan", "New agents per Wadah-month"),
        Param::AgenKeluar => ("Agen berhenti", "Agent attrition"),
        Param::Produktivitas => (
            "Rekrutan per agen aktif per bulan",
            "Recruits per active agent-month",
        ),
        Param::Minat => ("Pekerja yang mau membayar sendiri", "Workers willing to pay"),
        Param::Kurva => ("Kelengkungan kejenuhan", "Saturation curvature"),
        Param::BassP => ("Mendaftar sendiri (inovasi)", "Self-enrolment (innovation)"),
        Param::BassQ => ("Mendaftar karena kabar mulut", "Word of mouth (imitation)"),
        Param::H1 => ("Berhenti, tiga bulan pertama", "Lapse, first three months"),
        Param::H2 => ("Berhenti, sampai setahun", "Lapse, up to a year"),
        Param::H3 => ("Berhenti, setelah setahun", "Lapse, after a year"),
        Param::Bayar => (
            "Peserta mandiri yang membayar tiap bulan",
            "Self-paying members who pay in a month",
        ),
        Param::Reaktivasi => ("Eks-peserta yang aktif kembali", "Reactivation of ex-members"),
        Param::ReaktivasiAgen => ("Reaktivasi lewat agen", "Reactivations through an agent"),
        Param::Transportasi => ("Peserta di sektor transportasi", "Members working in transport"),
        Param::Bonus => (
            "Bonus akuisisi per peserta baru",
            "Acquisition bonus per new member",
        ),
        Param::Ambang => (
            "Rekrutan sebulan untuk dapat bonus",
            "Recruits in a month to earn the bonus",
        ),
        Param::FeeAwal => (
            "Fee agen, dua tahun pertama peserta",
            "Agent fee, a member's first two years",
        ),
        Param::FeeLanjut => (
            "Fee agen, tahun ketiga sampai kelima",
            "Agent fee, a member's third to fifth year",
        ),
        Param::FeeWadah => ("Override Wadah", "Wadah override"),
        Param::Kohort => ("Pekerja dibiayai APBD", "Workers funded by the APBD"),
        Param::KohortMulai => (
            "Bulan mulai kohort APBD (0: sudah berjalan)",
            "Month the APBD cohort starts (0: running)",
        ),
        Param::KohortBulan => (
            "Bulan dibiayai per tahun anggaran",
            "Funded months per budget year",
        ),
        Param::KohortTambah => ("Pekerja APBD baru tiap tahun", "New APBD workers each year"),
        Param::Lanjut => (
            "Kohort dibiayai lagi tahun berikutnya",
            "Cohort re-funded the next year",
        ),
        Param::Lulus => (
            "Yang tak dibiayai lagi lalu membayar sendiri",
            "Not re-funded, then paying themselves",
        ),
        Param::Kematian => ("Kematian per peserta-tahun", "Deaths per member-year"),
        Param::Seleksi => (
            "Pengali kematian tiga bulan pertama",
            "Mortality multiplier, first three months",
        ),
        Param::Beasiswa => ("Beban beasiswa pada JKM", "Scholarship loading on JKM"),
        Param::Jkk => ("Klaim JKK per peserta-tahun", "JKK claims per member-year"),
        Param::BiayaJkk => ("Biaya rata-rata satu kasus JKK", "Mean cost of a JKK case"),
        Param::PenyebutUcj => (
            "Penyebut UCJ (potensi pekerja)",
            "UCJ denominator (worker potential)",
        ),
    };
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

pub fn unit_name(lang: Lang, unit: Unit) -> &'static str {
    match (lang, unit) {
        (Lang::Id, Unit::Count) => "orang/jumlah",
        (Lang::En, Unit::Count) => "count",
        (Lang::Id, Unit::Months) => "bulan",
        (Lang::En, Unit::Months) => "months",
        (_, Unit::Percent) => "%",
        (Lang::Id, Unit::PercentPerMonth) => "% per bulan",
        (Lang::En, Unit::PercentPerMonth) => "% a month",
        (Lang::Id, Unit::PercentPerYear) => "% per tahun",
        (Lang::En, Unit::PercentPerYear) => "% a year",
        (_, Unit::Rupiah) => "Rp",
        (Lang::Id, Unit::Number) => "angka",
        (Lang::En, Unit::Number) => "number",
    }
}

pub fn limit_text(lang: Lang, limit: Limit) -> &'static str {
    match (lang, limit) {
        (Lang::Id, Limit::WillingShare) => {
            "dibatasi porsi pekerja yang mau membayar: hanya minat yang lebih besar atau lebih banyak pekerja APBD yang menggesernya"
        }
        (Lang::En, Limit::WillingShare) => {
            "limited by the share willing to pay: only more willing payers or more APBD-funded workers move it"
        }
        (Lang::Id, Limit::Lapse) => {
            "dibatasi peserta yang berhenti: mereka kembali hanya sebesar laju reaktivasi, jadi retensi atau reaktivasi yang menggesernya, bukan rekrutmen"
        }
        (Lang::En, Limit::Lapse) => {
            "limited by lapse: lapsed members return only at the reactivation rate, so retention or reactivation move it, not recruitment"
        }
        (Lang::Id, Limit::LeverRange) => "nilai sudah di batas atas rentangnya dan cakupan masih naik",
        (Lang::En, Limit::LeverRange) => "the value is at the top of its range and coverage still rises with it",
    }
}

/// "400 agents: reached in month 14 (2026-06)".
pub fn reached(lang: Lang, value: &str, month: u16, date: &str) -> String {
    match lang {
        Lang::Id => format!("{value}: tercapai di bulan ke-{month} ({date})"),
        Lang::En => format!("{value}: reached in month {month} ({date})"),
    }
}

pub fn not_reachable(
    lang: Lang,
    best_coverage: &str,
    best_value: &str,
    ceiling: &str,
    limit: Limit,
) -> String {
    match lang {
        Lang::Id => format!(
            "Tidak tercapai. Paling tinggi {best_coverage} ({best_value}); batas porsi yang mau membayar saat itu {ceiling}; {}.",
            limit_text(lang, limit)
        ),
        Lang::En => format!(
            "Out of reach. At best {best_coverage} ({best_value}); the willing share allows {ceiling} then; {}.",
            limit_text(lang, limit)
        ),
    }
}

pub fn progress(lang: Lang, done: u32, total: u32) -> String {
    match lang {
        Lang::Id => format!("{done} dari {total} jalur"),
        Lang::En => format!("{done} of {total} paths"),
    }
}

pub fn finished_in(lang: Lang, paths: &str, ms: u32) -> String {
    match lang {
        Lang::Id => format!("{paths} jalur dalam {ms} ms"),
        Lang::En => format!("{paths} paths in {ms} ms"),
    }
}

pub fn year_label(lang: Lang, years: u16) -> String {
    match lang {
        Lang::Id => format!("{years} tahun"),
        Lang::En if years == 1 => "1 year".to_string(),
        Lang::En => format!("{years} years"),
    }
}

pub fn month_label(lang: Lang, month: u16) -> String {
    match lang {
        Lang::Id => format!("bulan ke-{month}"),
        Lang::En => format!("month {month}"),
    }
}

pub fn share_text(lang: Lang, place: &str, start: &str, end: &str, years: u16) -> String {
    match lang {
        Lang::Id => format!("Simulasi cakupan {place}: {start} → {end} dalam {years} tahun (Jaring)"),
        Lang::En => format!("Coverage simulation {place}: {start} → {end} in {years} years (Jaring)"),
    }
}
