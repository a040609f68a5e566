// Papan informasi: ukuran huruf awal diperkirakan saat `standar build`. Di peramban, skrip ini
// menyesuaikannya dengan ukuran yang sebenarnya: huruf diperbesar selama isi masih muat satu
// lembar, dan diperkecil bila isi meluap. Tanpa skrip, perkiraan awal tetap muat.
(function () {
  "use strict";
  var TERBESAR = 0;
  var TERKECIL = 9;
  Array.prototype.forEach.call(document.querySelectorAll(".lembar"), function (l) {
    var isi = l.querySelector(".papan-isi");
    if (!isi) { return; }
    var meluap = function () {
      return isi.scrollHeight > isi.clientHeight + 1 || isi.scrollWidth > isi.clientWidth + 1 ||
        l.scrollHeight > l.clientHeight + 1;
    };
    var skala = parseInt((l.className.match(/skala-(\d+)/) || [0, 5])[1], 10);
    var pasang = function (baru) {
      l.classList.remove("skala-" + skala);
      skala = baru;
      l.classList.add("skala-" + skala);
    };
    while (skala > TERBESAR && !meluap()) {
      pasang(skala - 1);
      if (meluap()) { pasang(skala + 1); break; }
    }
    while (meluap() && skala < TERKECIL) { pasang(skala + 1); }
    if (meluap()) { l.setAttribute("data-meluap", "ya"); }
  });
})();
