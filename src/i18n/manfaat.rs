//! Texts of the benefits illustration (`/manfaat`).
//!
//! Amounts and counts in the sentences come from the core's results (never written here), so a
//! changed regulation changes the sentence too.

use crate::i18n::common::rule_name;
use jaring_core::iuran::IuranError;
use jaring_core::manfaat::{batas, AnakError, Asumsi, Field, Item, ManfaatError};
use jaring_core::rules::manfaat::{CacatAnatomis, Jenjang, SyaratJkp, JKP_BATAS_KLAIM_BULAN, USIA_JHT};
use jaring_core::rules::pu::JkpRule;
use jaring_core::rules::NotCovered;
use jaring_core::{Lang, Percent, Rupiah};

pub struct Manfaat {
    pub title: &'static str,
    pub intro: &'static str,
    pub agent_heading: &'static str,
    pub edit_link: &'static str,
    pub form_heading: &'static str,
    pub segment_legend: &'static str,
    pub segment_pu: &'static str,
    pub segment_bpu: &'static str,
    pub upah_label: &'static str,
    pub upah_hint: &'static str,
    pub penghasilan_label: &'static str,
    pub penghasilan_hint: &'static str,
    pub masa_label: &'static str,
    pub masa_hint: &'static str,
    pub usia_label: &'static str,
    pub usia_jht_label: &'static str,
    pub anak_label: &'static str,
    pub anak_hint: &'static str,
    pub jht_legend: &'static str,
    pub saldo_label: &'static str,
    pub saldo_hint: &'static str,
    pub imbal_label: &'static str,
    pub imbal_hint: &'static str,
    pub naik_label: &'static str,
    pub naik_hint: &'static str,
    pub tanggal_label: &'static str,
    pub tanggal_hint: &'static str,
    pub tanggal_invalid: &'static str,
    pub cost_label_bpu: &'static str,
    pub cost_label_pu: &'static str,
    pub a_month: &'static str,
    pub a_day: &'static str,
    pub employer_note: &'static str,
    pub death_label: &'static str,
    pub for_family: &'static str,
    pub accident_label: &'static str,
    pub care_big: &'static str,
    pub care_sub: &'static str,
    pub scholarship_label: &'static str,
    pub pension_label: &'static str,
    pub jht_bpu_optional: &'static str,
    pub contrast_heading: &'static str,
    pub without: &'static str,
    pub with: &'static str,
    pub row_death: &'static str,
    pub row_accident_death: &'static str,
    pub row_care: &'static str,
    pub row_school: &'static str,
    pub family_pays: &'static str,
    pub paid_in_full: &'static str,
    pub stale_result: &'static str,
    pub details_heading: &'static str,
    pub source_label: &'static str,
    pub total_label: &'static str,
    pub cost_heading: &'static str,
    pub cost_intro_bpu: &'static str,
    pub cost_intro_pu: &'static str,
    pub cost_employer_link: &'static str,
    pub optional_mark: &'static str,
    pub jkm_heading: &'static str,
    pub jkk_heading: &'static str,
    pub jkk_intro: &'static str,
    pub jkk_care_heading: &'static str,
    pub care_line: &'static str,
    pub care_value: &'static str,
    pub care_body: &'static str,
    pub jkk_death_heading: &'static str,
    pub jkk_total_heading: &'static str,
    pub jkk_partial_heading: &'static str,
    pub jkk_partial_note: &'static str,
    pub jkk_refund_heading: &'static str,
    pub beasiswa_heading: &'static str,
    pub col_level: &'static str,
    pub col_years: &'static str,
    pub col_per_year: &'static str,
    pub col_amount: &'static str,
    pub col_ages: &'static str,
    pub age_table_heading: &'static str,
    pub beasiswa_conditions: &'static str,
    pub jht_heading: &'static str,
    pub jht_convention: &'static str,
    pub col_age: &'static str,
    pub col_contribution: &'static str,
    pub col_return: &'static str,
    pub col_balance: &'static str,
    pub table_in_rupiah: &'static str,
    pub jp_heading: &'static str,
    pub jkp_heading: &'static str,
    pub jkp_conditions: &'static str,
    pub assumptions_label: &'static str,
    pub page_assumptions_heading: &'static str,
    pub cost_assumption_bpu: &'static str,
    pub cost_assumption_pu: &'static str,
    pub jht_age_note: &'static str,
}

pub const ID: Manfaat = Manfaat {
    title: "Simulasi manfaat",
    intro: "Apa yang diterima peserta BPJS Ketenagakerjaan dan keluarganya, dan berapa iurannya.",
    agent_heading: "Perlindungan untuk keluarga",
    edit_link: "Ubah data peserta",
    form_heading: "Data peserta",
    segment_legend: "Jenis peserta",
    segment_pu: "Karyawan (PU)",
    segment_bpu: "Mandiri (BPU)",
    upah_label: "Upah sebulan",
    upah_hint: "Upah pokok + tunjangan tetap",
    penghasilan_label: "Penghasilan sebulan yang dilaporkan",
    penghasilan_hint: "dasar iuran dan santunan",
    masa_label: "Sudah jadi peserta (bulan)",
    masa_hint: "0 bila baru mendaftar.",
    usia_label: "Umur peserta (tahun)",
    usia_jht_label: "JHT dihitung sampai umur",
    anak_label: "Umur anak (tahun)",
    anak_hint: "Pisahkan dengan koma, misalnya 5, 12. Kosongkan bila tidak punya anak.",
    jht_legend: "Tabungan hari tua (JHT) dan tanggal",
    saldo_label: "Saldo JHT sekarang",
    saldo_hint: "0 bila belum punya",
    imbal_label: "Imbal hasil JHT setahun (%)",
    imbal_hint: "Anggapan. Aplikasi resmi BPJS memakai 5%.",
    naik_label: "Kenaikan upah setahun (%)",
    naik_hint: "Anggapan. 0 berarti upah tetap.",
    tanggal_label: "Tanggal perhitungan",
    tanggal_hint: "Aturan yang berlaku pada tanggal ini yang dipakai. Kosong berarti hari ini.",
    tanggal_invalid: "Tanggal tidak sah (tahun 1900–2100).",
    cost_label_bpu: "Iuran JKK + JKM",
    cost_label_pu: "Dipotong dari upah (JHT + JP)",
    a_month: "sebulan",
    a_day: "sehari",
    employer_note: "Pemberi kerja membayar JKK, JKM, dan bagian terbesar JHT dan JP.",
    death_label: "Meninggal bukan karena kecelakaan kerja",
    for_family: "untuk keluarga (ahli waris)",
    accident_label: "Kecelakaan kerja",
    care_big: "Biaya perawatan ditanggung penuh",
    care_sub: "tanpa batas biaya, sesuai kebutuhan medis",
    scholarship_label: "Beasiswa anak",
    pension_label: "Pensiun dan kehilangan pekerjaan",
    jht_bpu_optional: "Bila ikut JHT (pilihan bagi peserta mandiri).",
    contrast_heading: "Bila terjadi musibah, keluarga menerima",
    without: "Tanpa BPJS",
    with: "Dengan BPJS",
    row_death: "Peserta meninggal (sakit, bukan kecelakaan kerja)",
    row_accident_death: "Peserta meninggal karena kecelakaan kerja",
    row_care: "Biaya rumah sakit karena kecelakaan kerja",
    row_school: "Biaya sekolah anak",
    family_pays: "dibayar sendiri",
    paid_in_full: "ditanggung penuh",
    stale_result: "Hasil terakhir yang sah tetap ditampilkan.",
    details_heading: "Rincian, rumus dan dasar hukum",
    source_label: "Dasar hukum",
    total_label: "Jumlah",
    cost_heading: "Iuran",
    cost_intro_bpu: "Dibayar sendiri oleh peserta setiap bulan.",
    cost_intro_pu: "Bagian pekerja, dipotong dari upah.",
    cost_employer_link: "Bagian pemberi kerja: lihat kalkulator iuran.",
    optional_mark: "pilihan",
    jkm_heading: "JKM · Jaminan Kematian",
    jkk_heading: "JKK · Jaminan Kecelakaan Kerja",
    jkk_intro: "Untuk kecelakaan kerja dan penyakit akibat kerja. Untuk peserta mandiri, upah = penghasilan yang dilaporkan.",
    jkk_care_heading: "Perawatan dan upah selama tidak bisa bekerja",
    care_line: "Perawatan medis",
    care_value: "tanpa batas biaya",
    care_body: "Sesuai kebutuhan medis, rawat inap kelas I, termasuk pemeriksaan, operasi, implan, darah dan rehabilitasi.",
    jkk_death_heading: "Meninggal karena kecelakaan kerja",
    jkk_total_heading: "Cacat total tetap",
    jkk_partial_heading: "Cacat sebagian (contoh dari tabel)",
    jkk_partial_note: "Persentase dari tabel peraturan × 80 × upah. Untuk cacat fungsi, dikali lagi persentase hilangnya fungsi.",
    jkk_refund_heading: "Penggantian biaya (paling banyak)",
    beasiswa_heading: "Beasiswa pendidikan anak",
    col_level: "Jenjang",
    col_years: "Tahun",
    col_per_year: "Per tahun",
    col_amount: "Jumlah",
    col_ages: "Umur",
    age_table_heading: "Anggapan umur per jenjang sekolah",
    beasiswa_conditions: "Dibayar setiap tahun untuk jenjang yang benar-benar dijalani; berhenti bila anak berumur 23 tahun, menikah atau bekerja.",
    jht_heading: "JHT · Jaminan Hari Tua",
    jht_convention: "Iuran masuk setiap akhir bulan dan mendapat imbal hasil untuk sisa tahun itu; saldo awal tahun mendapat imbal hasil setahun penuh.",
    col_age: "Umur",
    col_contribution: "Iuran",
    col_return: "Imbal hasil",
    col_balance: "Saldo",
    table_in_rupiah: "Angka dalam rupiah.",
    jp_heading: "JP · Jaminan Pensiun",
    jkp_heading: "JKP · Jaminan Kehilangan Pekerjaan",
    jkp_conditions: "Syarat",
    assumptions_label: "Anggapan",
    page_assumptions_heading: "Anggapan halaman ini",
    cost_assumption_bpu: "Iuran peserta mandiri dibayar bulanan oleh peserta sendiri, bukan oleh APBN/APBD, di luar sektor transportasi.",
    cost_assumption_pu: "Hanya bagian pekerja yang ditampilkan; bagian pemberi kerja bergantung pada tingkat risiko usaha.",
    jht_age_note: "JHT dibayar sekaligus pada umur ini, atau lebih awal bila meninggal, cacat total tetap, atau berhenti bekerja.",
};

pub const EN: Manfaat = Manfaat {
    title: "Benefits illustration",
    intro: "What a BPJS Ketenagakerjaan participant and the family receive, and what it costs.",
    agent_heading: "Protection for the family",
    edit_link: "Change the participant's data",
    form_heading: "Participant",
    segment_legend: "Kind of participant",
    segment_pu: "Employee (PU)",
    segment_bpu: "Self-employed (BPU)",
    upah_label: "Monthly wage",
    upah_hint: "Basic wage + fixed allowances",
    penghasilan_label: "Declared monthly income",
    penghasilan_hint: "basis of contributions and benefits",
    masa_label: "Member for (months)",
    masa_hint: "0 if just registered.",
    usia_label: "Participant's age (years)",
    usia_jht_label: "Project JHT until age",
    anak_label: "Children's ages (years)",
    anak_hint: "Separate with commas, e.g. 5, 12. Leave empty if there are no children.",
    jht_legend: "Old-age savings (JHT) and date",
    saldo_label: "JHT balance today",
    saldo_hint: "0 if none yet",
    imbal_label: "JHT return per year (%)",
    imbal_hint: "An assumption. The official BPJS app uses 5%.",
    naik_label: "Wage growth per year (%)",
    naik_hint: "An assumption. 0 means a constant wage.",
    tanggal_label: "Date of the calculation",
    tanggal_hint: "The rules in force on this date are used. Empty means today.",
    tanggal_invalid: "Not a valid date (years 1900–2100).",
    cost_label_bpu: "JKK + JKM contribution",
    cost_label_pu: "Deducted from the wage (JHT + JP)",
    a_month: "a month",
    a_day: "a day",
    employer_note: "The employer pays JKK, JKM and the larger part of JHT and JP.",
    death_label: "Death not caused by work",
    for_family: "for the family (heirs)",
    accident_label: "Work accident",
    care_big: "Care paid in full",
    care_sub: "without a cost ceiling, as medically needed",
    scholarship_label: "Scholarships for the children",
    pension_label: "Pension and job loss",
    jht_bpu_optional: "If the participant joins JHT (optional when self-employed).",
    contrast_heading: "If something happens, the family receives",
    without: "Without BPJS",
    with: "With BPJS",
    row_death: "The participant dies (illness, not a work accident)",
    row_accident_death: "The participant dies in a work accident",
    row_care: "Hospital costs after a work accident",
    row_school: "Children's school costs",
    family_pays: "paid by the family",
    paid_in_full: "paid in full",
    stale_result: "The last valid result stays on screen.",
    details_heading: "Details, formulas and legal basis",
    source_label: "Legal basis",
    total_label: "Total",
    cost_heading: "Contribution",
    cost_intro_bpu: "Paid by the participant every month.",
    cost_intro_pu: "The worker's share, deducted from the wage.",
    cost_employer_link: "The employer's share: see the contributions calculator.",
    optional_mark: "optional",
    jkm_heading: "JKM · Death benefit",
    jkk_heading: "JKK · Work-accident benefit",
    jkk_intro: "For work accidents and occupational diseases. For self-employed participants, the wage is the declared income.",
    jkk_care_heading: "Care and wage while unable to work",
    care_line: "Medical care",
    care_value: "no cost ceiling",
    care_body: "As medically needed, class I ward, including diagnostics, surgery, implants, blood and rehabilitation.",
    jkk_death_heading: "Death from a work accident",
    jkk_total_heading: "Total permanent disability",
    jkk_partial_heading: "Partial disability (examples from the table)",
    jkk_partial_note: "Percentage from the regulation's table × 80 × wage. For loss of function, also times the percentage of function lost.",
    jkk_refund_heading: "Reimbursements (at most)",
    beasiswa_heading: "Education scholarships",
    col_level: "Level",
    col_years: "Years",
    col_per_year: "Per year",
    col_amount: "Amount",
    col_ages: "Ages",
    age_table_heading: "Assumed ages per school level",
    beasiswa_conditions: "Paid every year for the level actually attended; ends when the child turns 23, marries or starts work.",
    jht_heading: "JHT · Old-age savings",
    jht_convention: "Contributions arrive at the end of each month and earn the return for the rest of that year; the balance at the start of a year earns a full year.",
    col_age: "Age",
    col_contribution: "Contributions",
    col_return: "Return",
    col_balance: "Balance",
    table_in_rupiah: "Amounts in rupiah.",
    jp_heading: "JP · Pension",
    jkp_heading: "JKP · Job-loss benefit",
    jkp_conditions: "Conditions",
    assumptions_label: "Assumptions",
    page_assumptions_heading: "Assumptions of this page",
    cost_assumption_bpu: "The self-employed contribution is paid monthly by the participant, not from APBN/APBD, outside the transport sector.",
    cost_assumption_pu: "Only the worker's share is shown; the employer's share depends on the business's risk class.",
    jht_age_note: "JHT is paid at once at this age, or earlier on death, total permanent disability or leaving work.",
};

/// `Rp 280 sehari` style: an amount and its period.
pub fn per(lang: Lang, amount: Rupiah, period: &str) -> String {
    format!("{} {period}", amount.format(lang))
}

/// The temporary discount under the cost.
pub fn relief_note(lang: Lang, measure: &str, normal: Rupiah) -> String {
    let normal = normal.format(lang);
    match lang {
        Lang::Id => format!("{measure} berlaku bulan ini. Tanpa diskon: {normal} sebulan."),
        Lang::En => format!("{measure} applies this month. Without it: {normal} a month."),
    }
}

pub fn jht_bpu_note(lang: Lang, jht: Rupiah) -> String {
    let jht = jht.format(lang);
    match lang {
        Lang::Id => format!("Ikut juga JHT (tabungan hari tua, pilihan): tambah {jht} sebulan."),
        Lang::En => format!("Also joining JHT (old-age savings, optional): {jht} more a month."),
    }
}

/// The BPU waiting period, when the participant is inside it.
pub fn masa_tunggu_now(lang: Lang, bulan: u32, penuh: Rupiah) -> String {
    let penuh = penuh.format(lang);
    match lang {
        Lang::Id => {
            format!("Masih dalam {bulan} bulan pertama kepesertaan. Sesudahnya keluarga menerima {penuh}.")
        }
        Lang::En => format!(
            "Still within the first {bulan} months of membership. After that the family receives {penuh}."
        ),
    }
}

/// The BPU waiting period, when the participant is already past it.
pub fn masa_tunggu_rule(lang: Lang, bulan: u32, jumlah: Rupiah) -> String {
    let jumlah = jumlah.format(lang);
    match lang {
        Lang::Id => format!("Bila meninggal dalam {bulan} bulan pertama kepesertaan: hanya {jumlah}."),
        Lang::En => format!("Death within the first {bulan} months of membership: only {jumlah}."),
    }
}

pub fn plus_scholarship(lang: Lang, amount: Rupiah) -> String {
    let amount = amount.format(lang);
    match lang {
        Lang::Id => format!("+ beasiswa anak {amount}"),
        Lang::En => format!("+ scholarships {amount}"),
    }
}

/// Scholarships after a death not from work need a minimum membership.
pub fn scholarship_after(lang: Lang, required: u32, masa: u32) -> String {
    match lang {
        Lang::Id => format!(
            "Beasiswa anak untuk kematian ini setelah {required} bulan kepesertaan (sekarang {masa} bulan)."
        ),
        Lang::En => {
            format!("Scholarships for this death after {required} months of membership (now {masa} months).")
        }
    }
}

/// STMB in one sentence: `first` per month for `months` months, then `then_percent`.
pub fn stmb_sentence(lang: Lang, first: Rupiah, months: u32, then_percent: Option<Percent>) -> String {
    let first = first.format(lang);
    match (lang, then_percent) {
        (Lang::Id, Some(p)) => {
            format!(
                "Upah selama tidak bisa bekerja: {first} sebulan ({months} bulan pertama), lalu {}.",
                p.format(lang)
            )
        }
        (Lang::Id, None) => {
            format!("Upah selama tidak bisa bekerja: {first} sebulan ({months} bulan pertama).")
        }
        (Lang::En, Some(p)) => {
            format!(
                "Wage while unable to work: {first} a month (first {months} months), then {}.",
                p.format(lang)
            )
        }
        (Lang::En, None) => format!("Wage while unable to work: {first} a month (first {months} months)."),
    }
}

/// How the work-accident death amount is made up.
pub fn accident_death(lang: Lang, multiple: &str, with_scholarship: Option<Rupiah>) -> String {
    match (lang, with_scholarship) {
        (Lang::Id, Some(b)) => format!(
            "{multiple} × upah + santunan berkala + pemakaman + beasiswa {}",
            b.format(lang)
        ),
        (Lang::Id, None) => format!("{multiple} × upah + santunan berkala + pemakaman"),
        (Lang::En, Some(b)) => format!(
            "{multiple} × wage + periodic payment + funeral + scholarships {}",
            b.format(lang)
        ),
        (Lang::En, None) => format!("{multiple} × wage + periodic payment + funeral"),
    }
}

pub fn accident_death_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Meninggal karena kecelakaan kerja",
        Lang::En => "Death from a work accident",
    }
}

pub fn disability(lang: Lang, amount: Rupiah) -> String {
    let amount = amount.format(lang);
    match lang {
        Lang::Id => format!("Cacat total tetap: {amount}"),
        Lang::En => format!("Total permanent disability: {amount}"),
    }
}

pub fn disability_note(lang: Lang, multiple: &str) -> String {
    match lang {
        Lang::Id => format!("{multiple} × upah + santunan berkala"),
        Lang::En => format!("{multiple} × wage + periodic payment"),
    }
}

pub fn children_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("untuk {n} anak"),
        Lang::En if n == 1 => "for 1 child".to_string(),
        Lang::En => format!("for {n} children"),
    }
}

/// One child in the scholarship card.
pub fn child_line(lang: Lang, usia: u8, total: Rupiah) -> String {
    let total = total.format(lang);
    match lang {
        Lang::Id => format!("Anak umur {usia}: {total}"),
        Lang::En => format!("Child aged {usia}: {total}"),
    }
}

pub fn child_not_covered(lang: Lang, usia: u8, anak_maks: u32) -> String {
    match lang {
        Lang::Id => format!("Anak umur {usia}: tidak ditanggung (paling banyak {anak_maks} anak)"),
        Lang::En => format!("Child aged {usia}: not covered (at most {anak_maks} children)"),
    }
}

pub fn child_too_old(lang: Lang, usia: u8) -> String {
    match lang {
        Lang::Id => format!("Anak umur {usia}: sudah lewat umur beasiswa"),
        Lang::En => format!("Child aged {usia}: past the scholarship age"),
    }
}

pub fn child_heading(lang: Lang, nomor: usize, usia: u8) -> String {
    match lang {
        Lang::Id => format!("Anak ke-{nomor} · umur {usia}"),
        Lang::En => format!("Child {nomor} · aged {usia}"),
    }
}

pub fn scholarship_none(lang: Lang, maks_per_anak: Rupiah, anak_maks: u32) -> String {
    let maks = maks_per_anak.format(lang);
    match lang {
        Lang::Id => format!("Isi umur anak untuk melihat beasiswanya: sampai {maks} per anak, paling banyak {anak_maks} anak."),
        Lang::En => format!("Enter the children's ages to see their scholarships: up to {maks} per child, at most {anak_maks} children."),
    }
}

/// When the scholarship is paid.
pub fn scholarship_when(lang: Lang, masa_jkm_bulan: u32) -> String {
    match lang {
        Lang::Id => format!("Bila peserta meninggal atau cacat total tetap karena kecelakaan kerja; bila meninggal bukan karena kecelakaan kerja, setelah {masa_jkm_bulan} bulan kepesertaan."),
        Lang::En => format!("If the participant dies or is totally and permanently disabled in a work accident; after a death not from work, once membership reaches {masa_jkm_bulan} months."),
    }
}

pub fn scholarship_jkm_status(lang: Lang, layak: bool, required: u32, masa: u32) -> String {
    match (lang, layak) {
        (Lang::Id, true) => format!("Kepesertaan {masa} bulan: beasiswa juga dibayar bila meninggal bukan karena kecelakaan kerja (syarat {required} bulan)."),
        (Lang::Id, false) => format!("Kepesertaan {masa} bulan: belum ada beasiswa bila meninggal bukan karena kecelakaan kerja (syarat {required} bulan). Untuk kecelakaan kerja tidak ada syarat masa kepesertaan."),
        (Lang::En, true) => format!("Membership of {masa} months: scholarships are also paid after a death not from work (requires {required} months)."),
        (Lang::En, false) => format!("Membership of {masa} months: no scholarships yet after a death not from work (requires {required} months). A work accident has no membership requirement."),
    }
}

pub fn scholarship_cap(lang: Lang, maks: Rupiah) -> String {
    let maks = maks.format(lang);
    match lang {
        Lang::Id => format!("Paling banyak {maks} per anak."),
        Lang::En => format!("At most {maks} per child."),
    }
}

pub fn jht_label(lang: Lang, usia: u8) -> String {
    match lang {
        Lang::Id => format!("Tabungan hari tua (JHT) di umur {usia}"),
        Lang::En => format!("Old-age savings (JHT) at age {usia}"),
    }
}

pub fn jht_sub(lang: Lang, iuran: Rupiah, imbal: Percent) -> String {
    let (iuran, imbal) = (iuran.format(lang), imbal.format(lang));
    match lang {
        Lang::Id => format!("{iuran} sebulan ditabung, imbal hasil {imbal} setahun (anggapan)."),
        Lang::En => format!("{iuran} a month saved, {imbal} return a year (assumed)."),
    }
}

pub fn jht_already(lang: Lang, usia: u8) -> String {
    match lang {
        Lang::Id => {
            format!("Peserta sudah berumur {usia} tahun atau lebih: saldo sekarang yang ditampilkan.")
        }
        Lang::En => format!("The participant is already {usia} or older: today's balance is shown."),
    }
}

pub fn jp_monthly(lang: Lang, amount: Rupiah, age: u8) -> String {
    let amount = amount.format(lang);
    match lang {
        Lang::Id => format!("Pensiun {amount} sebulan seumur hidup, mulai umur {age}."),
        Lang::En => format!("A pension of {amount} a month for life, from age {age}."),
    }
}

pub fn jp_lump(lang: Lang, amount: Rupiah, age: u8, minimum_months: u32) -> String {
    let amount = amount.format(lang);
    match lang {
        Lang::Id => format!("Iuran pensiun dibayar kembali sekaligus {amount} pada umur {age} (masa iur kurang dari {minimum_months} bulan)."),
        Lang::En => format!("Pension contributions paid back at once, {amount}, at age {age} (under {minimum_months} months of contributions)."),
    }
}

pub fn jkp_card(lang: Lang, per_bulan: Rupiah, bulan: u32) -> String {
    let per_bulan = per_bulan.format(lang);
    match lang {
        Lang::Id => format!("Bila kena PHK: {per_bulan} sebulan selama {bulan} bulan, plus pelatihan kerja."),
        Lang::En => format!("If laid off: {per_bulan} a month for {bulan} months, plus job training."),
    }
}

/// The message shared with the link.
pub struct ShareFacts {
    pub biaya: Option<Rupiah>,
    pub pu: bool,
    pub kematian: Rupiah,
    pub masa_tunggu: Option<(u32, Rupiah)>,
    pub kematian_kerja: Rupiah,
    pub beasiswa: Rupiah,
}

pub fn share_text(lang: Lang, f: &ShareFacts) -> String {
    let rp = |r: Rupiah| r.format(lang);
    let cost = match (lang, f.biaya, f.pu) {
        (Lang::Id, Some(b), false) => format!("Dengan iuran {} sebulan, ", rp(b)),
        (Lang::Id, Some(b), true) => format!("Dengan potongan upah {} sebulan, ", rp(b)),
        (Lang::En, Some(b), false) => format!("For {} a month, ", rp(b)),
        (Lang::En, Some(b), true) => format!("For {} a month from the wage, ", rp(b)),
        (_, None, _) => String::new(),
    };
    let early = match (lang, f.masa_tunggu) {
        (Lang::Id, Some((bulan, jumlah))) => format!(" ({} dalam {bulan} bulan pertama)", rp(jumlah)),
        (Lang::En, Some((bulan, jumlah))) => format!(" ({} in the first {bulan} months)", rp(jumlah)),
        (_, None) => String::new(),
    };
    let school = match lang {
        _ if f.beasiswa == Rupiah::ZERO => String::new(),
        Lang::Id => format!(" dan beasiswa anak sampai {}", rp(f.beasiswa)),
        Lang::En => format!(" and scholarships of up to {}", rp(f.beasiswa)),
    };
    let (death, accident) = (rp(f.kematian), rp(f.kematian_kerja));
    match lang {
        Lang::Id => format!(
            "{cost}keluarga mendapat {death} bila peserta meninggal{early}, {accident} bila meninggal karena kecelakaan kerja, perawatan kecelakaan kerja tanpa batas biaya{school}. BPJS Ketenagakerjaan, dihitung di Jaring:"
        ),
        Lang::En => format!(
            "{cost}the family receives {death} if the participant dies{early}, {accident} after a fatal work accident, work-accident care without a cost ceiling{school}. BPJS Ketenagakerjaan, calculated in Jaring:"
        ),
    }
}

pub fn item(lang: Lang, item: Item) -> &'static str {
    match (lang, item) {
        (Lang::Id, Item::SantunanSekaligus) => "Santunan sekaligus",
        (Lang::Id, Item::SantunanBerkala) => "Santunan berkala (dibayar sekaligus)",
        (Lang::Id, Item::BiayaPemakaman) => "Biaya pemakaman",
        (Lang::Id, Item::SantunanMasaTunggu) => "Santunan dalam masa awal kepesertaan",
        (Lang::Id, Item::SantunanKematianKerja) => "Santunan kematian",
        (Lang::Id, Item::SantunanCacatTotal) => "Santunan cacat total tetap",
        (Lang::Id, Item::SantunanCacatSebagian(c)) => cacat(lang, c),
        (Lang::Id, Item::TransportDarat) => "Transportasi darat, sungai, danau",
        (Lang::Id, Item::TransportLaut) => "Transportasi laut",
        (Lang::Id, Item::TransportUdara) => "Transportasi udara",
        (Lang::Id, Item::HomeCare) => "Perawatan di rumah (home care)",
        (Lang::En, Item::SantunanSekaligus) => "Lump sum",
        (Lang::En, Item::SantunanBerkala) => "Periodic payment (paid at once)",
        (Lang::En, Item::BiayaPemakaman) => "Funeral costs",
        (Lang::En, Item::SantunanMasaTunggu) => "Benefit in the first months of membership",
        (Lang::En, Item::SantunanKematianKerja) => "Death lump sum",
        (Lang::En, Item::SantunanCacatTotal) => "Total permanent disability lump sum",
        (Lang::En, Item::SantunanCacatSebagian(c)) => cacat(lang, c),
        (Lang::En, Item::TransportDarat) => "Transport by land, river or lake",
        (Lang::En, Item::TransportLaut) => "Transport by sea",
        (Lang::En, Item::TransportUdara) => "Transport by air",
        (Lang::En, Item::HomeCare) => "Home care",
    }
}

fn cacat(lang: Lang, c: CacatAnatomis) -> &'static str {
    match (lang, c) {
        (Lang::Id, CacatAnatomis::DuaMata) => "Kehilangan penglihatan kedua mata",
        (Lang::Id, CacatAnatomis::SatuMata) => "Kehilangan penglihatan satu mata",
        (Lang::Id, CacatAnatomis::LenganKananDariBahu) => "Lengan kanan dari bahu",
        (Lang::Id, CacatAnatomis::LenganKiriDariBahu) => "Lengan kiri dari bahu",
        (Lang::Id, CacatAnatomis::PendengaranDuaTelinga) => "Pendengaran kedua telinga",
        (Lang::En, CacatAnatomis::DuaMata) => "Loss of sight of both eyes",
        (Lang::En, CacatAnatomis::SatuMata) => "Loss of sight of one eye",
        (Lang::En, CacatAnatomis::LenganKananDariBahu) => "Right arm from the shoulder",
        (Lang::En, CacatAnatomis::LenganKiriDariBahu) => "Left arm from the shoulder",
        (Lang::En, CacatAnatomis::PendengaranDuaTelinga) => "Hearing of both ears",
    }
}

pub fn jenjang(lang: Lang, jenjang: Jenjang) -> &'static str {
    match (lang, jenjang) {
        (Lang::Id, Jenjang::Tk) => "TK",
        (Lang::Id, Jenjang::Sd) => "SD",
        (Lang::Id, Jenjang::Smp) => "SMP",
        (Lang::Id, Jenjang::Sma) => "SMA",
        (Lang::Id, Jenjang::PerguruanTinggi) => "Kuliah / pelatihan",
        (Lang::En, Jenjang::Tk) => "Kindergarten",
        (Lang::En, Jenjang::Sd) => "Primary",
        (Lang::En, Jenjang::Smp) => "Lower secondary",
        (Lang::En, Jenjang::Sma) => "Upper secondary",
        (Lang::En, Jenjang::PerguruanTinggi) => "Higher education / training",
    }
}

/// `Rp 20.000.000` fixed by the regulation.
pub fn fixed_amount(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "jumlah tetap dalam peraturan",
        Lang::En => "fixed amount in the regulation",
    }
}

pub fn at_least(lang: Lang, minimum: Rupiah) -> String {
    let minimum = minimum.format(lang);
    match lang {
        Lang::Id => format!("paling sedikit {minimum}"),
        Lang::En => format!("at least {minimum}"),
    }
}

pub fn at_most(lang: Lang, bulan: Option<u32>) -> String {
    match (lang, bulan) {
        (Lang::Id, Some(b)) => {
            format!("penggantian biaya nyata, paling banyak jumlah ini, paling lama {b} bulan")
        }
        (Lang::Id, None) => "penggantian biaya nyata, paling banyak jumlah ini".to_string(),
        (Lang::En, Some(b)) => format!("actual costs reimbursed up to this amount, for at most {b} months"),
        (Lang::En, None) => "actual costs reimbursed up to this amount".to_string(),
    }
}

pub fn months_range(lang: Lang, from: u32, to: Option<u32>) -> String {
    match (lang, to) {
        (Lang::Id, Some(to)) => format!("bulan {from}–{to}"),
        (Lang::Id, None) => format!("bulan {from} dst."),
        (Lang::En, Some(to)) => format!("months {from}–{to}"),
        (Lang::En, None) => format!("month {from} on"),
    }
}

/// The short name on the fold; [`stmb_name`] says it in full inside.
pub fn stmb_short(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Upah (STMB)",
        Lang::En => "Wage (STMB)",
    }
}

pub fn stmb_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Santunan tidak mampu bekerja (STMB): upah selama peserta belum bisa bekerja karena kecelakaan kerja, dibayar lewat pemberi kerja.",
        Lang::En => "Temporary incapacity pay (STMB): the wage while the participant cannot work after a work accident, paid through the employer.",
    }
}

pub fn per_month_suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "/bulan",
        Lang::En => "/month",
    }
}

pub fn ages_span(lang: Lang, from: u8, to: u8) -> String {
    match lang {
        Lang::Id => format!("{from}–{to} tahun"),
        Lang::En => format!("{from}–{to} years"),
    }
}

pub fn jht_end(lang: Lang, usia: u8) -> String {
    match lang {
        Lang::Id => format!("Sampai umur {usia}"),
        Lang::En => format!("Until age {usia}"),
    }
}

pub fn chart_label(lang: Lang, from: u8, to: u8, saldo: Rupiah) -> String {
    let saldo = saldo.format(lang);
    match lang {
        Lang::Id => format!("Saldo JHT menurut umur, dari {from} sampai {to}: akhirnya {saldo}"),
        Lang::En => format!("JHT balance by age, from {from} to {to}: finally {saldo}"),
    }
}

pub fn jht_totals(lang: Lang, saldo_awal: Rupiah, iuran: Rupiah, imbal: Rupiah, akhir: Rupiah) -> String {
    let [a, b, c, d] = [saldo_awal, iuran, imbal, akhir].map(|r| r.format(lang));
    match lang {
        Lang::Id => format!("Saldo awal {a} + iuran {b} + imbal hasil {c} = {d}"),
        Lang::En => format!("Opening balance {a} + contributions {b} + return {c} = {d}"),
    }
}

pub fn jp_retirement(lang: Lang, age: u8, date: &str) -> String {
    match lang {
        Lang::Id => format!("Usia pensiun {age} tahun, dicapai sekitar {date}."),
        Lang::En => format!("Pension age {age}, reached around {date}."),
    }
}

pub fn jp_months(lang: Lang, lalu: u32, depan: u32, total: u32, minimum: u32) -> String {
    match lang {
        Lang::Id => format!("Masa iur: {lalu} bulan sudah + {depan} bulan lagi = {total} bulan (pensiun bulanan perlu paling sedikit {minimum} bulan)."),
        Lang::En => format!("Contribution period: {lalu} months so far + {depan} to come = {total} months (a monthly pension needs at least {minimum})."),
    }
}

pub fn jp_wage(lang: Lang, rata: Rupiah, batas: Rupiah) -> String {
    let (rata, batas) = (rata.format(lang), batas.format(lang));
    match lang {
        Lang::Id => format!(
            "Rata-rata upah yang dihitung {rata} sebulan (tiap bulan paling banyak batas upah JP {batas})."
        ),
        Lang::En => {
            format!("Average wage counted {rata} a month (each month at most the JP wage cap of {batas}).")
        }
    }
}

pub fn jp_bounded(lang: Lang, minimum: Rupiah, maksimum: Rupiah) -> String {
    let (minimum, maksimum) = (minimum.format(lang), maksimum.format(lang));
    match lang {
        Lang::Id => format!("Manfaat bulanan paling sedikit {minimum} dan paling banyak {maksimum}."),
        Lang::En => format!("The monthly benefit is at least {minimum} and at most {maksimum}."),
    }
}

pub fn jp_bound_applied(lang: Lang, minimum: bool) -> &'static str {
    match (lang, minimum) {
        (Lang::Id, true) => "Hasil rumus di bawah minimum: dibayar minimum.",
        (Lang::Id, false) => "Hasil rumus di atas maksimum: dibayar maksimum.",
        (Lang::En, true) => "The formula gives less than the minimum: the minimum is paid.",
        (Lang::En, false) => "The formula gives more than the maximum: the maximum is paid.",
    }
}

pub fn jp_lump_formula(lang: Lang, iuran: Rupiah, imbal: Rupiah, total: Rupiah) -> String {
    let [a, b, c] = [iuran, imbal, total].map(|r| r.format(lang));
    match lang {
        Lang::Id => format!("iuran {a} + imbal hasil {b} = {c}"),
        Lang::En => format!("contributions {a} + return {b} = {c}"),
    }
}

pub fn jp_contribution(lang: Lang, persen: Percent) -> String {
    let persen = persen.format(lang);
    match lang {
        Lang::Id => format!("Iuran JP {persen} dari upah sampai batas upah (pemberi kerja dan pekerja)."),
        Lang::En => format!("JP contribution {persen} of the wage up to the cap (employer and worker)."),
    }
}

pub fn jp_monthly_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Pensiun bulanan",
        Lang::En => "Monthly pension",
    }
}

pub fn jp_lump_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Manfaat pensiun sekaligus",
        Lang::En => "Pension lump sum",
    }
}

/// Who funds JKP on the date: the government's part and the part moved from the employer's JKK
/// (and, before PP 6/2025, from JKM); nobody pays extra.
pub fn jkp_funding(lang: Lang, rule: &JkpRule) -> String {
    let pct = |p: Percent| p.format(lang);
    let from_jkm = (rule.from_jkm != Percent::ZERO).then(|| pct(rule.from_jkm));
    match (lang, from_jkm) {
        (Lang::Id, None) => format!("Iuran JKP {} dibiayai pemerintah ({}) dan pengalihan {} dari iuran JKK yang sudah dibayar pemberi kerja; pekerja dan pemberi kerja tidak membayar tambahan.", pct(rule.rate), pct(rule.government), pct(rule.from_jkk)),
        (Lang::Id, Some(jkm)) => format!("Iuran JKP {} dibiayai pemerintah ({}) dan pengalihan {} dari iuran JKK serta {jkm} dari iuran JKM yang sudah dibayar pemberi kerja; pekerja dan pemberi kerja tidak membayar tambahan.", pct(rule.rate), pct(rule.government), pct(rule.from_jkk)),
        (Lang::En, None) => format!("The JKP contribution of {} is funded by the government ({}) and by moving {} of the JKK contribution the employer already pays; neither worker nor employer pays extra.", pct(rule.rate), pct(rule.government), pct(rule.from_jkk)),
        (Lang::En, Some(jkm)) => format!("The JKP contribution of {} is funded by the government ({}) and by moving {} of the JKK and {jkm} of the JKM contribution the employer already pays; neither worker nor employer pays extra.", pct(rule.rate), pct(rule.government), pct(rule.from_jkk)),
    }
}

pub fn jkp_total_name(lang: Lang, bulan: u32) -> String {
    match lang {
        Lang::Id => format!("Uang tunai JKP ({bulan} bulan)"),
        Lang::En => format!("JKP cash ({bulan} months)"),
    }
}

pub fn jkp_base(lang: Lang, upah: Rupiah, batas: Rupiah, dasar: Rupiah) -> String {
    let [u, b, d] = [upah, batas, dasar].map(|r| r.format(lang));
    match lang {
        Lang::Id => format!("Upah yang dihitung: {u}, paling banyak {b} → {d}."),
        Lang::En => format!("Wage counted: {u}, at most {b} → {d}."),
    }
}

pub fn jkp_masa(lang: Lang, cukup: bool, masa: u32) -> String {
    match (lang, cukup) {
        (Lang::Id, true) => format!("Kepesertaan {masa} bulan: syarat masa iur terpenuhi."),
        (Lang::Id, false) => format!("Kepesertaan {masa} bulan: syarat masa iur belum terpenuhi."),
        (Lang::En, true) => format!("Membership of {masa} months: the contribution-period condition is met."),
        (Lang::En, false) => {
            format!("Membership of {masa} months: the contribution-period condition is not met yet.")
        }
    }
}

pub fn syarat_jkp(lang: Lang, syarat: SyaratJkp) -> String {
    if syarat == SyaratJkp::KlaimTepatWaktu {
        return klaim_jkp_tepat_waktu(lang);
    }
    let text = match (lang, syarat) {
        (Lang::Id, SyaratJkp::WargaNegaraIndonesia) => "Warga negara Indonesia.",
        (Lang::Id, SyaratJkp::UsiaDaftarDibawah54) => "Berumur di bawah 54 tahun saat mendaftar.",
        (Lang::Id, SyaratJkp::PenerimaUpah) => "Pekerja penerima upah.",
        (Lang::Id, SyaratJkp::TerdaftarProgramWajib) => "Usaha menengah/besar: ikut JKK, JKM, JHT dan JP; usaha kecil/mikro: paling sedikit JKK, JKM dan JHT.",
        (Lang::Id, SyaratJkp::Iuran12Dari24Bulan) => "Paling sedikit 12 bulan iuran dalam 24 bulan terakhir,",
        (Lang::Id, SyaratJkp::Iuran6BulanBerturut) => "6 bulan di antaranya berturut-turut sebelum PHK.",
        (Lang::Id, SyaratJkp::PhkBukanMengundurkanDiri) => "PHK bukan karena mengundurkan diri, pensiun, cacat total tetap, meninggal, atau habisnya kontrak kerja waktu tertentu (PKWT).",
        (Lang::En, SyaratJkp::WargaNegaraIndonesia) => "Indonesian citizen.",
        (Lang::En, SyaratJkp::UsiaDaftarDibawah54) => "Under 54 when registering.",
        (Lang::En, SyaratJkp::PenerimaUpah) => "A wage earner.",
        (Lang::En, SyaratJkp::TerdaftarProgramWajib) => "Medium/large employers: enrolled in JKK, JKM, JHT and JP; small/micro: at least JKK, JKM and JHT.",
        (Lang::En, SyaratJkp::Iuran12Dari24Bulan) => "At least 12 months of contributions in the last 24 months,",
        (Lang::En, SyaratJkp::Iuran6BulanBerturut) => "6 of them consecutive before the dismissal.",
        (Lang::En, SyaratJkp::PhkBukanMengundurkanDiri) => "The dismissal is not a resignation, retirement, total permanent disability, death or the end of a fixed-term (PKWT) contract.",
        (_, SyaratJkp::KlaimTepatWaktu) => "",
    };
    text.to_owned()
}

/// The JKP claim deadline after a dismissal, each period's months with its regulation.
fn klaim_jkp_tepat_waktu(lang: Lang) -> String {
    let (per, month) = match lang {
        Lang::Id => ("menurut", "bulan"),
        Lang::En => ("under", "months"),
    };
    let deadlines: Vec<String> = JKP_BATAS_KLAIM_BULAN
        .values
        .iter()
        .map(|d| format!("{} {month} {per} {}", d.value, d.source.regulation))
        .collect();
    match lang {
        Lang::Id => format!(
            "Klaim diajukan tepat waktu setelah PHK ({}).",
            deadlines.join(", ")
        ),
        Lang::En => format!("Claimed in time after the dismissal ({}).", deadlines.join(", ")),
    }
}

/// The hint of the JHT age field: the payout age the law sets, which the user may change.
pub fn usia_jht_hint(lang: Lang) -> String {
    let (age, regulation) = (USIA_JHT.value, USIA_JHT.source.regulation);
    match lang {
        Lang::Id => format!("{age} menurut {regulation}; boleh diubah."),
        Lang::En => format!("{age} under {regulation}; you may change it."),
    }
}

/// Every assumption the engine flags, in words.
pub fn asumsi(lang: Lang, a: Asumsi) -> &'static str {
    match (lang, a) {
        (Lang::Id, Asumsi::KenaikanUpah) => "Upah tahun-tahun mendatang naik sebesar kenaikan upah tahunan yang diisi (0% berarti upah tetap).",
        (Lang::Id, Asumsi::ImbalTetap) => "Imbal hasil JHT sama setiap tahun (angka yang diisi); imbal hasil sebenarnya berubah setiap tahun.",
        (Lang::Id, Asumsi::JhtBpuOpsional) => "JHT tidak wajib bagi peserta mandiri (BPU): proyeksi ini menganggap peserta ikut JHT dan membayarnya setiap bulan.",
        (Lang::Id, Asumsi::UsiaJhtDipilih) => "Umur akhir JHT diubah dari umur dalam peraturan.",
        (Lang::Id, Asumsi::BatasUpahJpTetap) => "Batas upah JP tahun-tahun mendatang dianggap tetap seperti yang berlaku (atau terakhir diketahui) sekarang.",
        (Lang::Id, Asumsi::BatasManfaatJpTetap) => "Manfaat minimum dan maksimum JP setelah tahun terakhir yang diterbitkan dianggap tetap (tanpa penyesuaian inflasi).",
        (Lang::Id, Asumsi::UpahLaluSamaDenganSekarang) => "Bulan iuran JP yang sudah lewat dihitung dengan upah sekarang.",
        (Lang::Id, Asumsi::MasaSebelumJp) => "Masa kepesertaan sebelum program JP dimulai (Juli 2015) tidak dihitung untuk JP.",
        (Lang::Id, Asumsi::ImbalJpSamaDenganJht) => "Manfaat JP sekaligus memakai imbal hasil yang sama dengan JHT; iuran yang sudah lewat dihitung tanpa imbal hasil.",
        (Lang::Id, Asumsi::MasaTungguBelumDiketahui) => "Tanggal mulai berlakunya aturan santunan kecil dalam bulan-bulan pertama kepesertaan BPU tidak diketahui: santunan penuh ditampilkan, tetapi aturan itu mungkin sudah berlaku.",
        (Lang::Id, Asumsi::JenjangMenurutUsia) => "Jenjang sekolah setiap anak ditebak dari umurnya (tabel di bagian beasiswa); beasiswa sebenarnya dibayar untuk jenjang yang dijalani.",
        (Lang::Id, Asumsi::AnakPertamaDihitung) => "Lebih banyak anak diisi daripada yang ditanggung beasiswa: yang dihitung anak-anak yang pertama diisi.",
        (Lang::Id, Asumsi::MasaIurJkpDiperkirakan) => "Syarat masa iur JKP diperkirakan dari lama kepesertaan: 12 bulan atau lebih dianggap 12 bulan iuran dalam 24 bulan terakhir, 6 bulan berturut-turut.",
        (Lang::En, Asumsi::KenaikanUpah) => "Future wages grow by the yearly wage growth entered (0% means a constant wage).",
        (Lang::En, Asumsi::ImbalTetap) => "The JHT return is the same every year (the rate entered); the real return changes every year.",
        (Lang::En, Asumsi::JhtBpuOpsional) => "JHT is optional for self-employed (BPU) participants: this projection assumes the participant joins JHT and pays it every month.",
        (Lang::En, Asumsi::UsiaJhtDipilih) => "The JHT end age was changed from the regulation's age.",
        (Lang::En, Asumsi::BatasUpahJpTetap) => "The JP wage cap of future years is held at the value in force (or last known) today.",
        (Lang::En, Asumsi::BatasManfaatJpTetap) => "The JP minimum and maximum after the last published year are held constant (no inflation indexing).",
        (Lang::En, Asumsi::UpahLaluSamaDenganSekarang) => "Past JP contribution months are counted at today's wage.",
        (Lang::En, Asumsi::MasaSebelumJp) => "Membership before JP began (July 2015) does not count towards JP.",
        (Lang::En, Asumsi::ImbalJpSamaDenganJht) => "The JP lump sum earns the same return as JHT; past contributions are counted without return.",
        (Lang::En, Asumsi::MasaTungguBelumDiketahui) => "The start date of the reduced benefit in the first months of BPU membership is not known: the full benefit is shown, but that rule may already have applied.",
        (Lang::En, Asumsi::JenjangMenurutUsia) => "Each child's school level is guessed from the age (table in the scholarship section); the scholarship is really paid for the level attended.",
        (Lang::En, Asumsi::AnakPertamaDihitung) => "More children were entered than the scholarship covers: the first ones entered are counted.",
        (Lang::En, Asumsi::MasaIurJkpDiperkirakan) => "The JKP contribution condition is estimated from the membership: 12 months or more is taken as 12 months of contributions in the last 24, 6 of them consecutive.",
    }
}

pub fn not_covered(lang: Lang, e: &NotCovered) -> String {
    let rule = rule_name(lang, e.rule);
    let known = e.known.map(|p| match p.until {
        Some(until) => format!("{} – {until}", p.from),
        None => format!("{} –", p.from),
    });
    match (lang, known) {
        (Lang::Id, Some(k)) => format!(
            "Aturan {rule} untuk {} tidak ada dalam data (tersedia {k}).",
            e.date
        ),
        (Lang::Id, None) => format!("Aturan {rule} untuk {} tidak ada dalam data.", e.date),
        (Lang::En, Some(k)) => format!("No {rule} rule for {} in the data (available {k}).", e.date),
        (Lang::En, None) => format!("No {rule} rule for {} in the data.", e.date),
    }
}

pub fn error(lang: Lang, e: &ManfaatError) -> String {
    let field = |f: Field| match (lang, f) {
        (Lang::Id, Field::Tanggal) => "tanggal",
        (Lang::Id, Field::Upah) => "upah atau penghasilan",
        (Lang::Id, Field::Masa) => "lama kepesertaan",
        (Lang::Id, Field::Usia) => "umur peserta",
        (Lang::Id, Field::Anak) => "anak",
        (Lang::Id, Field::UsiaAnak) => "umur anak",
        (Lang::Id, Field::Saldo) => "saldo JHT",
        (Lang::Id, Field::Imbal) => "imbal hasil",
        (Lang::Id, Field::KenaikanUpah) => "kenaikan upah",
        (Lang::Id, Field::UsiaJht) => "umur akhir JHT",
        (Lang::En, Field::Tanggal) => "date",
        (Lang::En, Field::Upah) => "wage or income",
        (Lang::En, Field::Masa) => "membership",
        (Lang::En, Field::Usia) => "participant's age",
        (Lang::En, Field::Anak) => "children",
        (Lang::En, Field::UsiaAnak) => "children's ages",
        (Lang::En, Field::Saldo) => "JHT balance",
        (Lang::En, Field::Imbal) => "return",
        (Lang::En, Field::KenaikanUpah) => "wage growth",
        (Lang::En, Field::UsiaJht) => "JHT end age",
    };
    match (lang, e) {
        (_, ManfaatError::NotCovered(nc)) => not_covered(lang, nc),
        (Lang::Id, ManfaatError::OutOfRange(f)) => {
            format!("Nilai {} di luar rentang yang dapat dihitung.", field(*f))
        }
        (Lang::Id, ManfaatError::TooManyChildren { max }) => format!("Paling banyak {max} anak."),
        (Lang::Id, ManfaatError::Overflow) => "Angka terlalu besar untuk dihitung.".to_string(),
        (Lang::En, ManfaatError::OutOfRange(f)) => {
            format!("The {} is outside the range that can be computed.", field(*f))
        }
        (Lang::En, ManfaatError::TooManyChildren { max }) => format!("At most {max} children."),
        (Lang::En, ManfaatError::Overflow) => "The numbers are too large to compute.".to_string(),
    }
}

pub fn cost_error(lang: Lang, e: &IuranError) -> String {
    match (lang, e) {
        (_, IuranError::NotCovered(nc)) => not_covered(lang, nc),
        (Lang::Id, IuranError::TooLarge(_)) => {
            "Iuran tidak dihitung: upah atau penghasilan terlalu besar.".to_string()
        }
        (Lang::Id, IuranError::Negative(_) | IuranError::Invalid(_)) => {
            "Iuran tidak dapat dihitung untuk data ini.".to_string()
        }
        (Lang::En, IuranError::TooLarge(_)) => {
            "Contribution not computed: the wage or income is too large.".to_string()
        }
        (Lang::En, IuranError::Negative(_) | IuranError::Invalid(_)) => {
            "The contribution cannot be computed for these data.".to_string()
        }
    }
}

pub fn anak_error(lang: Lang, e: &AnakError) -> String {
    let (lo, hi) = batas::USIA_ANAK;
    match (lang, e) {
        (Lang::Id, AnakError::BukanUmur(item)) => {
            format!("“{item}” bukan umur. Tulis umur dalam tahun, misalnya 5, 12.")
        }
        (Lang::Id, AnakError::DiluarRentang(age)) => format!("Umur {age} di luar {lo}–{hi} tahun."),
        (Lang::Id, AnakError::TerlaluBanyak { maks }) => format!("Paling banyak {maks} anak."),
        (Lang::En, AnakError::BukanUmur(item)) => {
            format!("“{item}” is not an age. Write ages in years, e.g. 5, 12.")
        }
        (Lang::En, AnakError::DiluarRentang(age)) => format!("Age {age} is outside {lo}–{hi} years."),
        (Lang::En, AnakError::TerlaluBanyak { maks }) => format!("At most {maks} children."),
    }
}

/// What the ages field understood: `= 2 anak: 5 dan 12 tahun`.
pub fn anak_read(lang: Lang, ages: &[u8]) -> String {
    let list: Vec<String> = ages.iter().map(u8::to_string).collect();
    match (lang, ages.len()) {
        (Lang::Id, 0) => "= tanpa anak".to_string(),
        (Lang::En, 0) => "= no children".to_string(),
        (Lang::Id, n) => format!("= {n} anak: {} tahun", list.join(", ")),
        (Lang::En, 1) => format!("= 1 child: {} years", list.join(", ")),
        (Lang::En, n) => format!("= {n} children: {} years", list.join(", ")),
    }
}
