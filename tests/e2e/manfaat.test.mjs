// The benefits page (/manfaat): share links open on the agent view's cards, the cards follow the
// inputs, bad input is named and ignored, the share message carries the numbers, the page works
// offline, and phone and desktop screenshots are written for review.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, bundleKept, DESKTOP, openPage, PHONE, screenshot, SCREENSHOTS, startServer, useApp } from "./harness.mjs";

const BPU_LINK = "/manfaat?segmen=bpu&penghasilan=1000000&masa=12&anak=5,12";
const PU_LINK = "/manfaat?segmen=pu&upah=5000000&tanggal=2025-06-01&masa=40&usia=35&anak=5,12";

const app = useApp();

/** The visible text of one agent-view card part, e.g. big("death"). */
const big = (page, card) => page.locator(`.benefit-${card} .benefit-big`).innerText();
const card = (page, name) => page.locator(`.benefit-${name}`).innerText();

async function open(page, path) {
  await page.goto(app.url + path);
  await appReady(page);
  await page.waitForSelector(".benefit-death");
}

/**
 * Waits until the text of `selector` matches `expected` (a string for equality, or a RegExp):
 * the page re-renders asynchronously after an input event. Fails with the last text seen.
 */
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

async function noHorizontalScroll(page, viewport) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= viewport.width, `no horizontal scrolling (${width}px)`);
}

describe("/manfaat", () => {
  test("a BPU share link shows the family's benefits in big cards (phone)", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, BPU_LINK);
    assert.equal(await big(page, "death"), "Rp 42.000.000");
    assert.match(await card(page, "death"), /3 bulan pertama kepesertaan: hanya Rp 10\.000\.000/);
    // Two children aged 5 and 12: 85,5 + 75 juta (TK to university, SMP to university).
    assert.equal(await big(page, "school"), "Rp 160.500.000");
    const school = await card(page, "school");
    assert.match(school, /untuk 2 anak/);
    assert.match(school, /Anak umur 5: Rp 85\.500\.000/);
    assert.match(school, /Anak umur 12: Rp 75\.000\.000/);
    // Work accident: care without ceiling; death 48 × Rp 1 juta + 12 + 10 juta + scholarships.
    const accident = await card(page, "accident");
    assert.match(accident, /Biaya perawatan ditanggung penuh/);
    assert.match(accident, /Meninggal karena kecelakaan kerja: Rp 230\.500\.000\s+48 × upah/);
    assert.match(await card(page, "jht"), /Tabungan hari tua \(JHT\) di umur 56/);
    assert.match(await card(page, "cost"), /sebulan[\s\S]*sehari/);
    // The contrast: without the protection the family gets nothing.
    const contrast = await page.locator(".contrast").innerText();
    assert.match(contrast, /Tanpa BPJS[\s\S]*Dengan BPJS/);
    assert.match(contrast, /Rp 0[\s\S]*Rp 42\.000\.000/);
    assert.equal(await page.locator(".benefit-pension").count(), 0, "no JP/JKP card for BPU");
    assert.equal(await page.locator(".notice").count(), 0, "a valid link gives no notice");
    assert.match(page.url(), /segmen=bpu&penghasilan=1000000&masa=12&usia=30&anak=5%2C12/);
    await noHorizontalScroll(page, PHONE);
    await page.screenshot({ path: `${SCREENSHOTS}manfaat-agent-phone.png` });
    await screenshot(page, "manfaat-phone");
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.external, []);
    await context.close();
  });

  test("the cost card reads the contributions core: Rp 16.800 a month, Rp 560 a day", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, "/manfaat?segmen=bpu&penghasilan=1000000&tanggal=2025-06-01&masa=12");
    assert.equal(await big(page, "cost"), "Rp 16.800 sebulan");
    const cost = await card(page, "cost");
    assert.match(cost, /= Rp 560 sehari/);
    assert.match(cost, /tambah Rp 20\.000 sebulan/);
    // During the PP 50/2025 discount the card says so and keeps the normal price.
    await open(page, "/manfaat?segmen=bpu&penghasilan=1000000&tanggal=2026-06-01&masa=12");
    assert.equal(await big(page, "cost"), "Rp 8.400 sebulan");
    assert.match(await card(page, "cost"), /PP 50\/2025[\s\S]*Tanpa diskon: Rp 16\.800 sebulan/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("a BPU death in the first 3 months pays Rp 10 juta, and the card says so", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, "/manfaat?segmen=bpu&penghasilan=1000000&masa=2");
    assert.equal(await big(page, "death"), "Rp 10.000.000");
    assert.match(await card(page, "death"), /Masih dalam 3 bulan pertama kepesertaan\. Sesudahnya keluarga menerima Rp 42\.000\.000/);
    assert.match(await page.locator(".contrast").innerText(), /Rp 10\.000\.000/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("a PU share link shows 48 × wage, scholarships for two children, pension and job loss", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, PU_LINK);
    assert.equal(await big(page, "death"), "Rp 42.000.000");
    assert.equal(await big(page, "cost"), "Rp 150.000 sebulan");
    assert.match(await card(page, "cost"), /= Rp 5\.000 sehari/);
    // 48 × Rp 5 juta + Rp 12 juta + Rp 10 juta + Rp 160,5 juta of scholarships.
    assert.match(await card(page, "accident"), /Rp 422\.500\.000\s+48 × upah/);
    assert.equal(await big(page, "school"), "Rp 160.500.000");
    // 40 months of membership reach the 36 the JKM scholarship needs.
    assert.match(await card(page, "death"), /\+ beasiswa anak Rp 160\.500\.000/);
    const pension = await card(page, "pension");
    assert.match(pension, /Pensiun Rp [\d.]+ sebulan seumur hidup, mulai umur \d+/);
    assert.match(pension, /Bila kena PHK: Rp 3\.000\.000 sebulan selama 6 bulan/);
    // The details: formulas with the actual numbers, sources, weak sources marked, JHT table.
    const details = page.locator(".details");
    const death = details.locator("details.line", { hasText: "Santunan kematian" });
    await death.locator("summary").click();
    assert.match(await death.innerText(), /60% × 80 × Rp 5\.000\.000 \(= 48 × Rp 5\.000\.000\), paling sedikit Rp 20\.000\.000 → Rp 240\.000\.000/);
    assert.match(await death.innerText(), /Dasar hukum: PP 82\/2019/);
    const jp = details.locator("details.line", { hasText: "Pensiun bulanan" });
    await jp.locator("summary").click();
    assert.match(await jp.innerText(), /1% × \(\d+ \/ 12\) × Rp 5\.000\.000/);
    assert.ok((await jp.locator(".weak").count()) > 0, "the unverified JP formula is marked weak");
    assert.equal(await details.locator("table.jht-table tbody tr").count(), 21, "JHT from 35 to 56, year by year");
    assert.equal(await details.locator(".chart svg path.chart-line").count(), 1);
    // textContent: sections off screen are not laid out (content-visibility), so innerText skips them.
    const text = await details.textContent();
    assert.match(text, /JKP · Jaminan Kehilangan Pekerjaan/);
    assert.match(text, /Anggapan halaman ini/);
    assert.match(text, /Jenjang sekolah setiap anak ditebak dari umurnya/);
    assert.match(text, /Bulan iuran JP yang sudah lewat dihitung dengan upah sekarang/);
    await noHorizontalScroll(page, PHONE);
    // Open a few formula cards, then photograph the top of the details and the JHT chart.
    for (const name of ["JHT · Hari Tua", "Santunan sekaligus", "Anak ke-1"]) {
      await details.locator("details.line", { hasText: name }).first().locator("summary").click();
    }
    const showAt = (selector) =>
      page.evaluate((selector) => {
        document.querySelector(selector).scrollIntoView();
        window.scrollBy(0, -70);
      }, selector);
    await showAt("#details-heading");
    await page.screenshot({ path: `${SCREENSHOTS}manfaat-details-phone.png` });
    await showAt(".chart");
    await page.screenshot({ path: `${SCREENSHOTS}manfaat-jht-phone.png` });
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("the cards follow the inputs, and the address follows too", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, BPU_LINK);
    await page.fill("#penghasilan", "2 jt");
    // 48 × Rp 2 juta + Rp 22 juta + Rp 160,5 juta.
    await sees(page, ".benefit-accident", /Rp 278\.500\.000\s+48 × upah/);
    assert.match(page.url(), /penghasilan=2000000/);
    await page.fill("#anak", "5");
    await sees(page, ".benefit-school .benefit-big", "Rp 85.500.000");
    await sees(page, "#anak-msg", /= 1 anak: 5 tahun/);
    await page.fill("#masa", "2");
    await sees(page, ".benefit-death .benefit-big", "Rp 10.000.000");
    await page.fill("#masa", "24");
    await sees(page, ".benefit-death .benefit-big", "Rp 42.000.000");
    const pu = page.getByRole("button", { name: "Karyawan (PU)" });
    await pu.click();
    await page.waitForSelector(".benefit-pension");
    assert.equal(await pu.getAttribute("aria-pressed"), "true");
    assert.match(page.url(), /segmen=pu&upah=2000000/);
    await sees(page, "label[for=upah]", /Upah sebulan/);
    await page.fill("#imbal", "0");
    await sees(page, ".benefit-jht", /imbal hasil 0% setahun/);
    await page.getByRole("button", { name: "Switch to English" }).click();
    await sees(page, ".benefit-death .benefit-big", "Rp 42,000,000");
    await sees(page, ".benefit-accident", /48 × wage/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("an unfolded formula card stays unfolded, and only that card, when the cards around it change", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, "/manfaat?segmen=bpu&penghasilan=1000000&masa=12&tanggal=2025-06-01");
    const isOpen = (key) => page.locator(`details[data-line="${key}"]`).evaluate((d) => d.open);
    await page.locator('details[data-line="jkm-sekaligus"] summary').click();
    await page.locator('details[data-line="biaya-jht"] summary').click();
    // In the first 3 months of BPU membership one reduced amount takes the lump sum's place:
    // that card is another card, so it stays folded.
    await page.fill("#masa", "2");
    await sees(page, ".benefit-death .benefit-big", "Rp 10.000.000");
    assert.equal(await isOpen("jkm-masa-tunggu"), false);
    await page.fill("#masa", "24");
    await sees(page, ".benefit-death .benefit-big", "Rp 42.000.000");
    assert.equal(await isOpen("jkm-sekaligus"), true);
    assert.equal(await isOpen("jkm-berkala"), false);
    // JHT is the third contribution for BPU and the first for PU: the card is the same.
    await page.getByRole("button", { name: "Karyawan (PU)" }).click();
    await page.waitForSelector(".benefit-pension");
    assert.equal(await isOpen("biaya-jht"), true);
    assert.equal(await isOpen("biaya-jp"), false);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("the JHT age can be changed: with 0% return the balance is the plain sum of contributions", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    // BPU JHT 2% of Rp 1.000.000 = Rp 20.000 a month, from age 30 to 60: 30 × 12 × 20.000.
    await open(page, "/manfaat?segmen=bpu&penghasilan=1000000&usia=30&imbal=0&usia_jht=60&tanggal=2025-06-01");
    assert.match(await card(page, "jht"), /di umur 60/);
    assert.equal(await big(page, "jht"), "Rp 7.200.000");
    await page.fill("#usia-jht", "56");
    await sees(page, ".benefit-jht .benefit-big", "Rp 6.240.000");
    assert.doesNotMatch(page.url(), /usia_jht/);
    await page.fill("#usia-jht", "90");
    await sees(page, "#usia-jht-msg", /40–80/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("bad link values and bad typing are named, the rest still works, no console error", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, "/manfaat?segmen=bpu&penghasilan=1000000&masa=12&anak=5,x&imbal=99");
    const notice = await page.locator(".notice").innerText();
    assert.match(notice, /anak: nilainya tidak sah/);
    assert.match(notice, /imbal: di luar rentang/);
    assert.equal(await big(page, "death"), "Rp 42.000.000");
    assert.match(await card(page, "jht"), /imbal hasil 5% setahun/, "the default return is kept");
    await page.fill("#penghasilan", "seratus ribu");
    await sees(page, "#penghasilan-msg", /Bukan jumlah uang/);
    assert.equal(await page.locator("#penghasilan").getAttribute("aria-invalid"), "true");
    assert.equal(await big(page, "death"), "Rp 42.000.000", "the last good result stays");
    assert.match(await card(page, "accident"), /Rp 70\.000\.000\s+48 × upah/);
    await page.fill("#anak", "5, x");
    await sees(page, "#anak-msg", /“x” bukan umur/);
    await page.fill("#anak", "5, 40");
    await sees(page, "#anak-msg", /Umur 40 di luar 0–30 tahun/);
    await page.fill("#imbal", "99");
    await sees(page, "#imbal-msg", /Isi angka 0–10/);
    await page.fill("#usia", "tiga puluh");
    await sees(page, "#usia-msg", /Isi bilangan bulat 15–80/);
    await page.fill("#tanggal", "2010-01-01");
    await sees(page, ".agent .error-box", /tidak ada dalam data[\s\S]*Hasil terakhir yang sah tetap ditampilkan/);
    assert.equal(await big(page, "death"), "Rp 42.000.000");
    await noHorizontalScroll(page, PHONE);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("opened without a link, the last scenario comes back", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, "/manfaat?segmen=pu&upah=7000000&masa=50&usia=40");
    await page.goto(app.url + "/manfaat");
    await appReady(page);
    await page.waitForSelector(".benefit-pension");
    assert.equal(await page.inputValue("#upah"), "7000000");
    assert.match(page.url(), /segmen=pu&upah=7000000&masa=50&usia=40/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("the share button sends the link with a short message in the page's language", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE, { permissions: ["clipboard-read", "clipboard-write"] });
    const clipboard = async (expected) => {
      let text = "";
      for (let i = 0; i < 100 && !expected.test(text); i++) {
        text = await page.evaluate(() => navigator.clipboard.readText());
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.match(text, expected);
      return text;
    };
    await open(page, "/manfaat?segmen=bpu&penghasilan=1000000&tanggal=2025-06-01&masa=12&anak=5,12");
    await page.getByRole("button", { name: "Bagikan" }).click();
    await sees(page, ".share .field-msg", /Tautan disalin/);
    const shared = await clipboard(/^Dengan iuran Rp 16\.800 sebulan, keluarga mendapat Rp 42\.000\.000 bila peserta meninggal \(Rp 10\.000\.000 dalam 3 bulan pertama\)/);
    assert.match(shared, /beasiswa anak sampai Rp 160\.500\.000/);
    assert.match(shared, /\/manfaat\?segmen=bpu&penghasilan=1000000&tanggal=2025-06-01/);
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("button", { name: "Share" }).click();
    await clipboard(/^For Rp 16,800 a month, the family receives Rp 42,000,000/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("after a first visit a share link opens offline with its numbers", async () => {
    const own = await startServer();
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await page.goto(own.url + "/");
    await appReady(page);
    await bundleKept(page, "/index.html");
    await own.stop();
    await page.goto(own.url + BPU_LINK);
    await appReady(page);
    await page.waitForSelector(".benefit-death");
    assert.equal(await big(page, "death"), "Rp 42.000.000");
    assert.equal(await big(page, "school"), "Rp 160.500.000");
    assert.deepEqual(problems.external, []);
    await context.close();
  });

  test("desktop: agent view and inputs side by side, no horizontal scrolling", async () => {
    const { context, page, problems } = await openPage(app.browser, DESKTOP);
    await open(page, PU_LINK);
    const agent = await page.locator(".agent").boundingBox();
    const form = await page.locator(".manfaat-form").boundingBox();
    assert.ok(form.x > agent.x + agent.width - 1, "the form sits right of the cards");
    await noHorizontalScroll(page, DESKTOP);
    await screenshot(page, "manfaat-desktop");
    assert.deepEqual(problems.console, []);
    await context.close();
  });
});
