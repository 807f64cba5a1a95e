package se.medborgarloften.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coordinates in the charts drawn at build time, written with a fixed number of decimals. */
final class SvgNumbers {

    private SvgNumbers() {
    }

    /**
     * As {@code String.format(Locale.ROOT, "%.Nf", value)} writes it (rounding half up from the shortest
     * decimal form of the double, which is also what {@link BigDecimal#valueOf(double)} starts from), without
     * parsing a format string each time: a national site draws thousands of charts, each with many numbers.
     */
    static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
