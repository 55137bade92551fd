// The contributions calculator: typing into the form, share links for every segment, bad input,
// dates no rule covers, and phone screenshots of each segment.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, DESKTOP, openPage, PHONE, screenshot, useApp } from "./harness.mjs";

const app = useApp();

const total = (page) => page.locator('[data-testid="iuran-total"]').textContent();

async function open(path, viewport = PHONE) {
  const opened = await openPage(app.browser, viewport);
  await opened.page.goto(app.url + path);
  await appReady(opened.page);
  await opened.page.waitForSelector('[data-testid="iuran-total"]');
  return opened;
}

describe("/iuran", () => {
  test("PU: typing a wage recomputes, bad input keeps the last result, the URL follows", async () => {
    const { context, page, problems } = await open("/iuran?segmen=pu&tanggal=2026-11-21&upah=5000000&risiko=1");
    // §1.1: JKK 0,24% + JKM 0,30% + JHT 5,7% + JP 3% of Rp 5.000.000 (below the 2026 JP cap).
    assert.equal(await total(page), "Rp 462.000");
    const split = await page.locator(".summary .split").textContent();
    assert.match(split, /Pekerja: Rp 150\.000/);
    assert.match(split, /Pemberi kerja: Rp 312\.000/);
    await page.fill("#upah", "7,5 jt");
    assert.equal(await total(page), "Rp 693.000");
    await page.waitForFunction(() => location.search.includes("upah=7500000"));
    for (const typed of ["Rp 7.500.000", "7500000", "7.500.000"]) {
      await page.fill("#upah", typed);
      assert.equal(await total(page), "Rp 693.000", typed);
    }
    // Typed key by key (the field must keep focus while the result follows).
    await page.fill("#upah", "");
    await page.locator("#upah").pressSequentially("6000000");
    assert.equal(await total(page), "Rp 554.400");
    await page.fill("#upah", "7,5 jt");
    await page.fill("#upah", "tujuh juta");
    assert.match(await page.locator("#upah-msg").textContent(), /Bukan jumlah uang/);
    assert.equal(await page.getAttribute("#upah", "aria-invalid"), "true");
    assert.equal(await total(page), "Rp 693.000");
    await page.fill("#upah", "-5000");
    assert.match(await page.locator("#upah-msg").textContent(), /negatif/);
    await page.fill("#upah", "99999999999999999999999999999");
    assert.match(await page.locator("#upah-msg").textContent(), /terlalu besar|Paling banyak/);
    assert.equal(await total(page), "Rp 693.000");
    await page.selectOption("#risiko", "5");
    // JKK class V 1,74% of 7.500.000 = 130.500 instead of 18.000.
    assert.equal(await total(page), "Rp 805.500");
    await page.locator('details[data-line="jkk"] summary').click();
    assert.match(await page.locator('details[data-line="jkk"] .formula').textContent(), /1,74% × Rp 7\.500\.000 = Rp 130\.500/);
    assert.match(await page.locator('details[data-line="jkk"] .source').textContent(), /PP 44\/2015/);
    // An unfolded line stays unfolded when the result is recomputed.
    await page.selectOption("#risiko", "4");
    assert.equal(await page.locator('details[data-line="jkk"]').getAttribute("open"), "");
    assert.match(await page.locator('details[data-line="jkk"] .formula').textContent(), /1,27% × Rp 7\.500\.000 = Rp 95\.250/);
    await page.selectOption("#risiko", "5");
    assert.equal(await page.locator('[data-testid="iuran-year"] tbody tr').count(), 12);
    await screenshot(page, "iuran-pu-phone");
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("PU above the JP cap: JP on the cap, with a warning and the year mixing two caps", async () => {
    const { context, page, problems } = await open("/iuran?segmen=pu&tanggal=2025-06-01&upah=20000000&risiko=1");
    // JP 3% of the 2025 cap 10.547.400 = 316.422; JKK 48.000; JKM 60.000; JHT 1.140.000.
    assert.equal(await total(page), "Rp 1.564.422");
    assert.match(await page.locator(".warnings").textContent(), /batas upah JP \(Rp 10\.547\.400\)/);
    const rows = page.locator('[data-testid="iuran-year"] tbody tr');
    assert.match(await rows.nth(1).textContent(), /1\.549\.269/); // February: 2024 cap 10.042.300
    assert.match(await rows.nth(2).textContent(), /1\.564\.422/); // March: 2025 cap
    await screenshot(page, "iuran-pu-cap-desktop");
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("share links open each segment with the same numbers", async () => {
    const cases = [
      ["/iuran?segmen=bpu&penghasilan=1000000&tanggal=2025-06-01", "Rp 16.800", "bpu"],
      ["/iuran?segmen=bpu&penghasilan=1000000&jht=1&tanggal=2025-06-01", "Rp 36.800", "bpu-jht"],
      ["/iuran?segmen=bpu&penghasilan=1000000&tanggal=2026-06-01", "Rp 8.400", "bpu-pp50"],
      ["/iuran?segmen=bpu&penghasilan=1000000&tanggal=2026-06-01&apbd=1", "Rp 16.800", "bpu-apbd"],
      ["/iuran?segmen=jakon&nilai=1000000000&tanggal=2025-06-01", "Rp 1.750.000", "jakon"],
      ["/iuran?segmen=jakon&nilai=80000000&tanggal=2025-06-01", "Rp 192.000", "jakon-80jt"],
      ["/iuran?segmen=pmi&kontrak=24&tanggal=2025-06-01", "Rp 370.000", "pmi"],
      ["/iuran?segmen=pmi&kontrak=6&tambahan=2&tanggal=2025-06-01", "Rp 172.500", "pmi-6"],
    ];
    const { context, page, problems } = await openPage(app.browser, PHONE);
    for (const [path, expected, name] of cases) {
      await page.goto(app.url + path);
      await appReady(page);
      assert.equal(await total(page), expected, path);
      if (!name.includes("-")) await screenshot(page, `iuran-${name}-phone`);
    }
    await page.goto(app.url + "/iuran?segmen=bpu&penghasilan=1000000&bayar=3&tanggal=2025-06-01");
    await appReady(page);
    assert.match(await page.locator(".summary .split").textContent(), /Rp 50\.400 \/ 3 bulan/);
    assert.match(await page.locator(".summary .split").textContent(), /Rp 560 per hari/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("a corrupted link shows a notice and still computes; a date with no rule says so", async () => {
    const { context, page, problems } = await open("/iuran?segmen=pu&upah=lima%20juta&risiko=9&tanggal=2025-02-30&foo=1&tanggal=2025-06-01");
    const notice = await page.locator(".notice").textContent();
    for (const key of ["upah: nilainya tidak sah", "risiko: di luar rentang", "tanggal: nilainya tidak sah", "1 parameter tidak dikenal"]) {
      assert.ok(notice.includes(key), key);
    }
    assert.ok(!notice.includes("lima juta") && !notice.includes("foo"), "a link's own text is not shown");
    assert.match(await total(page), /^Rp /);
    await page.goto(app.url + "/iuran?segmen=pu&tanggal=2015-01-01");
    await appReady(page);
    assert.match(await page.locator(".error-box").first().textContent(), /Tidak ada aturan .* 2015-01-01/);
    await page.goto(app.url + "/iuran?segmen=pu&tanggal=2027-06-01&upah=5000000");
    await appReady(page);
    assert.match(await page.locator('details[data-line="jp"] .line-total').textContent(), /tidak dapat dihitung/);
    assert.match(await page.locator(".warnings").textContent(), /belum diterbitkan/);
    assert.equal(await total(page), "Rp 312.000");
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("English, daily wage and switching segments keep working", async () => {
    const { context, page, problems } = await open("/iuran?lang=en&segmen=pu&tanggal=2025-06-01&upah=5000000", DESKTOP);
    assert.equal(await total(page), "Rp 462,000");
    await page.check("#harian");
    await page.fill("#upah-harian", "200000");
    // Monthly wage = 200.000 × 25 = 5.000.000.
    assert.equal(await total(page), "Rp 462,000");
    await page.fill("#upah-harian", "300.000");
    assert.equal(await total(page), "Rp 693,000");
    for (const segmen of ["bpu", "jakon", "pmi", "pu"]) {
      await page.click(`button[data-segmen="${segmen}"]`);
      assert.match(await total(page), /^Rp /);
    }
    await screenshot(page, "iuran-en-desktop");
    assert.deepEqual(problems.console, []);
    await context.close();
  });
});
