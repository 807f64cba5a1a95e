// Live preview only: reloads the page when the site has been rebuilt. Never part of the published site.
(function () {
  var seen = null;
  function poll() {
    fetch('/__preview/state', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (seen === null) {
          seen = state.version;
        } else if (state.version !== seen) {
          location.reload();
          return;
        }
        setTimeout(poll, 600);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
}());
