// Decap CMS starts only when editor.js has put its configuration together (CMS.init).
window.CMS_MANUAL_INIT = true;
