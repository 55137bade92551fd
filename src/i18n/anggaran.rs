//! Texts of the APBD budget planner (`/anggaran`).
//!
//! No amount or rate of a regulation is written here: every figure in a sentence comes from the
//! core's results, formatted per language.
//!
//! These texts are reached through [`texts`] here rather than a field of [`crate::i18n::Texts`]:
//! that table is one static both bundles link, so a field there would put the planner's texts
//! (about 3 KB gzip) into the public bundle, which is within a few KB of its budget.

use jaring_core::anggaran::csv::{Column, ImportError, ImportProblem};
use jaring_core::anggaran::{BasisKey, Batas, Field, FunderKind, Jadwal, Metric, PlanError, SaveError};
use jaring_core::Lang;

pub struct Anggaran {
    pub title: &'static str,
    pub intro: &'static str,
    pub form_heading: &'static str,
    pub preset_pledge: &'static str,
    pub preset_planning: &'static str,
    pub nama_label: &'static str,
    pub pekerja_label: &'static str,
    pub pekerja_hint: &'static str,
    pub tahun_label: &'static str,
    pub mulai_label: &'static str,
    pub bulan_label: &'static str,
    pub bulan_hint: &'static str,
    pub durasi_label: &'static str,
    pub penghasilan_label: &'static str,
    pub penghasilan_hint: &'static str,
    pub jht_label: &'static str,
    pub limits_legend: &'static str,
    pub verifikasi_label: &'static str,
    pub verifikasi_hint: &'static str,
    pub serapan_label: &'static str,
    pub serapan_hint: &'static str,
    pub cadangan_label: &'static str,
    pub lanjut_label: &'static str,
    pub lanjut_hint: &'static str,
    pub baru_label: &'static str,
    pub jadwal_label: &'static str,
    pub pagu_label: &'static str,
    pub pagu_hint: &'static str,
    pub belanja_label: &'static str,
    pub belanja_hint: &'static str,
    pub dana_label: &'static str,
    pub tahap_label: &'static str,
    pub tahap_hint: &'static str,
    pub usulan_label: &'static str,
    pub usulan_hint: &'static str,
    pub dana_hint: &'static str,
    pub claims_legend: &'static str,
    pub kematian_label: &'static str,
    pub kecelakaan_label: &'static str,
    pub seleksi_label: &'static str,
    pub beasiswa_label: &'static str,
    pub klaim_jkk_label: &'static str,
    pub aturan2025_label: &'static str,
    pub months: [&'static str; 12],
    pub summary_heading: &'static str,
    pub total_label: &'static str,
    pub per_year_label: &'static str,
    pub enrolled_label: &'static str,
    pub worker_months_label: &'static str,
    pub benefits_label: &'static str,
    pub per_worker_month_label: &'static str,
    pub belanja_share_label: &'static str,
    pub iuran_label: &'static str,
    pub binding_label: &'static str,
    pub ceiling_label: &'static str,
    pub workers_word: &'static str,
    pub not_given: &'static str,
    pub error_heading: &'static str,
    pub last_good: &'static str,
    pub print_button: &'static str,
    pub save_button: &'static str,
    pub open_button: &'static str,
    pub cakupan_link: &'static str,
    pub file_opened: &'static str,
    pub imported: &'static str,
    pub file_unreadable: &'static str,
    pub charts_heading: &'static str,
    pub chart_cost: &'static str,
    pub chart_workers: &'static str,
    pub tables_heading: &'static str,
    pub apbd_heading: &'static str,
    pub quarter_heading: &'static str,
    pub month_heading: &'static str,
    pub funders_heading: &'static str,
    pub claims_heading: &'static str,
    pub csv_button: &'static str,
    pub col_year: &'static str,
    pub col_quarter: &'static str,
    pub col_month: &'static str,
    pub col_workers: &'static str,
    pub col_worker_months: &'static str,
    pub col_cost: &'static str,
    pub col_paid: &'static str,
    pub col_pagu: &'static str,
    pub col_share: &'static str,
    pub col_iuran: &'static str,
    pub col_funder: &'static str,
    pub col_deaths: &'static str,
    pub col_accidents: &'static str,
    pub col_benefits: &'static str,
    pub col_per_rupiah: &'static str,
    pub total_row: &'static str,
    pub districts_heading: &'static str,
    pub districts_intro: &'static str,
    pub districts_label: &'static str,
    pub districts_ntt: &'static str,
    pub districts_import: &'static str,
    pub districts_empty: &'static str,
    pub col_district: &'static str,
    pub col_enrolled: &'static str,
    pub col_workforce: &'static str,
    pub col_coverage: &'static str,
    pub col_gain: &'static str,
    pub col_per_point: &'static str,
    pub compare_heading: &'static str,
    pub compare_intro: &'static str,
    pub compare_add: &'static str,
    pub compare_full: &'static str,
    pub compare_open: &'static str,
    pub compare_remove: &'static str,
    pub compare_current: &'static str,
    pub compare_differs: &'static str,
    pub basis_heading: &'static str,
    pub basis_intro: &'static str,
    pub assumption_badge: &'static str,
    pub own_value: &'static str,
    pub rules_checked: &'static str,
    pub unnamed: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
}

/// The planner's texts in `lang`.
pub fn texts(lang: Lang) -> &'static Anggaran {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

pub static ID: Anggaran = Anggaran {
    title: "Perencana anggaran APBD",
    intro: "Hitung biaya APBD untuk mendaftarkan pekerja rentan sebagai peserta BPU (JKK dan JKM): per bulan, per triwulan, per tahun anggaran, per pemberi dana dan per kabupaten/kota.",
    form_heading: "Rencana",
    preset_pledge: "Mulai dari janji NTT 2025",
    preset_planning: "Pakai asumsi perencanaan",
    nama_label: "Nama skenario",
    pekerja_label: "Target pekerja",
    pekerja_hint: "pekerja rentan yang ingin dilindungi",
    tahun_label: "Tahun APBD pertama",
    mulai_label: "Bulan mulai",
    bulan_label: "Bulan dibiayai per tahun",
    bulan_hint: "1–12; bisa melewati akhir tahun",
    durasi_label: "Lama program (tahun)",
    penghasilan_label: "Penghasilan yang dilaporkan",
    penghasilan_hint: "menentukan iuran BPU",
    jht_label: "Ikut JHT juga",
    limits_legend: "Batas pendaftaran dan pertumbuhan",
    verifikasi_label: "Lolos verifikasi (%)",
    verifikasi_hint: "bagian daftar usulan yang sah",
    serapan_label: "Serapan (%)",
    serapan_hint: "bagian target yang benar-benar terdaftar",
    cadangan_label: "Cadangan di atas biaya (%)",
    lanjut_label: "Dibiayai lagi tahun berikutnya (%)",
    lanjut_hint: "asumsi, bukan angka terbitan",
    baru_label: "Pekerja baru per tahun berikutnya",
    jadwal_label: "Cara bayar",
    pagu_label: "Pagu per tahun APBD",
    pagu_hint: "0 berarti tanpa batas",
    belanja_label: "Total belanja daerah per tahun",
    belanja_hint: "0 berarti tidak diisi",
    dana_label: "Pemberi dana",
    tahap_label: "Tahap masuk (tahun pertama)",
    tahap_hint: "bulan ke-berapa sejak mulai:bagian, contoh 0:60%,3:40% atau 0:2874,3:3000; kosong = semua masuk di awal",
    usulan_label: "Daftar usulan sebelum verifikasi",
    usulan_hint: "0 = sama dengan target",
    dana_hint: "contoh provinsi:60%,kabupaten:40%:Belu atau provinsi:13000,desa:2000; kosong = satu pembayar",
    claims_legend: "Asumsi klaim (manfaat kembali ke warga)",
    kematian_label: "Angka kematian per tahun (%)",
    kecelakaan_label: "Angka kecelakaan kerja per tahun (%)",
    seleksi_label: "Pengali kematian 3 bulan pertama",
    beasiswa_label: "Tambahan beasiswa (%)",
    klaim_jkk_label: "Rata-rata biaya klaim JKK",
    aturan2025_label: "Terapkan masa tunggu BPU",
    months: [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ],
    summary_heading: "Ringkasan",
    total_label: "Total biaya",
    per_year_label: "Dibayar per tahun APBD",
    enrolled_label: "Pekerja terdaftar",
    worker_months_label: "Pekerja-bulan",
    benefits_label: "Manfaat kembali ke warga (perkiraan)",
    per_worker_month_label: "Biaya per pekerja-bulan",
    belanja_share_label: "Porsi belanja daerah (tahun pertama)",
    iuran_label: "Iuran per pekerja per bulan",
    binding_label: "Batas yang menentukan",
    ceiling_label: "Pagu per tahun APBD cukup untuk",
    workers_word: "pekerja",
    not_given: "—",
    error_heading: "Rencana ini belum dapat dihitung",
    last_good: "Angka di bawah dari isian terakhir yang dapat dihitung.",
    print_button: "Cetak (A4)",
    save_button: "Simpan berkas rencana",
    open_button: "Buka berkas rencana",
    cakupan_link: "Lihat dampaknya pada cakupan",
    file_opened: "Berkas rencana dibuka.",
    imported: "Daftar kabupaten/kota dimasukkan.",
    file_unreadable: "Berkas tidak dapat dibaca.",
    charts_heading: "Grafik",
    chart_cost: "Biaya per bulan (dibayar)",
    chart_workers: "Pekerja terlindungi per bulan",
    tables_heading: "Tabel",
    apbd_heading: "Per tahun APBD",
    quarter_heading: "Per triwulan",
    month_heading: "Per bulan",
    funders_heading: "Per pemberi dana",
    claims_heading: "Perkiraan klaim per tahun",
    csv_button: "Unduh CSV",
    col_year: "Tahun",
    col_quarter: "Triwulan",
    col_month: "Bulan",
    col_workers: "Pekerja",
    col_worker_months: "Pekerja-bulan",
    col_cost: "Biaya",
    col_paid: "Dibayar",
    col_pagu: "Pagu",
    col_share: "Porsi belanja",
    col_iuran: "Iuran",
    col_funder: "Pemberi dana",
    col_deaths: "Kematian (10–90%)",
    col_accidents: "Kecelakaan (10–90%)",
    col_benefits: "Manfaat",
    col_per_rupiah: "Manfaat per rupiah",
    total_row: "Jumlah",
    districts_heading: "Per kabupaten/kota",
    districts_intro: "Satu baris per kabupaten/kota: nama;pekerja;angkatan kerja informal;cakupan sekarang (%). Dua kolom terakhir boleh kosong. Setiap baris dihitung dengan bulan mulai, lama, verifikasi dan serapan di atas.",
    districts_label: "Daftar kabupaten/kota",
    districts_ntt: "Isi 22 kabupaten/kota NTT",
    districts_import: "Masukkan CSV",
    districts_empty: "Belum ada kabupaten/kota.",
    col_district: "Kabupaten/kota",
    col_enrolled: "Terdaftar",
    col_workforce: "Angkatan kerja informal",
    col_coverage: "Cakupan sekarang → baru",
    col_gain: "Tambahan (poin)",
    col_per_point: "Biaya per poin",
    compare_heading: "Bandingkan skenario",
    compare_intro: "Simpan skenario sekarang untuk dibandingkan (paling banyak tiga). Baris yang berbeda disorot.",
    compare_add: "Simpan untuk dibandingkan",
    compare_full: "Sudah tiga skenario: hapus satu dulu.",
    compare_open: "Buka",
    compare_remove: "Hapus",
    compare_current: "Sekarang",
    compare_differs: "berbeda",
    basis_heading: "Asumsi dan sumber",
    basis_intro: "Dasar setiap nilai bawaan. Yang bertanda asumsi tidak punya angka terbitan: periksa sebelum dipakai.",
    assumption_badge: "asumsi",
    own_value: "nilai Anda",
    rules_checked: "Aturan iuran dan manfaat diperiksa per",
    unnamed: "Tanpa nama",
    yes: "ya",
    no: "tidak",
};

pub static EN: Anggaran = Anggaran {
    title: "APBD budget planner",
    intro: "The regional budget (APBD) for enrolling vulnerable workers as self-employed (BPU) members with JKK and JKM: per month, quarter, budget year, funder and district.",
    form_heading: "Plan",
    preset_pledge: "Start from the NTT 2025 pledge",
    preset_planning: "Use planning assumptions",
    nama_label: "Scenario name",
    pekerja_label: "Target workers",
    pekerja_hint: "vulnerable workers to protect",
    tahun_label: "First APBD year",
    mulai_label: "Start month",
    bulan_label: "Funded months per year",
    bulan_hint: "1–12; may run past the year end",
    durasi_label: "Programme length (years)",
    penghasilan_label: "Declared income",
    penghasilan_hint: "sets the BPU contribution",
    jht_label: "Include JHT",
    limits_legend: "Enrolment limits and growth",
    verifikasi_label: "Passing verification (%)",
    verifikasi_hint: "share of the proposed list that is valid",
    serapan_label: "Fill rate (%)",
    serapan_hint: "share of the target actually enrolled",
    cadangan_label: "Headroom above cost (%)",
    lanjut_label: "Re-funded next year (%)",
    lanjut_hint: "an assumption, not a published figure",
    baru_label: "New workers each later year",
    jadwal_label: "Payment schedule",
    pagu_label: "Ceiling (pagu) per APBD year",
    pagu_hint: "0 means no ceiling",
    belanja_label: "Total regional spending per year",
    belanja_hint: "0 means not given",
    dana_label: "Funders",
    tahap_label: "Phased entry (first year)",
    tahap_hint: "months after the start:size, e.g. 0:60%,3:40% or 0:2874,3:3000; empty = all enter at the start",
    usulan_label: "Proposed list before verification",
    usulan_hint: "0 = same as the target",
    dana_hint: "e.g. provinsi:60%,kabupaten:40%:Belu or provinsi:13000,desa:2000; empty = one payer",
    claims_legend: "Claim assumptions (benefits back to residents)",
    kematian_label: "Deaths per year (%)",
    kecelakaan_label: "Work accidents per year (%)",
    seleksi_label: "Death multiplier, first 3 months",
    beasiswa_label: "Scholarship loading (%)",
    klaim_jkk_label: "Mean JKK claim",
    aturan2025_label: "Apply the BPU waiting period",
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ],
    summary_heading: "Summary",
    total_label: "Total cost",
    per_year_label: "Paid per APBD year",
    enrolled_label: "Workers enrolled",
    worker_months_label: "Worker-months",
    benefits_label: "Benefits back to residents (expected)",
    per_worker_month_label: "Cost per worker-month",
    belanja_share_label: "Share of regional spending (first year)",
    iuran_label: "Contribution per worker per month",
    binding_label: "Limit that binds",
    ceiling_label: "The ceiling per APBD year pays for",
    workers_word: "workers",
    not_given: "—",
    error_heading: "This plan cannot be computed yet",
    last_good: "The figures below are from the last inputs that computed.",
    print_button: "Print (A4)",
    save_button: "Save plan file",
    open_button: "Open plan file",
    cakupan_link: "See what it does to coverage",
    file_opened: "Plan file opened.",
    imported: "District list entered.",
    file_unreadable: "The file could not be read.",
    charts_heading: "Charts",
    chart_cost: "Cost per month (paid)",
    chart_workers: "Workers covered per month",
    tables_heading: "Tables",
    apbd_heading: "Per APBD year",
    quarter_heading: "Per quarter",
    month_heading: "Per month",
    funders_heading: "Per funder",
    claims_heading: "Expected claims per year",
    csv_button: "Download CSV",
    col_year: "Year",
    col_quarter: "Quarter",
    col_month: "Month",
    col_workers: "Workers",
    col_worker_months: "Worker-months",
    col_cost: "Cost",
    col_paid: "Paid",
    col_pagu: "Pagu",
    col_share: "Share of spending",
    col_iuran: "Contribution",
    col_funder: "Funder",
    col_deaths: "Deaths (10–90%)",
    col_accidents: "Accidents (10–90%)",
    col_benefits: "Benefits",
    col_per_rupiah: "Benefits per rupiah",
    total_row: "Total",
    districts_heading: "Per district",
    districts_intro: "One line per district or city: name;workers;informal workforce;current coverage (%). The last two may be empty. Every line is costed with the start month, length, verification and fill above.",
    districts_label: "District list",
    districts_ntt: "Fill in NTT's 22 districts",
    districts_import: "Import CSV",
    districts_empty: "No districts yet.",
    col_district: "District/city",
    col_enrolled: "Enrolled",
    col_workforce: "Informal workforce",
    col_coverage: "Coverage now → new",
    col_gain: "Gain (points)",
    col_per_point: "Cost per point",
    compare_heading: "Compare scenarios",
    compare_intro: "Keep the current scenario to compare (at most three). Rows that differ are highlighted.",
    compare_add: "Keep for comparison",
    compare_full: "Three scenarios kept: remove one first.",
    compare_open: "Open",
    compare_remove: "Remove",
    compare_current: "Current",
    compare_differs: "differs",
    basis_heading: "Assumptions and sources",
    basis_intro: "The basis of every default. Those marked as assumptions have no published figure: review them before use.",
    assumption_badge: "assumption",
    own_value: "your value",
    rules_checked: "Contribution and benefit rules checked on",
    unnamed: "Unnamed",
    yes: "yes",
    no: "no",
};

/// The name of an input, for messages that point at it.
pub fn field(lang: Lang, f: Field) -> &'static str {
    match (lang, f) {
        (Lang::Id, Field::Pekerja) => "target pekerja",
        (Lang::Id, Field::Usulan) => "daftar usulan",
        (Lang::Id, Field::Baru) => "pekerja baru per tahun",
        (Lang::Id, Field::Belanja) => "total belanja daerah",
        (Lang::Id, Field::Bulan) => "bulan dibiayai",
        (Lang::Id, Field::Mulai) => "bulan mulai",
        (Lang::Id, Field::Tahun) => "tahun APBD pertama",
        (Lang::Id, Field::Durasi) => "lama program",
        (Lang::Id, Field::Verifikasi) => "lolos verifikasi",
        (Lang::Id, Field::Serapan) => "serapan",
        (Lang::Id, Field::Cadangan) => "cadangan",
        (Lang::Id, Field::Lanjut) => "dibiayai lagi",
        (Lang::Id, Field::Iuran) => "iuran (penghasilan)",
        (Lang::Id, Field::Pagu) => "pagu",
        (Lang::Id, Field::Tahap) => "tahap masuk",
        (Lang::Id, Field::Pendanaan) => "pemberi dana",
        (Lang::Id, Field::Kabupaten) => "daftar kabupaten/kota",
        (Lang::Id, Field::Klaim) => "asumsi klaim",
        (Lang::En, Field::Pekerja) => "target workers",
        (Lang::En, Field::Usulan) => "proposed list",
        (Lang::En, Field::Baru) => "new workers per year",
        (Lang::En, Field::Belanja) => "total regional spending",
        (Lang::En, Field::Bulan) => "funded months",
        (Lang::En, Field::Mulai) => "start month",
        (Lang::En, Field::Tahun) => "first APBD year",
        (Lang::En, Field::Durasi) => "programme length",
        (Lang::En, Field::Verifikasi) => "passing verification",
        (Lang::En, Field::Serapan) => "fill rate",
        (Lang::En, Field::Cadangan) => "headroom",
        (Lang::En, Field::Lanjut) => "re-funded",
        (Lang::En, Field::Iuran) => "contribution (income)",
        (Lang::En, Field::Pagu) => "ceiling (pagu)",
        (Lang::En, Field::Tahap) => "phased entry",
        (Lang::En, Field::Pendanaan) => "funders",
        (Lang::En, Field::Kabupaten) => "district list",
        (Lang::En, Field::Klaim) => "claim assumptions",
    }
}

/// Why a plan cannot be computed, naming the field.
pub fn plan_error(lang: Lang, e: &PlanError) -> String {
    use crate::i18n::common::not_covered;
    use jaring_core::money::format_count as count;
    match (lang, e) {
        (_, PlanError::NotCovered(nc)) => not_covered(lang, nc),
        (_, PlanError::Iuran(jaring_core::iuran::IuranError::NotCovered(nc))) => not_covered(lang, nc),
        (Lang::Id, PlanError::Iuran(_)) => "Iuran tidak dapat dihitung untuk penghasilan ini.".to_string(),
        (Lang::En, PlanError::Iuran(_)) => "The contribution cannot be computed for this income.".to_string(),
        (Lang::Id, PlanError::OutOfRange(f)) => {
            format!("Nilai {} di luar rentang yang dapat dihitung.", field(lang, *f))
        }
        (Lang::En, PlanError::OutOfRange(f)) => format!(
            "The {} is outside the range that can be computed.",
            field(lang, *f)
        ),
        (Lang::Id, PlanError::SharesNot100(f)) => {
            format!("Bagian pada {} harus berjumlah 100%.", field(lang, *f))
        }
        (Lang::En, PlanError::SharesNot100(f)) => {
            format!("The shares of the {} must add up to 100%.", field(lang, *f))
        }
        (Lang::Id, PlanError::MixedTranches) => {
            "Tahap masuk: pakai persen semua atau jumlah pekerja semua.".to_string()
        }
        (Lang::En, PlanError::MixedTranches) => {
            "Phased entry: use all percentages or all counts.".to_string()
        }
        (Lang::Id, PlanError::TrancheAfterWindow) => {
            "Tahap masuk dimulai setelah bulan terakhir yang dibiayai.".to_string()
        }
        (Lang::En, PlanError::TrancheAfterWindow) => {
            "A phase starts after the last funded month.".to_string()
        }
        (Lang::Id, PlanError::TranchesExceedEnrolled { enrolled, tranches }) => format!(
            "Tahap masuk berjumlah {} pekerja, lebih dari {} yang terdaftar.",
            count(*tranches, lang),
            count(*enrolled, lang)
        ),
        (Lang::En, PlanError::TranchesExceedEnrolled { enrolled, tranches }) => format!(
            "The phases add up to {} workers, more than the {} enrolled.",
            count(*tranches, lang),
            count(*enrolled, lang)
        ),
        (Lang::Id, PlanError::FunderWorkersMismatch { enrolled, funders }) => format!(
            "Pemberi dana membiayai {} pekerja, tetapi yang terdaftar {}.",
            count(*funders, lang),
            count(*enrolled, lang)
        ),
        (Lang::En, PlanError::FunderWorkersMismatch { enrolled, funders }) => format!(
            "The funders pay for {} workers, but {} are enrolled.",
            count(*funders, lang),
            count(*enrolled, lang)
        ),
    }
}

/// Which limit sets the workers enrolled.
pub fn batas(lang: Lang, b: Batas) -> &'static str {
    match (lang, b) {
        (Lang::Id, Batas::Sasaran) => "tidak ada: seluruh target terdaftar",
        (Lang::Id, Batas::Pagu) => "pagu: anggaran hanya cukup untuk sebanyak ini",
        (Lang::Id, Batas::Verifikasi) => "verifikasi daftar usulan",
        (Lang::Id, Batas::Serapan) => "serapan target",
        (Lang::En, Batas::Sasaran) => "none: the whole target enrols",
        (Lang::En, Batas::Pagu) => "the ceiling: the budget pays for no more",
        (Lang::En, Batas::Verifikasi) => "verification of the proposed list",
        (Lang::En, Batas::Serapan) => "fill rate of the target",
    }
}

pub fn jadwal(lang: Lang, j: Jadwal) -> &'static str {
    match (lang, j) {
        (Lang::Id, Jadwal::Bulanan) => "bulanan",
        (Lang::Id, Jadwal::Semester) => "per semester",
        (Lang::Id, Jadwal::Tahunan) => "setahun sekaligus",
        (Lang::En, Jadwal::Bulanan) => "monthly",
        (Lang::En, Jadwal::Semester) => "every six months",
        (Lang::En, Jadwal::Tahunan) => "yearly in advance",
    }
}

pub fn funder_kind(lang: Lang, k: FunderKind) -> &'static str {
    match (lang, k) {
        (Lang::Id, FunderKind::Provinsi) => "APBD provinsi",
        (Lang::Id, FunderKind::Kabupaten) => "APBD kabupaten/kota",
        (Lang::Id, FunderKind::DanaDesa) => "dana desa",
        (Lang::Id, FunderKind::Dbhcht) => "DBHCHT",
        (Lang::Id, FunderKind::Lainnya) => "lainnya",
        (Lang::En, FunderKind::Provinsi) => "provincial APBD",
        (Lang::En, FunderKind::Kabupaten) => "district APBD",
        (Lang::En, FunderKind::DanaDesa) => "village funds",
        (Lang::En, FunderKind::Dbhcht) => "tobacco excise share (DBHCHT)",
        (Lang::En, FunderKind::Lainnya) => "other",
    }
}

/// What a basis key says, in a few words (its source comes from the core).
pub fn basis(lang: Lang, key: BasisKey) -> &'static str {
    match (lang, key) {
        (Lang::Id, BasisKey::NttPledge) => "janji Pemprov NTT 2025",
        (Lang::Id, BasisKey::MinimumPackage) => "paket BPU terendah",
        (Lang::Id, BasisKey::PledgeCountsEnrolled) => "janji menghitung pekerja terdaftar",
        (Lang::Id, BasisKey::VerificationYield) => "hasil verifikasi program daerah",
        (Lang::Id, BasisKey::FillRate) => "serapan program daerah",
        (Lang::Id, BasisKey::NoHeadroom) => "janji NTT sama dengan biaya",
        (Lang::Id, BasisKey::Headroom) => "cadangan anggaran daerah",
        (Lang::Id, BasisKey::FullRefunding) => "program berlanjut seperti dianggarkan",
        (Lang::Id, BasisKey::NewWorkers) => "tanpa pekerja baru kecuali ditambah",
        (Lang::Id, BasisKey::PartYear) => "anggaran sering hanya sebagian tahun",
        (Lang::Id, BasisKey::MonthlyPayment) => "bayar bulanan: tanpa celah perlindungan",
        (Lang::Id, BasisKey::DeathRate) => "angka kematian peserta BPU",
        (Lang::Id, BasisKey::EarlySelection) => "seleksi merugikan sebelum masa tunggu",
        (Lang::Id, BasisKey::JkmBenefit) => "santunan JKM",
        (Lang::Id, BasisKey::JkmEarlyBenefit) => "JKM dalam masa tunggu BPU",
        (Lang::Id, BasisKey::ScholarshipLoading) => "beasiswa terhadap pembayaran JKM",
        (Lang::Id, BasisKey::AccidentRate) => "angka kecelakaan peserta BPU",
        (Lang::Id, BasisKey::JkkSeverity) => "rata-rata pembayaran JKK",
        (Lang::Id, BasisKey::GracePeriod) => "kepesertaan BPU berhenti bila tidak bayar",
        (Lang::En, BasisKey::NttPledge) => "NTT province's 2025 pledge",
        (Lang::En, BasisKey::MinimumPackage) => "the lowest BPU package",
        (Lang::En, BasisKey::PledgeCountsEnrolled) => "a pledge counts enrolled workers",
        (Lang::En, BasisKey::VerificationYield) => "verification in regional programmes",
        (Lang::En, BasisKey::FillRate) => "fill in regional programmes",
        (Lang::En, BasisKey::NoHeadroom) => "the NTT pledge equals the cost",
        (Lang::En, BasisKey::Headroom) => "regional budget headroom",
        (Lang::En, BasisKey::FullRefunding) => "the programme continues as budgeted",
        (Lang::En, BasisKey::NewWorkers) => "no new workers unless added",
        (Lang::En, BasisKey::PartYear) => "budgets often fund part of a year",
        (Lang::En, BasisKey::MonthlyPayment) => "monthly payment: no coverage gaps",
        (Lang::En, BasisKey::DeathRate) => "death rate of BPU members",
        (Lang::En, BasisKey::EarlySelection) => "anti-selection before the waiting period",
        (Lang::En, BasisKey::JkmBenefit) => "JKM death benefit",
        (Lang::En, BasisKey::JkmEarlyBenefit) => "JKM within the BPU waiting period",
        (Lang::En, BasisKey::ScholarshipLoading) => "scholarships against JKM payouts",
        (Lang::En, BasisKey::AccidentRate) => "work-accident rate of BPU members",
        (Lang::En, BasisKey::JkkSeverity) => "mean JKK payout",
        (Lang::En, BasisKey::GracePeriod) => "BPU membership lapses without payment",
    }
}

pub fn metric(lang: Lang, m: Metric) -> &'static str {
    match (lang, m) {
        (Lang::Id, Metric::Pekerja) => "Target pekerja",
        (Lang::Id, Metric::Terdaftar) => "Terdaftar",
        (Lang::Id, Metric::Bulan) => "Bulan dibiayai",
        (Lang::Id, Metric::Mulai) => "Bulan mulai",
        (Lang::Id, Metric::Durasi) => "Lama (tahun)",
        (Lang::Id, Metric::Verifikasi) => "Verifikasi",
        (Lang::Id, Metric::Serapan) => "Serapan",
        (Lang::Id, Metric::Lanjut) => "Dibiayai lagi",
        (Lang::Id, Metric::Cadangan) => "Cadangan",
        (Lang::Id, Metric::Jadwal) => "Cara bayar",
        (Lang::Id, Metric::Iuran) => "Iuran per bulan",
        (Lang::Id, Metric::PekerjaBulan) => "Pekerja-bulan",
        (Lang::Id, Metric::Biaya) => "Total biaya",
        (Lang::Id, Metric::Pagu) => "Total pagu",
        (Lang::Id, Metric::BiayaTahunPertama) => "Dibayar tahun APBD pertama",
        (Lang::Id, Metric::BiayaPerPekerjaBulan) => "Biaya per pekerja-bulan",
        (Lang::Id, Metric::Manfaat) => "Manfaat kembali",
        (Lang::Id, Metric::ManfaatPerRupiah) => "Manfaat per rupiah",
        (Lang::En, Metric::Pekerja) => "Target workers",
        (Lang::En, Metric::Terdaftar) => "Enrolled",
        (Lang::En, Metric::Bulan) => "Funded months",
        (Lang::En, Metric::Mulai) => "Start month",
        (Lang::En, Metric::Durasi) => "Length (years)",
        (Lang::En, Metric::Verifikasi) => "Verification",
        (Lang::En, Metric::Serapan) => "Fill rate",
        (Lang::En, Metric::Lanjut) => "Re-funded",
        (Lang::En, Metric::Cadangan) => "Headroom",
        (Lang::En, Metric::Jadwal) => "Payment",
        (Lang::En, Metric::Iuran) => "Contribution per month",
        (Lang::En, Metric::PekerjaBulan) => "Worker-months",
        (Lang::En, Metric::Biaya) => "Total cost",
        (Lang::En, Metric::Pagu) => "Total pagu",
        (Lang::En, Metric::BiayaTahunPertama) => "Paid in the first APBD year",
        (Lang::En, Metric::BiayaPerPekerjaBulan) => "Cost per worker-month",
        (Lang::En, Metric::Manfaat) => "Benefits back",
        (Lang::En, Metric::ManfaatPerRupiah) => "Benefits per rupiah",
    }
}

fn column(lang: Lang, c: Option<Column>) -> &'static str {
    match (lang, c) {
        (Lang::Id, Some(Column::Nama)) => "nama",
        (Lang::Id, Some(Column::Pekerja)) => "pekerja",
        (Lang::Id, Some(Column::AngkatanKerja)) => "angkatan kerja",
        (Lang::Id, Some(Column::Cakupan)) => "cakupan",
        (Lang::En, Some(Column::Nama)) => "name",
        (Lang::En, Some(Column::Pekerja)) => "workers",
        (Lang::En, Some(Column::AngkatanKerja)) => "workforce",
        (Lang::En, Some(Column::Cakupan)) => "coverage",
        (_, None) => "",
    }
}

fn problem(lang: Lang, p: ImportProblem) -> &'static str {
    match (lang, p) {
        (Lang::Id, ImportProblem::FileTooLarge) => "berkas terlalu besar",
        (Lang::Id, ImportProblem::TooManyRows) => "terlalu banyak baris",
        (Lang::Id, ImportProblem::UnclosedQuote) => "tanda kutip \" tidak ditutup",
        (Lang::Id, ImportProblem::NoRows) => "tidak ada baris kabupaten/kota",
        (Lang::Id, ImportProblem::Missing) => "kosong",
        (Lang::Id, ImportProblem::NotANumber) => "bukan angka",
        (Lang::Id, ImportProblem::NotWhole) => "harus bilangan bulat",
        (Lang::Id, ImportProblem::Negative) => "tidak boleh negatif",
        (Lang::Id, ImportProblem::OutOfRange) => "di luar rentang",
        (Lang::Id, ImportProblem::NameTooLong) => "nama terlalu panjang",
        (Lang::En, ImportProblem::FileTooLarge) => "the file is too large",
        (Lang::En, ImportProblem::TooManyRows) => "too many rows",
        (Lang::En, ImportProblem::UnclosedQuote) => "a \" quote is not closed",
        (Lang::En, ImportProblem::NoRows) => "no district rows",
        (Lang::En, ImportProblem::Missing) => "empty",
        (Lang::En, ImportProblem::NotANumber) => "not a number",
        (Lang::En, ImportProblem::NotWhole) => "must be a whole number",
        (Lang::En, ImportProblem::Negative) => "must not be negative",
        (Lang::En, ImportProblem::OutOfRange) => "out of range",
        (Lang::En, ImportProblem::NameTooLong) => "name too long",
    }
}

/// `Baris 3, kolom pekerja: bukan angka`.
pub fn import_error(lang: Lang, e: &ImportError) -> String {
    let col = column(lang, e.column);
    match (lang, e.row, col.is_empty()) {
        (_, 0, _) => problem(lang, e.problem).to_string(),
        (Lang::Id, row, true) => format!("Baris {row}: {}", problem(lang, e.problem)),
        (Lang::Id, row, false) => format!("Baris {row}, kolom {col}: {}", problem(lang, e.problem)),
        (Lang::En, row, true) => format!("Row {row}: {}", problem(lang, e.problem)),
        (Lang::En, row, false) => format!("Row {row}, column {col}: {}", problem(lang, e.problem)),
    }
}

pub fn save_error(lang: Lang, e: &SaveError) -> String {
    match (lang, e) {
        (Lang::Id, SaveError::TooLarge) => "Berkas terlalu besar.".into(),
        (Lang::Id, SaveError::NotJson { line, column }) => {
            format!("Berkas rusak (baris {line}, kolom {column}).")
        }
        (Lang::Id, SaveError::NotASave) => "Ini bukan berkas rencana Jaring.".into(),
        (Lang::Id, SaveError::UnsupportedVersion { found: Some(v) }) => {
            format!("Berkas rencana versi {v} tidak dapat dibuka oleh versi ini.")
        }
        (Lang::Id, SaveError::UnsupportedVersion { found: None }) => {
            "Versi berkas rencana tidak diketahui.".into()
        }
        (Lang::Id, SaveError::Malformed) => "Isi berkas rencana tidak lengkap.".into(),
        (Lang::Id, SaveError::BadScenario { index, key }) => {
            format!("Skenario {}: nilai {key} tidak sah.", index + 1)
        }
        (Lang::Id, SaveError::BadDistrict { index }) => {
            format!("Kabupaten/kota baris {}: nilai tidak sah.", index + 1)
        }
        (Lang::Id, SaveError::TooManyScenarios) => "Terlalu banyak skenario.".into(),
        (Lang::Id, SaveError::TooManyRows) => "Terlalu banyak kabupaten/kota.".into(),
        (Lang::En, SaveError::TooLarge) => "The file is too large.".into(),
        (Lang::En, SaveError::NotJson { line, column }) => {
            format!("The file is damaged (line {line}, column {column}).")
        }
        (Lang::En, SaveError::NotASave) => "This is not a Jaring plan file.".into(),
        (Lang::En, SaveError::UnsupportedVersion { found: Some(v) }) => {
            format!("A plan file of version {v} cannot be opened by this version.")
        }
        (Lang::En, SaveError::UnsupportedVersion { found: None }) => {
            "The plan file's version is unknown.".into()
        }
        (Lang::En, SaveError::Malformed) => "The plan file is incomplete.".into(),
        (Lang::En, SaveError::BadScenario { index, key }) => {
            format!("Scenario {}: the value of {key} is invalid.", index + 1)
        }
        (Lang::En, SaveError::BadDistrict { index }) => format!("District row {}: invalid value.", index + 1),
        (Lang::En, SaveError::TooManyScenarios) => "Too many scenarios.".into(),
        (Lang::En, SaveError::TooManyRows) => "Too many districts.".into(),
    }
}

/// A note the planner should read about a projection.
pub fn flag(lang: Lang, f: &jaring_core::anggaran::plan::Flag) -> String {
    use jaring_core::anggaran::plan::Flag;
    use jaring_core::money::format_count as count;
    match (lang, f) {
        (Lang::Id, Flag::TranchesBelowEnrolled { unassigned }) => {
            format!(
                "{} pekerja terdaftar tidak masuk tahap mana pun: mereka tidak terlindungi.",
                count(*unassigned, lang)
            )
        }
        (Lang::En, Flag::TranchesBelowEnrolled { unassigned }) => {
            format!(
                "{} enrolled workers are in no phase: they are not covered.",
                count(*unassigned, lang)
            )
        }
        (Lang::Id, Flag::CrossesFiscalYear) => {
            "Masa yang dibiayai melewati akhir tahun: sebagian biaya masuk APBD tahun berikutnya.".into()
        }
        (Lang::En, Flag::CrossesFiscalYear) => {
            "The funded months run past the year end: part of the cost falls in the next APBD year.".into()
        }
        (Lang::Id, Flag::LumpSumPayment) => {
            "Bayar sekaligus: perlindungan terputus bila pembayaran terlambat.".into()
        }
        (Lang::En, Flag::LumpSumPayment) => "Lump-sum payment: coverage lapses if a payment is late.".into(),
        (Lang::Id, Flag::NoWorkers) => "Tidak ada pekerja yang terlindungi.".into(),
        (Lang::En, Flag::NoWorkers) => "No worker is covered.".into(),
        (Lang::Id, Flag::OverCeiling { tahun }) => {
            format!("APBD {tahun} melebihi pagu, bahkan tanpa pekerja tahun pertama.")
        }
        (Lang::En, Flag::OverCeiling { tahun }) => {
            format!("APBD {tahun} exceeds the ceiling even without first-year workers.")
        }
    }
}

/// `Rp 1,23 M – Rp 2 M`-style range of an amount (whole rupiah, exact).
pub fn range(lang: Lang, low: &str, high: &str) -> String {
    match lang {
        Lang::Id => format!("{low} sampai {high}"),
        Lang::En => format!("{low} to {high}"),
    }
}

pub fn per_rupiah(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Id => format!("{value} per rupiah anggaran"),
        Lang::En => format!("{value} per rupiah of budget"),
    }
}

pub fn row_error(lang: Lang, row: usize, message: &str) -> String {
    match lang {
        Lang::Id => format!("Baris {}: {message}", row + 1),
        Lang::En => format!("Row {}: {message}", row + 1),
    }
}
