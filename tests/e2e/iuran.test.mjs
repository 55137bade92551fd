// The contributions calculator: typing into the form, share links for every segment, bad input,
// dates no rule covers, BPU months priced by their own rules, the PU calendar year per programme,
// paying late, a typed JP cap, and phone screenshots of each segment.
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

  test("BPU paying 3 months from December 2026: each month with its own rules, 8.400 + 16.800 + 16.800", async () => {
    for (const [viewport, suffix] of [[PHONE, "phone"], [DESKTOP, "desktop"]]) {
      const { context, page, problems } = await open("/iuran?segmen=bpu&penghasilan=1000000&bayar=3&tanggal=2026-12-01", viewport);
      // PP 50/2025 halves JKK + JKM for contribution months April – December 2026 (outside transport).
      const rows = page.locator('[data-testid="bpu-months"] tbody tr');
      // Four rows: the three months, and under December the measure that lowered it.
      assert.equal(await rows.count(), 4);
      assert.match(await rows.nth(0).textContent(), /Desember 2026\s*Rp 8\.400/);
      assert.match(await rows.nth(1).textContent(), /Diskon JKK\+JKM peserta BPU; normal Rp 16\.800/);
      assert.match(await rows.nth(2).textContent(), /Januari 2027\s*Rp 16\.800/);
      assert.match(await rows.nth(3).textContent(), /Februari 2027\s*Rp 16\.800/);
      assert.match(await page.locator('[data-testid="bpu-months"] tfoot').textContent(), /Rp 42\.000/);
      assert.match(await page.locator(".summary .split").textContent(), /Rp 42\.000 \/ 3 bulan/);
      // The payment periods come from the rule, not a list typed in the page.
      const periods = await page.locator("#bayar option").evaluateAll((options) => options.map((o) => o.value));
      assert.deepEqual(periods, ["1", "3", "6", "12"]);
      // The income level used, next to the typed income, with the table's one-source mark.
      const level = await page.locator('[data-testid="bpu-level"]').textContent();
      assert.match(level, /Tingkat penghasilan yang dipakai: Rp 1\.000\.000/);
      assert.match(level, /satu sumber/);
      await page.fill("#penghasilan", "3 jt");
      assert.match(await page.locator('[data-testid="bpu-level"]').textContent(), /Rp 2\.950\.000/);
      await page.fill("#penghasilan", "1 jt");
      await page.selectOption("#bayar", "12");
      // 8.400 in December 2026, then 11 months at 16.800 = 193.200.
      assert.match(await page.locator('[data-testid="bpu-months"] tfoot').textContent(), /Rp 193\.200/);
      await page.selectOption("#bayar", "3");
      await page.waitForFunction(() => location.search.includes("bayar=3"));
      await screenshot(page, `iuran-bpu-3-months-dec-2026-${suffix}`);
      assert.deepEqual(problems.console, []);
      await context.close();
    }
  });

  test("PU calendar year 2018 of Rp 8.000.000: each programme per payer", async () => {
    for (const [viewport, suffix] of [[PHONE, "phone"], [DESKTOP, "desktop"]]) {
      const { context, page, problems } = await open("/iuran?segmen=pu&tanggal=2018-06-01&upah=8000000&risiko=1", viewport);
      const row = (program) => page.locator(`[data-testid="iuran-year-programs"] tr[data-program="${program}"]`);
      // JKK 0,24% and JKM 0,30% (employer), JHT 2% + 3,7%, JP 1% + 2% on the cap until February
      // (7.703.500, the 2017 cap) and on the wage from March (cap 8.094.000).
      assert.match(await row("jkk").textContent(), /JKK.*0\s*230\.400\s*230\.400/);
      assert.match(await row("jkm").textContent(), /JKM.*0\s*288\.000\s*288\.000/);
      assert.match(await row("jht").textContent(), /JHT.*1\.920\.000\s*3\.552\.000\s*5\.472\.000/);
      assert.match(await row("jp").textContent(), /JP.*954\.070\s*1\.908\.140\s*2\.862\.210/);
      assert.match(
        await page.locator('[data-testid="iuran-year-programs"] tfoot').textContent(),
        /2\.874\.070\s*5\.978\.540\s*8\.852\.610/,
      );
      assert.equal(await page.locator('[data-testid="iuran-year"] tbody tr').count(), 12);
      await screenshot(page, `iuran-pu-2018-year-${suffix}`);
      assert.deepEqual(problems.console, []);
      await context.close();
    }
  });

  test("paying late: the PU fine with its source, the BPU lapse rule, both in the link", async () => {
    const { context, page, problems } = await open("/iuran?segmen=pu&tanggal=2026-12-01&upah=5000000&risiko=1");
    assert.equal(await page.locator('[data-testid="iuran-late"]').count(), 0);
    await page.fill("#terlambat", "2");
    // 2% a month × 2 months × Rp 462.000 = Rp 18.480, due on 15 January 2027.
    assert.equal(await page.locator('[data-testid="iuran-denda"]').textContent(), "Rp 18.480");
    const late = await page.locator('[data-testid="iuran-late"]').textContent();
    assert.match(late, /15 Januari 2027/);
    assert.match(late, /Perdir BPJS Ketenagakerjaan 22\/PERDIR\.02\/072022/);
    await page.waitForFunction(() => location.search.includes("terlambat=2"));
    // PP 49/2020's window: 0,5% a month.
    await page.fill("#tanggal", "2020-10-01");
    await page.locator("#tanggal").dispatchEvent("change");
    assert.match(await page.locator('[data-testid="iuran-late"]').textContent(), /0,5%/);
    await page.goto(app.url + "/iuran?segmen=bpu&penghasilan=1000000&tanggal=2026-12-01&terlambat=2");
    await appReady(page);
    assert.match(await page.locator('[data-testid="iuran-lapse"]').textContent(), /tidak dikenakan denda.*masih dapat dibayar/);
    await page.fill("#terlambat", "4");
    assert.match(await page.locator('[data-testid="iuran-lapse"]').textContent(), /kepesertaan sudah berakhir/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("a JP cap the user types where none is published, marked as their own, kept in the link", async () => {
    const { context, page, problems } = await open("/iuran?segmen=pu&tanggal=2026-06-01&upah=15000000&risiko=1");
    assert.equal(await page.locator("#batas-jp").count(), 0, "the 2026 cap is published");
    await page.goto(app.url + "/iuran?segmen=pu&tanggal=2027-06-01&upah=15000000&risiko=1");
    await appReady(page);
    // Without a cap JP is left out: JKK 36.000 + JKM 45.000 + JHT 855.000.
    assert.equal(await total(page), "Rp 936.000");
    assert.match(await page.locator('label[for="batas-jp"]').textContent(), /angka Anda sendiri/);
    await page.fill("#batas-jp", "11,6 jt");
    // JP 3% of the typed cap 11.600.000 = 348.000.
    assert.equal(await total(page), "Rp 1.284.000");
    assert.match(await page.locator(".warnings").textContent(), /angka Anda sendiri/);
    await page.waitForFunction(() => location.search.includes("batas_jp=11600000"));
    const link = await page.evaluate(() => location.pathname + location.search);
    const again = await open(link);
    assert.equal(await total(again.page), "Rp 1.284.000");
    assert.equal(await again.page.inputValue("#batas-jp"), "11600000");
    await again.context.close();
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
