/**
 * The immutable content model in the middle of the pipeline: what the validate stage produces and the
 * plan and render stages read. Records whose shape mirrors a JSON file are bound by Jackson directly;
 * the rest ({@link se.medborgarloften.model.SiteContent}, {@link se.medborgarloften.model.Area},
 * {@link se.medborgarloften.model.PromisePeriod}) tie those files together.
 */
package se.medborgarloften.model;
