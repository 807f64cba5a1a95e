/**
 * The one seam between this project and JBake. Everything here uses JBake's own extension points:
 * {@link org.jbake.app.Utensils} to plug in the store, crawler and asset copier, a template engine
 * registered in META-INF/org.jbake.parser.TemplateEngines.properties, and jbake.properties in the project
 * root for document types, templates and switches. JBake is neither forked nor copied.
 */
package se.medborgarloften.render.jbake;
