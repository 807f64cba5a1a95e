/**
 * Stage 3, plan: decides every page of the site before anything is rendered: its template, its address
 * in each language and what it shows. Templates then link by page key, so a link can only point at a
 * page that exists.
 */
package se.medborgarloften.plan;
