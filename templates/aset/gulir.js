// Tabel dan bagan yang lebih lebar dari halaman bergulir ke samping di dalam kotaknya. Petunjuk
// "geser ke samping" di atasnya hanya tampil bila kotak itu memang bergulir (tanpa skrip,
// petunjuk selalu tampil).
(function () {
  "use strict";
  var petunjuk = Array.prototype.slice.call(document.querySelectorAll(".petunjuk-gulir"));
  var perbarui = function () {
    petunjuk.forEach(function (p) {
      var kotak = p.nextElementSibling;
      if (!kotak || !/(^| )(tabel|bagan)-gulir( |$)/.test(kotak.className)) { return; }
      if (kotak.offsetParent === null) { return; }
      p.hidden = kotak.scrollWidth <= kotak.clientWidth + 1;
    });
  };
  perbarui();
  window.addEventListener("resize", perbarui);
  Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) {
    d.addEventListener("toggle", perbarui);
  });
})();
