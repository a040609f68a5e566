// Pencarian daftar standar saat mengetik. Tanpa skrip, daftar lengkap tetap tampil.
// Sebuah layanan ditemukan dari namanya, nama unit dan pemerintahnya, dan nama foldernya
// (misalnya "jember-prokopim/keprotokolan"). Kata yang salah ketik satu huruf tetap
// menemukan layanannya, dengan saran "Maksud Anda …?" yang dapat diklik.
(function () {
  "use strict";
  var kotak = document.getElementById("cari-kotak");
  var masukan = document.getElementById("cari");
  var hasil = document.getElementById("cari-hasil");
  var pengantar = document.getElementById("pengantar");
  var petunjuk = document.getElementById("cari-petunjuk");
  if (!kotak || !masukan) { return; }
  kotak.hidden = false;
  var normal = function (teks) {
    return teks.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  };
  var kataDari = function (teks) { return normal(teks).split(/[^\p{L}\p{N}]+/u).filter(Boolean); };
  var kelompok = Array.prototype.slice.call(document.querySelectorAll("[data-cari-kelompok]"));
  var butir = [];
  var teks = [];
  var token = [];
  var kosakata = {};
  kelompok.forEach(function (bagian) {
    var kepala = Array.prototype.slice.call(bagian.querySelectorAll("h2, .penyelenggara"))
      .map(function (e) { return e.textContent; }).join(" ");
    Array.prototype.forEach.call(bagian.querySelectorAll("li"), function (li) {
      var tautan = li.querySelector("a");
      var folder = tautan ? (tautan.getAttribute("href") || "").replace(/index\.html$/, "") : "";
      var semua = li.textContent + " " + kepala + " " + folder.replace(/[-/_]/g, " ") + " " + folder;
      butir.push(li);
      teks.push(normal(semua));
      var kata = kataDari(semua);
      token.push(kata);
      kata.forEach(function (k) { kosakata[k] = true; });
    });
  });
  kosakata = Object.keys(kosakata);

  // Whether two words are at most one edit apart: one letter changed, added, dropped, or
  // two neighbours swapped.
  function dekat(a, b) {
    if (a === b) { return true; }
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) { i += 1; }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }
  // A word typed matches a word of a service when it is its start, or one letter off it
  // (for words of four letters or more).
  function cocokKata(k, kata) {
    return kata.some(function (t) {
      return t.indexOf(k) === 0 || (k.length >= 4 && (dekat(k, t) || dekat(k, t.slice(0, k.length))));
    });
  }
  function saran(k) {
    var terbaik = null;
    kosakata.forEach(function (t) {
      if (!terbaik && k.length >= 4 && (dekat(k, t) || dekat(k, t.slice(0, k.length)))) { terbaik = t; }
    });
    return terbaik || k;
  }

  function tampilkan(tampil, ketik, maksud) {
    hasil.replaceChildren();
    if (ketik.length === 0) { return; }
    if (maksud) {
      var tombol = document.createElement("button");
      tombol.type = "button";
      tombol.className = "saran";
      tombol.textContent = maksud;
      tombol.addEventListener("click", function () {
        masukan.value = maksud;
        saring();
        masukan.focus();
      });
      hasil.append(hasil.getAttribute("data-maksud") + ": ", tombol, "? ");
    }
    hasil.append(tampil === 0 ? hasil.getAttribute("data-kosong") : tampil + " " + hasil.getAttribute("data-satuan"));
  }

  function saring() {
    var ketik = normal(masukan.value).split(/\s+/).filter(Boolean);
    var tepat = butir.map(function (li, i) {
      return ketik.every(function (k) { return teks[i].indexOf(k) !== -1; });
    });
    var maksud = null;
    var cocok = tepat;
    if (ketik.length > 0 && tepat.indexOf(true) === -1) {
      cocok = butir.map(function (li, i) {
        return ketik.every(function (k) { return teks[i].indexOf(k) !== -1 || cocokKata(k, token[i]); });
      });
      if (cocok.indexOf(true) !== -1) { maksud = ketik.map(saran).join(" "); }
    }
    var tampil = 0;
    butir.forEach(function (li, i) {
      li.hidden = !cocok[i];
      if (cocok[i]) { tampil += 1; }
    });
    kelompok.forEach(function (bagian) {
      bagian.hidden = bagian.querySelectorAll("li:not([hidden])").length === 0;
    });
    // While searching, the results follow the box directly: on a phone with the keyboard
    // open they are what is left of the screen.
    if (pengantar) { pengantar.hidden = ketik.length > 0; }
    if (petunjuk) { petunjuk.hidden = ketik.length > 0; }
    tampilkan(tampil, ketik, maksud);
  }
  masukan.addEventListener("input", saring);
  // On a phone the box goes to the top of the screen, so that the results fit above the
  // keyboard.
  masukan.addEventListener("focus", function () {
    if (window.innerWidth < 640) { kotak.scrollIntoView({ block: "start" }); }
  });
})();
