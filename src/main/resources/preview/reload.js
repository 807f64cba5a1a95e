// Live preview only: reloads the page when the site has been rebuilt. Never part of the published site.
// The server holds each question ("anything newer than this build?") until a build ends, so the page
// reloads as soon as the rebuild is done.
(function () {
  var seen = null;
  function poll() {
    fetch('/__preview/state' + (seen === null ? '' : '?since=' + seen), { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (seen === null) {
          seen = state.version;
        } else if (state.version !== seen) {
          location.reload();
          return;
        }
        poll();
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
}());
