// Papan informasi. Tata letaknya (ukuran huruf, kolom, isi setiap lembar) sudah dihitung saat
// `standar build`. Skrip ini jaring pengaman: bila peramban tetap mendapati kolom yang isinya
// meluap (misalnya karena templat atau gaya pengganti), butir terakhirnya dipindah ke kolom
// berikutnya, bila perlu ke lembar baru dengan kepala yang sama, sehingga tidak ada isi yang
// terpotong atau tersembunyi; nomor lembar lalu diperbarui. Di layar, lembar diperkecil agar
// muat selebar jendela (tidak berlaku saat mencetak).
(function () {
  "use strict";

  function meluap(kolom) {
    return kolom.scrollHeight > kolom.clientHeight + 1;
  }

  // Unsur terakhir kolom yang boleh dipindah utuh: butir daftar, paragraf, subjudul, gambar.
  function unsurTerakhir(kolom) {
    var bagian = kolom.lastElementChild;
    while (bagian && !bagian.lastElementChild) {
      bagian = bagian.previousElementSibling;
    }
    if (!bagian) { return null; }
    var kelompok = bagian.lastElementChild;
    if (kelompok.tagName === "H2") { return kelompok; }
    if (kelompok.tagName === "OL" || kelompok.tagName === "UL" || kelompok.classList.contains("paragraf")) {
      return kelompok.lastElementChild || kelompok;
    }
    return kelompok;
  }

  function lembarBaru(contoh) {
    var baru = contoh.cloneNode(true);
    Array.prototype.forEach.call(baru.querySelectorAll(".kolom"), function (k) {
      while (k.firstChild) { k.removeChild(k.firstChild); }
    });
    // The summary belongs to sheet 1 only.
    Array.prototype.forEach.call(baru.querySelectorAll(".ringkasan-pita"), function (r) {
      r.parentNode.removeChild(r);
    });
    baru.setAttribute("data-diubah", "ya");
    contoh.parentNode.insertBefore(baru, contoh.nextSibling);
    return baru;
  }

  // Memindahkan `unsur` ke awal kolom `ke`, di bagian (dan daftar) yang sama.
  function pindah(unsur, ke, lembarLain) {
    var asal = unsur.closest("section.bagian");
    var kelompok = unsur.parentElement !== asal ? unsur.parentElement : null;
    var tujuan = ke.firstElementChild;
    if (!tujuan || tujuan.getAttribute("data-bagian") !== asal.getAttribute("data-bagian")) {
      tujuan = asal.cloneNode(false);
      ke.insertBefore(tujuan, ke.firstChild);
      var judul = asal.querySelector("h2");
      if (lembarLain && judul && unsur !== judul) {
        var ulang = judul.cloneNode(true);
        ulang.appendChild(document.createTextNode(" (" + (ke.closest(".lembar").getAttribute("data-label-lanjutan") || "") + ")"));
        tujuan.appendChild(ulang);
      }
    }
    var awal = tujuan.firstElementChild;
    var sesudahJudul = awal && awal.tagName === "H2" ? awal.nextElementSibling : awal;
    if (unsur.tagName === "H2") {
      if (awal && awal.tagName === "H2") { tujuan.removeChild(awal); }
      tujuan.insertBefore(unsur, tujuan.firstChild);
    } else if (kelompok) {
      var sasaran = sesudahJudul && sesudahJudul.tagName === kelompok.tagName &&
        sesudahJudul.className === kelompok.className ? sesudahJudul : null;
      if (!sasaran) {
        sasaran = kelompok.cloneNode(false);
        tujuan.insertBefore(sasaran, sesudahJudul);
      }
      sasaran.insertBefore(unsur, sasaran.firstChild);
      if (!kelompok.firstElementChild && kelompok.parentNode) { kelompok.parentNode.removeChild(kelompok); }
    } else {
      tujuan.insertBefore(unsur, sesudahJudul);
    }
    // Judul tidak boleh tertinggal sendirian di ujung kolom.
    if (asal.parentNode && asal.children.length === 1 && asal.firstElementChild.tagName === "H2") {
      pindah(asal.firstElementChild, ke, lembarLain);
    }
    if (asal.parentNode && !asal.firstElementChild) { asal.parentNode.removeChild(asal); }
    ke.closest(".lembar").setAttribute("data-diubah", "ya");
  }

  // Banyaknya unsur utuh di kolom: satu unsur yang tetap meluap tidak dapat dipindah.
  function jumlahUnsur(kolom) {
    return kolom.querySelectorAll(".daftar > li, .paragraf > p, h3, .gambar").length;
  }

  function susunUlang(daftarLembar) {
    var kolom = function () {
      var semua = [];
      daftarLembar.forEach(function (l) {
        Array.prototype.forEach.call(l.querySelectorAll(".kolom"), function (k) { semua.push(k); });
      });
      return semua;
    };
    var semua = kolom();
    for (var i = 0; i < semua.length; i += 1) {
      var batas = 2000;
      while (meluap(semua[i]) && batas > 0) {
        batas -= 1;
        var unsur = unsurTerakhir(semua[i]);
        if (!unsur || jumlahUnsur(semua[i]) <= 1) { break; }
        if (i + 1 >= semua.length) {
          daftarLembar.push(lembarBaru(daftarLembar[daftarLembar.length - 1]));
          semua = kolom();
        }
        var lembarLain = semua[i + 1].closest(".lembar") !== semua[i].closest(".lembar");
        pindah(unsur, semua[i + 1], lembarLain);
      }
    }
  }

  function nomoriLembar(daftarLembar) {
    var jumlah = daftarLembar.length;
    daftarLembar.forEach(function (l, i) {
      if (!l.hasAttribute("data-diubah") && jumlah === Number(l.getAttribute("data-jumlah") || jumlah)) { return; }
      var kaki = l.querySelector(".papan-kaki");
      if (!kaki) {
        kaki = document.createElement("footer");
        kaki.className = "papan-kaki";
        var sk = document.createElement("p");
        sk.className = "papan-sk";
        kaki.appendChild(sk);
        l.appendChild(kaki);
      }
      var nomor = kaki.querySelector(".papan-nomor");
      if (!nomor) {
        nomor = document.createElement("p");
        nomor.className = "papan-nomor";
        kaki.appendChild(nomor);
      }
      nomor.textContent = (l.getAttribute("data-label-lembar") || "") + " " + (i + 1) + " " +
        (l.getAttribute("data-label-dari") || "") + " " + jumlah;
      l.setAttribute("data-lembar", String(i + 1));
    });
  }

  function tataLetak() {
    var kelompok = {};
    var urutan = [];
    Array.prototype.forEach.call(document.querySelectorAll(".lembar"), function (l) {
      var id = l.getAttribute("data-standar") || "";
      if (!kelompok[id]) { kelompok[id] = []; urutan.push(id); }
      kelompok[id].push(l);
    });
    urutan.forEach(function (id) {
      var daftarLembar = kelompok[id];
      daftarLembar.forEach(function (l) { l.setAttribute("data-jumlah", String(daftarLembar.length)); });
      // Kaki lembar yang baru ditambahkan memperpendek kolom: ulangi sampai tidak ada yang meluap.
      for (var putaran = 0; putaran < 3; putaran += 1) {
        susunUlang(daftarLembar);
        nomoriLembar(daftarLembar);
      }
    });
  }

  function sesuaikanLayar() {
    var contoh = document.querySelector(".lembar");
    if (!contoh) { return; }
    document.documentElement.style.setProperty("--zoom", "1");
    var lebar = contoh.getBoundingClientRect().width;
    var ruang = document.documentElement.clientWidth - 16;
    var zoom = lebar > ruang ? ruang / lebar : 1;
    document.documentElement.style.setProperty("--zoom", String(zoom));
  }

  function mulai() {
    tataLetak();
    if (!window.matchMedia || !window.matchMedia("print").matches) { sesuaikanLayar(); }
    window.addEventListener("resize", sesuaikanLayar);
    window.addEventListener("beforeprint", function () { document.documentElement.style.setProperty("--zoom", "1"); });
    window.addEventListener("afterprint", sesuaikanLayar);
  }

  if (document.readyState === "complete") {
    mulai();
  } else {
    window.addEventListener("load", function () {
      if (document.fonts && document.fonts.status !== "loaded") {
        document.fonts.ready.then(mulai);
      } else {
        mulai();
      }
    });
  }
})();
