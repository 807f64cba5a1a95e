/**
 * What a template shows, worked out before it renders: one immutable view per page kind, built from the content
 * the page may see (for a page that reads less than everything, only the areas and periods it declared; see
 * plan/InputGroups).
 * Templates read these and never search: every look-up by id, every filter and every "which news item announces
 * this period" is answered here, once per page. This package reads the model and the plan only; the render stage
 * hands each page its view.
 */
package se.medborgarloften.render.view;
