// Site search: the only script on the site, and only on the search page. Without it the page still links
// to every area, the archive and the news. The published site is indexed by Pagefind (pagefind/, written by the
// build before it publishes the pages, see publish/PagefindIndex): a query loads only the parts of the index its words need, with
// Swedish stemming, so it stays small however large the site. Where that index is absent (the live preview, a
// build without Node) the script loads the build's own index of the language (search/<lang>.json, written at
// build time) and matches stemmed words: Swedish with the Snowball Swedish stemmer, English lightly. Words are
// compared without their diacritics, so that "Rosengard" typed on a keyboard without å finds Rosengård.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form || !window.fetch) { return; }
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var lang = document.documentElement.lang;
  var root = form.getAttribute('data-root');
  var documents = null;

  // Words reach the stemmer folded (see fold), so its vowels and suffixes are written without diacritics.
  var vowels = 'aeiouy';
  function isVowel(c) { return vowels.indexOf(c) >= 0; }

  // Snowball Swedish: https://snowballstem.org/algorithms/swedish/stemmer.html
  var step1 = ['heterna', 'hetens', 'anden', 'heten', 'heter', 'arnas', 'ernas', 'ornas', 'andes', 'arens', 'andet',
    'arna', 'erna', 'orna', 'ande', 'arne', 'aste', 'aren', 'ades', 'erns', 'ade', 'are', 'ern', 'ens', 'het', 'ast',
    'ad', 'en', 'ar', 'er', 'or', 'as', 'es', 'at', 'a', 'e'];
  function r1(word) {
    for (var i = 1; i < word.length; i++) {
      if (!isVowel(word[i]) && isVowel(word[i - 1])) { return Math.max(3, i + 1); }
    }
    return word.length;
  }
  function stemSwedish(word) {
    var start = r1(word);
    var i;
    for (i = 0; i < step1.length; i++) {
      var suffix = step1[i];
      if (word.length - suffix.length >= start && word.slice(-suffix.length) === suffix) {
        word = word.slice(0, -suffix.length);
        break;
      }
    }
    if (i === step1.length && word.length - 1 >= start && word.slice(-1) === 's' && 'bcdfghjklmnoprtvy'.indexOf(word.slice(-2, -1)) >= 0) {
      word = word.slice(0, -1);
    }
    var doubles = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];
    if (word.length - 2 >= start && doubles.indexOf(word.slice(-2)) >= 0) { word = word.slice(0, -1); }
    if (word.length - 5 >= start && word.slice(-5) === 'fullt') { word = word.slice(0, -1); }
    else if (word.length - 4 >= start && word.slice(-4) === 'lost') { word = word.slice(0, -1); }
    else {
      var step3 = ['lig', 'els', 'ig'];
      for (i = 0; i < step3.length; i++) {
        if (word.length - step3[i].length >= start && word.slice(-step3[i].length) === step3[i]) {
          word = word.slice(0, -step3[i].length);
          break;
        }
      }
    }
    return word;
  }
  function stemEnglish(word) {
    if (word.length > 4 && word.slice(-3) === 'ies') { return word.slice(0, -3) + 'y'; }
    if (word.length > 3 && word.slice(-1) === 's' && word.slice(-2) !== 'ss') { return word.slice(0, -1); }
    return word;
  }
  // å, ä and ö become a, a and o, é becomes e: in Unicode's decomposed form (NFD) each is its letter followed
  // by a combining mark, which is dropped. Only the words compared are folded, never what is shown.
  function fold(text) {
    return text.normalize ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  }
  function terms(text) {
    var words = fold((text || '').toLowerCase()).split(/[^0-9a-zæø]+/);
    var out = [];
    for (var i = 0; i < words.length; i++) {
      if (words[i].length > 1) { out.push(lang === 'sv' ? stemSwedish(words[i]) : stemEnglish(words[i])); }
    }
    return out;
  }

  function load() {
    if (documents) { return Promise.resolve(documents); }
    return fetch(form.getAttribute('data-index')).then(function (response) { return response.json(); })
      .then(function (index) {
        documents = index.map(function (d) { return { doc: d, title: terms(d.title), text: terms(d.title + ' ' + d.summary + ' ' + d.text) }; });
        return documents;
      });
  }

  function show(query) {
    var wanted = terms(query);
    list.textContent = '';
    if (!wanted.length) { status.textContent = ''; return; }
    load().then(function (docs) {
      var hits = [];
      docs.forEach(function (d) {
        var score = 0;
        for (var i = 0; i < wanted.length; i++) {
          var inText = d.text.filter(function (t) { return t === wanted[i] || (wanted[i].length > 3 && t.indexOf(wanted[i]) === 0); }).length;
          if (!inText) { return; }
          score += inText + 5 * d.title.filter(function (t) { return t === wanted[i]; }).length;
        }
        hits.push({ doc: d.doc, score: score });
      });
      hits.sort(function (a, b) { return b.score - a.score || a.doc.title.localeCompare(b.doc.title); });
      hits.forEach(function (hit) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + hit.doc.url;
        link.textContent = hit.doc.title;
        item.appendChild(link);
        if (hit.doc.summary) {
          var summary = document.createElement('p');
          summary.textContent = hit.doc.summary;
          item.appendChild(summary);
        }
        list.appendChild(item);
      });
      status.textContent = hits.length === 1 ? form.getAttribute('data-count-one')
        : hits.length ? form.getAttribute('data-count').replace('{0}', hits.length) : form.getAttribute('data-none');
    }).catch(function () { status.textContent = form.getAttribute('data-needs-script'); });
  }

  // Pagefind's results, shown the same way as the build's own: a link with the page's title, and the words
  // around the match as plain text (Pagefind marks them with <mark>, which is read as text, never as HTML).
  var pagefind = null;
  // Each result shown loads its page's excerpt: ten keep a query's transfer small on a national site.
  var SHOWN = 10;
  function plain(html) {
    return new DOMParser().parseFromString(html || '', 'text/html').body.textContent;
  }
  function showPagefind(query) {
    list.textContent = '';
    if (!query.trim()) { status.textContent = ''; return Promise.resolve(); }
    return pagefind.search(query).then(function (search) {
      return Promise.all(search.results.slice(0, SHOWN).map(function (r) { return r.data(); })).then(function (pages) {
        pages.forEach(function (page) {
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = page.url;
          link.textContent = (page.meta && page.meta.title) || page.url;
          item.appendChild(link);
          var excerpt = document.createElement('p');
          excerpt.textContent = plain(page.excerpt);
          item.appendChild(excerpt);
          list.appendChild(item);
        });
        var count = search.results.length;
        status.textContent = (count === 1 ? form.getAttribute('data-count-one')
          : count ? form.getAttribute('data-count').replace('{0}', count) : form.getAttribute('data-none'))
          + (count > SHOWN ? ' ' + form.getAttribute('data-first-shown').replace('{0}', SHOWN) : '');
      });
    });
  }
  function search(query) {
    return pagefind ? showPagefind(query) : show(query);
  }

  var ready = import(root + 'pagefind/pagefind.js').then(function (module) {
    // Addresses from the site's root, wherever the site is served (a project site on GitHub Pages is in a folder).
    return Promise.resolve(module.options({ baseUrl: new URL(root, location.href).pathname })).then(function () {
      pagefind = module;
    });
  }).catch(function () { pagefind = null; });

  status.textContent = '';
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    ready.then(function () { search(input.value); });
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; ready.then(function () { search(initial); }); }
}());
