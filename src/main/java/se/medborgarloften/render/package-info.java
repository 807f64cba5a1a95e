/**
 * Stage 4, render: converts AsciiDoc prose to safe HTML, gives each planned page a {@link
 * se.medborgarloften.render.PageContext} for its template (its subject, its view model from {@link
 * se.medborgarloften.render.view}, the helper namespaces i18n, dates, links, orgs, statuses and charts, and the area
 * guard), and has JBake render them into a staging folder (see {@link se.medborgarloften.render.jbake.JBakeSite},
 * the one seam to JBake).
 */
package se.medborgarloften.render;
