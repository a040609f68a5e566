// Pencarian daftar standar saat mengetik. Tanpa skrip, daftar lengkap tetap tampil.
(function () {
  "use strict";
  var kotak = document.getElementById("cari-kotak");
  var masukan = document.getElementById("cari");
  var hasil = document.getElementById("cari-hasil");
  if (!kotak || !masukan) { return; }
  kotak.hidden = false;
  var normal = function (teks) {
    return teks.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  };
  // Each service is found by its own name and by its unit's name and government.
  var kelompok = Array.prototype.slice.call(document.querySelectorAll("[data-cari-kelompok]"));
  var butir = [];
  var teks = [];
  kelompok.forEach(function (bagian) {
    var kepala = Array.prototype.slice.call(bagian.querySelectorAll("h2, .penyelenggara"))
      .map(function (e) { return e.textContent; }).join(" ");
    Array.prototype.forEach.call(bagian.querySelectorAll("li"), function (li) {
      butir.push(li);
      teks.push(normal(li.textContent + " " + kepala));
    });
  });
  masukan.addEventListener("input", function () {
    var kata = normal(masukan.value).split(/\s+/).filter(Boolean);
    var tampil = 0;
    butir.forEach(function (li, i) {
      var cocok = kata.every(function (k) { return teks[i].indexOf(k) !== -1; });
      li.hidden = !cocok;
      if (cocok) { tampil += 1; }
    });
    kelompok.forEach(function (bagian) {
      bagian.hidden = bagian.querySelectorAll("li:not([hidden])").length === 0;
    });
    hasil.textContent = kata.length === 0 ? "" :
      (tampil === 0 ? hasil.getAttribute("data-kosong") : tampil + " " + hasil.getAttribute("data-satuan"));
  });
})();
