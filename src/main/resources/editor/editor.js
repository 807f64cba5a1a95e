/*
 * The content editor: Decap CMS with the configuration the build generated from the schemas (config.LANG.json).
 * On the live preview (localhost) it works on the files through the preview's own /api/v1; anywhere else through
 * GitHub, as pull requests for review. The preview pane shows the page of the file being edited, as built.
 */
(function () {
  'use strict';
  if (typeof window.CMS === 'undefined') {
    var missing = document.createElement('p');
    missing.textContent = 'Redigerarens program saknas i bygget: kör "npm ci" i src/main/admin och bygg igen. ' +
      '/ The editor\'s program is missing from the build: run "npm ci" in src/main/admin and build again.';
    document.body.appendChild(missing);
    return;
  }
  var params = new URLSearchParams(location.search);
  var language = params.get('lang') || localStorage.getItem('editor-language') || 'sv';
  if (language !== 'sv' && language !== 'en') {
    language = 'sv';
  }
  localStorage.setItem('editor-language', language);
  document.documentElement.lang = language;

  function get(url) {
    return fetch(url, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ': ' + r.status);
      }
      return r.json();
    });
  }

  /** A follow-up entry's commitment: a choice of its period's commitments instead of an id typed in. */
  function chooseCommitments(fields, commitments) {
    fields.forEach(function (field) {
      if (field.name === 'entries' && field.fields) {
        field.fields.forEach(function (item) {
          if (item.name === 'commitment') {
            item.widget = 'select';
            item.options = commitments;
            delete item.pattern;
          }
        });
      }
    });
  }

  Promise.all([get('config.' + language + '.json'), get('pages.json')]).then(function (loaded) {
    var config = loaded[0];
    var pages = loaded[1];
    config.collections.forEach(function (collection) {
      (collection.files || []).forEach(function (file) {
        if (typeof file.fields === 'string') {
          // A copy each, since a follow-up's fields differ from the next one's in the choice of commitments.
          file.fields = JSON.parse(JSON.stringify(config.fieldsets[file.fields]));
        }
        if (file.commitments) {
          chooseCommitments(file.fields, file.commitments);
          delete file.commitments;   // not a setting of Decap's
        }
      });
    });
    delete config.fieldsets;
    var local = location.hostname === 'localhost' || location.hostname === '127.0.0.1';
    if (local) {
      config.local_backend = { url: location.origin + '/api/v1' };
    } else if (/\.github\.io$/.test(location.hostname)) {
      // A project site on GitHub Pages: https://OWNER.github.io/REPOSITORY/admin/
      var repository = location.pathname.split('/')[1];
      config.backend.repo = location.hostname.split('.')[0] + '/' + repository;
    }

    var h = window.h || window.CMS.h;
    var createClass = window.createClass || window.CMS.createClass;
    function pageOf(path) {
      if (!path) {
        return null;
      }
      if (pages[path]) {
        return pages[path];
      }
      var folder = path.substring(0, path.lastIndexOf('/') + 1);
      return pages[folder] || null;
    }
    var Preview = createClass({
      render: function () {
        var path = this.props.entry.get('path');
        var page = pageOf(path);
        var fileLanguage = /\.en\.adoc$/.test(path) ? 'en' : (/\.sv\.adoc$/.test(path) ? 'sv' : language);
        if (!page || !page[fileLanguage]) {
          return h('p', {}, config.locale === 'en'
            ? 'The page is in the preview once the file has been saved and built.'
            : 'Sidan finns i förhandsvisningen när filen har sparats och byggts.');
        }
        return h('iframe', {
          src: location.origin + page[fileLanguage],
          title: config.locale === 'en' ? 'Preview of the page' : 'Förhandsvisning av sidan',
          className: 'editor-preview',
          style: { width: '100%', height: '95vh', border: '0' }
        });
      }
    });
    // A collection of files looks its preview up by each file's name, a folder collection by its own.
    config.collections.forEach(function (collection) {
      window.CMS.registerPreviewTemplate(collection.name, Preview);
      (collection.files || []).forEach(function (file) {
        window.CMS.registerPreviewTemplate(file.name, Preview);
      });
    });
    window.CMS.init({ config: config });
  }).catch(function (problem) {
    var message = document.createElement('p');
    message.textContent = String(problem);
    document.body.appendChild(message);
  });
}());
