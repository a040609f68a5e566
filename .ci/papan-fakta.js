// The board invariant: every public fact of every standard is in the text of its printed
// board, numbers included, and the PDF has as many pages as the build planned sheets; sheet 1
// holds the summary (time, every charge, a complaint channel's label).
//   node papan-fakta.js SITE [--lembar-boleh-bertambah]
// SITE is a site built with `standar build --pdf` (Indonesian labels). The facts come from each
// standard's `standar.json` (the model, not the page), the text from `pdftotext -raw` of the
// `papan.pdf` beside it. Text is compared on letters and digits only, lower case, so line
// breaks, columns and punctuation do not matter, but a lost digit ("0." for "10.") does.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const site = process.argv[2];
// With a layout the browser had to redo (a changed papan.css), a board may take more pages
// than the build planned, never fewer, and must still hold every fact.
const morePagesAllowed = process.argv[3] === "--lembar-boleh-bertambah";
if (!site) {
  console.error("usage: node papan-fakta.js SITE [--lembar-boleh-bertambah]");
  process.exit(2);
}

const bare = (text) => String(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function files(dir, name) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(full, name));
    else if (entry.name === name) out.push(full);
  }
  return out.sort();
}

const rupiah = (n) => "Rp" + String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const letters = (n) => {
  let s = "";
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(97 + ((m - 1) % 26)) + s;
  return s + ".";
};
const DAYS = { senin: "Senin", selasa: "Selasa", rabu: "Rabu", kamis: "Kamis", jumat: "Jumat", sabtu: "Sabtu", minggu: "Minggu" };
const hhmm = (t) => (t && typeof t === "object" ? `${t.buka}-${t.tutup}` : String(t || ""));

// Every fact a board promises, as [what, text]; numbered items carry their number.
function facts(doc) {
  const s = doc.standar;
  const out = [["nama", s.nama]];
  if (s.layanan_daring) out.push(["layanan daring", s.layanan_daring]);
  const item = (x) => (typeof x === "string" ? { uraian: x } : x);
  const parts = (label, i) => {
    if (i.berlaku) out.push([label + " (berlaku)", i.berlaku]);
    (i.rincian || []).forEach((r, m) => {
      const ri = item(r);
      out.push([`${label} rincian ${m + 1}`, ri.uraian]);
      if (ri.berlaku) out.push([`${label} rincian ${m + 1} (berlaku)`, ri.berlaku]);
      if (ri.keterangan) out.push([`${label} rincian ${m + 1} (keterangan)`, ri.keterangan]);
    });
  };
  const noted = (label, x) => {
    const i = item(x);
    out.push([label, i.uraian ?? i.kelompok]);
    if (i.keterangan) out.push([label + " (keterangan)", i.keterangan]);
    parts(label, i);
  };
  (s.persyaratan || []).forEach((x, n) => {
    const i = item(x);
    out.push([`persyaratan ${n + 1}`, `${n + 1}. ${i.uraian ?? i.kelompok}`]);
    if (i.keterangan) out.push([`persyaratan ${n + 1} (keterangan)`, i.keterangan]);
    parts(`persyaratan ${n + 1}`, i);
    (i.daftar || []).forEach((c, m) => {
      const ci = item(c);
      out.push([`persyaratan ${n + 1}${letters(m + 1)}`, `${letters(m + 1)} ${ci.uraian}`]);
      if (ci.keterangan) out.push([`persyaratan ${n + 1}${letters(m + 1)} (keterangan)`, ci.keterangan]);
      parts(`persyaratan ${n + 1}${letters(m + 1)}`, ci);
    });
  });
  const steps = (label, list) => (list || []).forEach((x, n) => {
    const i = item(x);
    out.push([`${label} ${n + 1}`, `${n + 1}. ${i.uraian}`]);
    if (i.pelaksana) out.push([`${label} ${n + 1} (pelaksana)`, i.pelaksana]);
    if (i.waktu) out.push([`${label} ${n + 1} (waktu)`, i.waktu.teks]);
    if (i.keputusan) out.push([`${label} ${n + 1} (keputusan)`, i.keputusan.pertanyaan]);
    if (i.keterangan) out.push([`${label} ${n + 1} (keterangan)`, i.keterangan]);
  });
  const p = s.prosedur || {};
  if (p.keterangan) out.push(["prosedur (keterangan)", p.keterangan]);
  (p.alur || []).forEach((a, n) => {
    if (a.nama) out.push([`alur ${n + 1}`, a.nama]);
    if (a.keterangan) out.push([`alur ${n + 1} (keterangan)`, a.keterangan]);
    steps(`alur ${n + 1} langkah`, a.langkah);
  });
  const w = s.jangka_waktu || {};
  if (w.total) out.push(["jangka waktu", w.total.teks]);
  if (w.mulai) out.push(["jangka waktu (mulai)", w.mulai]);
  if (w.untuk_langkah) out.push(["jangka waktu (untuk langkah)", w.untuk_langkah]);
  if (w.perpanjangan) out.push(["jangka waktu (perpanjangan)", w.perpanjangan.teks]);
  const d = w.tenggat_pemohon;
  if (d) {
    out.push(["tenggat pemohon", d.uraian]);
    out.push(["tenggat pemohon (waktu)", d.waktu.teks]);
    if (d.mulai) out.push(["tenggat pemohon (mulai)", d.mulai]);
    if (d.keterangan) out.push(["tenggat pemohon (keterangan)", d.keterangan]);
  }
  (w.bagian || []).forEach((b, n) => {
    out.push([`jangka waktu bagian ${n + 1}`, b.nama]);
    if (b.waktu) out.push([`jangka waktu bagian ${n + 1} (waktu)`, b.waktu.teks]);
    if (b.keterangan) out.push([`jangka waktu bagian ${n + 1} (keterangan)`, b.keterangan]);
  });
  if (w.keterangan) out.push(["jangka waktu (keterangan)", w.keterangan]);
  const b = s.biaya || {};
  if (b.gratis === true) out.push(["biaya", "Tidak dipungut biaya"]);
  else if (typeof b.gratis === "string") out.push(["biaya", b.gratis]);
  const regulations = (label, list) => (list || []).forEach((r, n) => {
    for (const key of ["jenis", "penerbit", "nomor", "tahun", "tentang"]) if (r[key]) out.push([`${label} ${n + 1} (${key})`, r[key]]);
  });
  const tariffs = (label, list) => (list || []).forEach((t, n) => {
    const here = `${label} ${n + 1}`;
    out.push([here, t.uraian ?? t.kategori]);
    const prices = (t.rupiah !== undefined ? [{ rupiah: t.rupiah, per: t.per }] : []).concat(t.harga || []);
    prices.forEach((h, m) => {
      out.push([`${here} (harga ${m + 1})`, rupiah(h.rupiah)]);
      if (h.per) out.push([`${here} (harga ${m + 1} per)`, h.per]);
      if (h.keterangan) out.push([`${here} (harga ${m + 1} keterangan)`, h.keterangan]);
    });
    if (t.kategori) out.push([`${here} (kategori)`, t.kategori]);
    regulations(`${here} dasar hukum`, t.dasar_hukum);
    if (t.keterangan) out.push([`${here} (keterangan)`, t.keterangan]);
    tariffs(`${here} rincian`, t.rincian);
  });
  tariffs("tarif", b.tarif);
  if (b.rumus) out.push(["biaya (rumus)", b.rumus]);
  regulations("dasar hukum tarif", b.dasar_hukum);
  if (b.keterangan) out.push(["biaya (keterangan)", b.keterangan]);
  (s.produk || []).forEach((x) => noted("produk", x));
  const c = s.pengaduan;
  if (!c || !(c.saluran || []).some((x) => x.jenis === "sp4n_lapor")) out.push(["SP4N-LAPOR! nasional", "www.lapor.go.id"]);
  if (c) {
    if (c.keterangan) out.push(["pengaduan (keterangan)", c.keterangan]);
    (c.pelaksana || []).forEach((x, n) => {
      const a = typeof x === "string" ? { nama: x } : x;
      out.push([`pelaksana pengaduan ${n + 1}`, a.nama]);
      if (a.keterangan) out.push([`pelaksana pengaduan ${n + 1} (keterangan)`, a.keterangan]);
    });
    (c.saluran || []).forEach((x, n) => {
      if (x.kontak) out.push([`saluran ${n + 1} (${x.jenis})`, x.kontak]);
      if (x.keterangan) out.push([`saluran ${n + 1} (keterangan)`, x.keterangan]);
    });
    steps("alur pengaduan langkah", c.alur);
    (c.tenggat || []).forEach((g, n) => {
      out.push([`tenggat ${n + 1}`, g.tingkat]);
      out.push([`tenggat ${n + 1} (waktu)`, g.waktu.teks]);
      if (g.keterangan) out.push([`tenggat ${n + 1} (keterangan)`, g.keterangan]);
    });
    (c.petugas || []).forEach((o, n) => {
      for (const key of ["nama", "jabatan", "telepon", "email", "keterangan"]) if (o[key]) out.push([`petugas ${n + 1} (${key})`, o[key]]);
    });
  }
  (s.jam_pelayanan || []).forEach((j, n) => {
    out.push([`jam pelayanan ${n + 1}`, hhmm(j.jam)]);
    if (j.istirahat) out.push([`jam pelayanan ${n + 1} (istirahat)`, hhmm(j.istirahat)]);
    if (j.zona_waktu) out.push([`jam pelayanan ${n + 1} (zona waktu)`, j.zona_waktu]);
    const days = j.hari || [];
    if (days.length) out.push([`jam pelayanan ${n + 1} (hari)`, DAYS[days[0]] || days[0]]);
    if (j.keterangan) out.push([`jam pelayanan ${n + 1} (keterangan)`, j.keterangan]);
  });
  const m = s.maklumat;
  if (m) {
    if (m.teks) out.push(["maklumat", m.teks]);
    for (const key of ["jabatan", "nama", "pangkat", "nip", "tempat"]) {
      if (m.penandatangan && m.penandatangan[key]) out.push([`maklumat (${key})`, m.penandatangan[key]]);
    }
  }
  const onBoard = ["persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan", "jam_pelayanan", "maklumat"];
  (s.tidak_tercantum || []).filter((k) => onBoard.includes(k)).forEach((k) => out.push([`${k} (tidak tercantum)`, "Tidak dicantumkan dalam dokumen sumber."]));
  if (s.sk && s.sk.nomor) out.push(["nomor SK", s.sk.nomor]);
  if (doc.url) out.push(["alamat halaman", doc.url]);
  return out;
}

// What sheet 1 must show before anything else: the summary with the time, every charge (up
// to three; more are counted) and a complaint channel.
function summaryFacts(doc) {
  const s = doc.standar;
  const out = [["ringkasan", "Ringkasan"]];
  const w = s.jangka_waktu || {};
  if (w.total) out.push(["ringkasan: lama pelayanan", w.total.teks]);
  const b = s.biaya || {};
  if (b.gratis === true) out.push(["ringkasan: biaya", "Tidak dipungut biaya"]);
  else if (typeof b.gratis === "string") out.push(["ringkasan: biaya", b.gratis]);
  const flat = (list) => (list || []).flatMap((x) => [x, ...flat(x.rincian)]);
  // Every charge, as the summary counts them: each price, and each item priced only by a
  // regulation.
  const rows = flat(b.tarif);
  const prices = rows.flatMap((x) => [x.rupiah, ...(x.harga || []).map((h) => h.rupiah)]).filter((r) => r !== undefined && r !== null);
  const byRegulation = rows.filter((x) => (x.rupiah === undefined || x.rupiah === null) && !(x.harga || []).length && (x.dasar_hukum || []).length).length;
  const charges = prices.length + byRegulation;
  if (charges <= 3) prices.forEach((r, n) => out.push([`ringkasan: tarif ${n + 1}`, rupiah(r)]));
  else out.push(["ringkasan: jumlah tarif", `${charges} tarif`]);
  return out;
}

let failures = 0;
let checked = 0;
let factCount = 0;
const fail = (message) => { failures += 1; console.error(message); };
for (const json of files(site, "standar.json")) {
  const dir = path.dirname(json);
  const doc = JSON.parse(fs.readFileSync(json, "utf8"));
  const pdf = path.join(dir, "papan.pdf");
  if (!fs.existsSync(pdf)) { fail(`${pdf}: missing`); continue; }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
  if (morePagesAllowed ? pages < doc.papan.lembar : pages !== doc.papan.lembar) {
    fail(`${pdf}: ${pages} pages, the build planned ${doc.papan.lembar} sheets`);
  }
  const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
  const haystack = bare(text);
  // Only the summary names a gap, and only for a component the standard leaves empty.
  const s = doc.standar;
  const gap = !s.persyaratan || !s.jangka_waktu || !s.biaya || (!s.pengaduan && !(s.tidak_tercantum || []).includes("pengaduan"));
  if (!gap && /belum dicantumkan/i.test(text)) fail(`${pdf}: prints the placeholder "Belum dicantumkan"`);
  const first = bare(execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }));
  for (const [what, value] of summaryFacts(doc)) {
    factCount += 1;
    if (!first.includes(bare(value))) fail(`${pdf}: ${what} not on sheet 1: ${JSON.stringify(String(value))}`);
  }
  for (const [what, value] of facts(doc)) {
    factCount += 1;
    const needle = bare(value);
    if (needle && !haystack.includes(needle)) fail(`${pdf}: ${what} missing: ${JSON.stringify(String(value))}`);
  }
  checked += 1;
}
if (checked === 0) fail(`${site}: no standard with standar.json`);
console.log(`board facts: ${checked} boards, ${factCount} facts, ${failures} missing`);
process.exit(failures === 0 ? 0 : 1);
