// The APBD budget planner (/anggaran): the form gives the NTT pledge and the Papua Tengah two-year
// split to the rupiah, share links open scenarios, a district CSV exported is read back the same,
// a bad file is named by row and column and loses nothing, work survives a reload and a plan
// file, the print view, the comparison, and phone and desktop screenshots.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appReady, DESKTOP, openPage, PHONE, screenshot, SCREENSHOTS, useApp } from "./harness.mjs";

const app = useApp();
const PAPUA_TENGAH = "/anggaran?nama=Papua+Tengah&pekerja=23000&bulan=12&mulai=8&tahun=2025&durasi=1";

async function open(page, path) {
  await page.goto(app.url + path);
  await appReady(page);
  await page.waitForSelector(".summary .benefit-big");
}

/** Waits until the text of `selector` matches `expected` (string or RegExp). */
async function sees(page, selector, expected, timeout = 5000) {
  const matches = (text) => (expected instanceof RegExp ? expected.test(text) : text === expected);
  const end = Date.now() + timeout;
  let text = "";
  while (Date.now() < end) {
    text = await page.locator(selector).first().innerText().catch(() => "");
    if (matches(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (expected instanceof RegExp) assert.match(text, expected, selector);
  else assert.equal(text, expected, selector);
}

async function type(page, selector, value) {
  await page.locator(selector).fill(value);
}

async function noHorizontalScroll(page, viewport) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= viewport.width, `no horizontal scrolling (${width}px)`);
}

describe("/anggaran", () => {
  test("the NTT pledge on first open: 100.000 workers × 12 months (phone)", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, "/anggaran");
    await sees(page, ".summary .benefit-big", "Rp 20.160.000.000");
    await sees(page, ".apbd-years", /APBD 2025: Rp 20\.160\.000\.000/);
    const summary = await page.locator(".anggaran-summary").innerText();
    assert.match(summary, /Pekerja terdaftar: 100\.000/);
    assert.match(summary, /Pekerja-bulan: 1\.200\.000/);
    assert.match(summary, /Iuran per pekerja per bulan: Rp 16\.800/);
    assert.match(summary, /Batas yang menentukan: tidak ada: seluruh target terdaftar/);
    assert.match(summary, /Biaya per pekerja-bulan: Rp 16\.800/);
    // Filling the form: half the workers halves the cost; the address follows.
    await type(page, "#pekerja", "50000");
    await sees(page, ".summary .benefit-big", "Rp 10.080.000.000");
    assert.match(page.url(), /pekerja=50000&bulan=12&mulai=1&tahun=2025/);
    await type(page, "#pekerja", "100000");
    await sees(page, ".summary .benefit-big", "Rp 20.160.000.000");
    // Regional spending gives the share KPI.
    await type(page, "#belanja", "5 T");
    await sees(page, ".kpis", /Porsi belanja daerah \(tahun pertama\): 0,4%/);
    await type(page, "#belanja", "0");
    // The link to the coverage simulator carries the cohort.
    const href = await page.locator('.anggaran a[href^="/cakupan"]').getAttribute("href");
    assert.equal(href, "/cakupan?rencana=100000_2025-01_12_100_0");
    // Sources: the re-funding default is marked as an assumption.
    const basis = await page.locator(".basis-table").innerText();
    assert.match(basis, /Dibiayai lagi tahun berikutnya \(%\): 100% — asumsi/);
    assert.match(basis, /Pergub NTT/);
    await noHorizontalScroll(page, PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}anggaran-ntt-phone.png` });
    await screenshot(page, "anggaran-phone");
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.external, []);
    await context.close();
  });

  test("Papua Tengah from August 2025 spans two APBD years (form, desktop)", async () => {
    const { context, page, problems } = await openPage(app.browser, DESKTOP);
    await open(page, "/anggaran");
    await type(page, "#nama", "Papua Tengah");
    await type(page, "#pekerja", "23000");
    await page.locator("#mulai").selectOption("8");
    await sees(page, ".summary .benefit-big", "Rp 4.636.800.000");
    const years = await page.locator(".apbd-years").innerText();
    assert.match(years, /APBD 2025: Rp 1\.932\.000\.000/);
    assert.match(years, /APBD 2026: Rp 2\.704\.800\.000/);
    assert.match(await page.locator(".anggaran-summary").innerText(), /melewati akhir tahun/);
    const table = await page.locator(".apbd-table").innerText();
    assert.match(table, /APBD 2025\s+23\.000\s+115\.000\s+Rp 1\.932\.000\.000/);
    assert.match(table, /APBD 2026\s+23\.000\s+161\.000\s+Rp 2\.704\.800\.000/);
    assert.match(table, /Jumlah\s+276\.000\s+Rp 4\.636\.800\.000/);
    await page.locator(".anggaran-output details[data-line=bulan] summary").click();
    await sees(page, "details[data-line=bulan] .line-body", /Agustus 2025\s+23\.000\s+Rp 16\.800\s+Rp 386\.400\.000/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}anggaran-papua-desktop.png` });
    await screenshot(page, "anggaran-desktop");
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("share links open the scenario; bad parameters and bad input are named", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, PAPUA_TENGAH);
    await sees(page, ".summary .benefit-big", "Rp 4.636.800.000");
    assert.equal(await page.locator("#pekerja").inputValue(), "23000");
    assert.equal(await page.locator(".notice").count(), 0);
    // English, and the planning preset with a ceiling: the ceiling binds.
    await open(page, "/anggaran?lang=en&pekerja=100000&bulan=6&mulai=6&verifikasi=67&serapan=85&pagu=5000000000");
    await sees(page, ".kpis", /Limit that binds: the ceiling/);
    // The inverse mode: 6 months paid in APBD 2025, so the ceiling pays for 5e9 / (6 × 16,800) workers.
    await sees(page, ".kpis", /The ceiling per APBD year pays for:\s+APBD 2025: 49,603 workers/);
    await open(page, "/anggaran?lang=id&pekerja=abc&bulan=13&x=1");
    await sees(page, ".notice", /pekerja: nilainya tidak sah[\s\S]*bulan: di luar rentang[\s\S]*1 parameter tidak dikenal/);
    await sees(page, ".summary .benefit-big", "Rp 20.160.000.000");
    await type(page, "#bulan", "13");
    await sees(page, "#bulan-msg", /1.*12/);
    await sees(page, ".summary .benefit-big", "Rp 20.160.000.000");
    // Funders whose workers do not add up: a message naming the problem, the last good figures stay.
    await type(page, "#dana", "provinsi:60%,kabupaten:30%");
    await sees(page, ".error-box", /pemberi dana harus berjumlah 100%/);
    await type(page, "#dana", "provinsi:60%,kabupaten:40%:Belu");
    await sees(page, ".anggaran-output", /APBD provinsi\s+Rp 12\.096\.000\.000[\s\S]*APBD kabupaten\/kota Belu\s+Rp 8\.064\.000\.000/);
    // Phased entry: 60% from January, 40% from April.
    await type(page, "#tahap", "0:60%,3:30%");
    await sees(page, ".error-box", /tahap masuk harus berjumlah 100%/);
    await type(page, "#tahap", "0:60%,3:40%");
    await sees(page, ".summary .benefit-big", "Rp 18.144.000.000");
    assert.match(page.url(), /tahap=0%3A60%25%2C3%3A40%25|tahap=0:60%25,3:40%25/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("a district CSV exported is read back the same; a bad file names row and column and loses nothing", async () => {
    const { context, page, problems } = await openPage(app.browser, DESKTOP, { acceptDownloads: true });
    await open(page, "/anggaran");
    const list = "Belu;20000;120000;90\nMalaka;30000;90000;3\nKota Kupang;50000";
    await type(page, "#kabupaten", list);
    await sees(page, ".district-table", /Malaka\s+30\.000\s+30\.000\s+Rp 6\.048\.000\.000\s+90\.000\s+3% → 36,33%\s+33,33\s+Rp 181\.440\.181/);
    await sees(page, ".district-table tfoot", /Jumlah\s+100\.000\s+100\.000\s+Rp 20\.160\.000\.000/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-act="csv:kabupaten"]').click()]);
    assert.match(download.suggestedFilename(), /^anggaran-rencana-kabupaten\.csv$/);
    const file = await download.path();
    const csv = readFileSync(file, "utf8");
    assert.ok(csv.startsWith("\ufeffKabupaten/Kota;Pekerja;"), "BOM and ; for Indonesian spreadsheets");
    assert.match(csv, /\r\nMalaka;30000;30000;360000;6048000000;6048000000;90000;3;33,3333;181440181\r\n/);
    // Clear the list, then import the export: the same table.
    await type(page, "#kabupaten", "");
    await sees(page, ".anggaran-districts-output", /Belum ada kabupaten\/kota/);
    await page.locator("#import-csv").setInputFiles(file);
    await sees(page, "#kabupaten-msg", "Daftar kabupaten/kota dimasukkan.");
    assert.equal(await page.locator("#kabupaten").inputValue(), "Belu;20000;120000;90\nMalaka;30000;90000;3\nKota Kupang;50000");
    // A stray quote and a bad number: named by row and column; nothing entered is lost.
    await page.locator("#import-csv").setInputFiles({
      name: "rusak.csv",
      mimeType: "text/csv",
      buffer: Buffer.from('nama;pekerja\nBelu;dua ribu\n"Malaka;300\nSikka;10'),
    });
    await sees(page, "#kabupaten-msg", /Baris 2, kolom pekerja: bukan angka|Baris 3: tanda kutip/);
    assert.equal(await page.locator("#kabupaten").inputValue(), "Belu;20000;120000;90\nMalaka;30000;90000;3\nKota Kupang;50000");
    assert.match(await page.locator(".district-table").innerText(), /Malaka/);
    // The NTT list adds the 22 names, keeping the rows typed.
    await page.getByRole("button", { name: "Isi 22 kabupaten/kota NTT" }).click();
    await sees(page, ".district-table", /Sabu Raijua/);
    assert.equal(await page.locator(".district-table tbody tr").count(), 22, "the 22 NTT names: Belu, Malaka and Kota Kupang not twice");
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("work survives a reload; a plan file opens again; scenarios side by side", async () => {
    const { context, page, problems } = await openPage(app.browser, DESKTOP, { acceptDownloads: true });
    await open(page, PAPUA_TENGAH);
    await type(page, "#kabupaten", "Mimika;23000");
    await sees(page, ".district-table", /Mimika/);
    await page.goto(app.url + "/anggaran");
    await appReady(page);
    await sees(page, ".summary .benefit-big", "Rp 4.636.800.000");
    assert.equal(await page.locator("#kabupaten").inputValue(), "Mimika;23000");
    // Keep it for comparison, then a second scenario.
    await page.getByRole("button", { name: "Simpan untuk dibandingkan" }).click();
    await type(page, "#nama", "Papua Tengah 6 bulan");
    await type(page, "#bulan", "6");
    await sees(page, ".compare-table", /Total biaya\s+berbeda\s+Rp 2\.318\.400\.000\s+Rp 4\.636\.800\.000/);
    // Save the plan file, change everything, open the file: all back.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Simpan berkas rencana" }).click()]);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, "utf8"));
    assert.equal(saved.format, "jaring-anggaran");
    assert.equal(saved.rencana.length, 2);
    await page.getByRole("button", { name: "Mulai dari janji NTT 2025" }).click();
    await type(page, "#kabupaten", "");
    await sees(page, ".summary .benefit-big", "Rp 20.160.000.000");
    await page.locator("#open-plan").setInputFiles(file);
    await sees(page, ".summary .benefit-big", "Rp 2.318.400.000");
    assert.equal(await page.locator("#kabupaten").inputValue(), "Mimika;23000");
    // A broken file is refused with a message; nothing changes.
    await page.locator("#open-plan").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from('{"format":"jaring-anggaran","versi":9}') });
    await sees(page, ".anggaran-summary [role=status]", /versi 9 tidak dapat dibuka/);
    await sees(page, ".summary .benefit-big", "Rp 2.318.400.000");
    // The coverage scenario a file carries is kept and saved again.
    const withCoverage = { ...saved, cakupan: { preset: "ntt2025" } };
    await page.locator("#open-plan").setInputFiles({ name: "c.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(withCoverage)) });
    await sees(page, ".anggaran-summary [role=status]", "Berkas rencana dibuka.");
    const [again] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Simpan berkas rencana" }).click()]);
    assert.deepEqual(JSON.parse(readFileSync(await again.path(), "utf8")).cakupan, { preset: "ntt2025" });
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("the print view is an A4 document without the form", async () => {
    const { context, page, problems } = await openPage(app.browser, DESKTOP);
    await open(page, PAPUA_TENGAH);
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    assert.ok(pdf.length > 10_000, "a PDF is written");
    await page.screenshot({ path: `${SCREENSHOTS}anggaran-print.png`, fullPage: true });
    assert.match(await page.locator("main").innerText(), /Asumsi dan sumber[\s\S]*Aturan iuran dan manfaat diperiksa per/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });
});
