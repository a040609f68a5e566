// Papan informasi: tata letak awal (ukuran huruf dan jumlah kolom) diperkirakan saat
// `standar build`. Di peramban, skrip ini mengukur isi yang sebenarnya dan memilih huruf
// terbesar (lalu kolom tersedikit) yang masih muat satu lembar. Tanpa skrip, perkiraan awal
// tetap dipakai.
(function () {
  "use strict";
  var TERKECIL = 11;
  Array.prototype.forEach.call(document.querySelectorAll(".lembar"), function (l) {
    var isi = l.querySelector(".papan-isi");
    if (!isi) { return; }
    var kolomPilihan = (l.getAttribute("data-kolom") || "").split(" ").filter(Boolean).map(Number);
    var ambil = function (awalan) {
      return parseInt((l.className.match(new RegExp(awalan + "-(\\d+)")) || [0, 0])[1], 10);
    };
    var pasang = function (skala, kolom) {
      l.className = l.className
        .replace(/skala-\d+/, "skala-" + skala)
        .replace(/kolom-\d+/, "kolom-" + kolom);
    };
    var meluap = function () {
      return isi.scrollHeight > isi.clientHeight + 1 || isi.scrollWidth > isi.clientWidth + 1 ||
        l.scrollHeight > l.clientHeight + 1;
    };
    var awal = { skala: ambil("skala"), kolom: ambil("kolom") };
    if (kolomPilihan.indexOf(awal.kolom) === -1) { kolomPilihan.push(awal.kolom); }
    var terbaik = null;
    kolomPilihan.forEach(function (kolom) {
      for (var skala = 0; skala <= TERKECIL; skala += 1) {
        pasang(skala, kolom);
        if (!meluap()) {
          if (!terbaik || skala < terbaik.skala) { terbaik = { skala: skala, kolom: kolom }; }
          break;
        }
      }
    });
    if (terbaik) {
      pasang(terbaik.skala, terbaik.kolom);
    } else {
      pasang(TERKECIL, kolomPilihan[kolomPilihan.length - 1]);
      l.setAttribute("data-meluap", "ya");
    }
  });
})();
