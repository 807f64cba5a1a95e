package se.medborgarloften.render.view;

/** A place (a county or a municipality, see plan/Places) with the sums over its areas. */
public record PlaceTotals<P>(P place, Totals totals) {
}
