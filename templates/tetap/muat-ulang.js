(function () {
  var seen = null;
  function wait() {
    fetch("/_standar/versi" + (seen === null ? "" : "?sejak=" + seen), { cache: "no-store" })
      .then(function (r) { if (!r.ok) throw r.status; return r.text(); })
      .then(function (v) {
        if (seen !== null && v !== seen) { location.reload(); return; }
        seen = v;
        wait();
      })
      .catch(function () { setTimeout(wait, 1000); });
  }
  wait();
})();
