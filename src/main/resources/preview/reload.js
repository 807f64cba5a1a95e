// Live preview only: reloads the page when the site has been rebuilt. Never part of the published site.
// The server holds each question ("anything newer than this build?") until a build ends, so the page
// reloads as soon as the rebuild is done. The question names the page, which a rebuild renders first.
(function () {
  var seen = null;
  function poll() {
    var question = seen === null ? '' : '?since=' + seen + '&page=' + encodeURIComponent(location.pathname);
    fetch('/__preview/state' + question, { cache: 'no-store' })
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
