package se.medborgarloften.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The charts' coordinates are written as {@code String.format} wrote them before, digit for digit, so that
 * the charts (and every page that shows one) stay byte-identical.
 */
class SvgNumbersTest {

    @Property(tries = 5000)
    void writesWhatStringFormatWrites(@ForAll("coordinates") double value) {
        assertEquals(String.format(Locale.ROOT, "%.2f", value), SvgNumbers.fixed(value, 2), String.valueOf(value));
        assertEquals(String.format(Locale.ROOT, "%.1f", value), SvgNumbers.fixed(value, 1), String.valueOf(value));
    }

    @Example
    void everyShareOfABarAndTheSumsOfShares() {
        // A bar of 300 units split by counts of up to 60 commitments, as the status charts draw it.
        for (int total = 1; total <= 60; total++) {
            double x = 0;
            for (int count = 0; count <= total; count++) {
                double width = 300 * count / (double) total;
                assertEquals(String.format(Locale.ROOT, "%.2f", width), SvgNumbers.fixed(width, 2));
                x += width;
                assertEquals(String.format(Locale.ROOT, "%.2f", x), SvgNumbers.fixed(x, 2));
            }
        }
    }

    /** Values like those drawn, and values halfway between two roundings, where a rounding rule shows. */
    @Provide
    Arbitrary<Double> coordinates() {
        Arbitrary<Double> any = Arbitraries.doubles().between(0, 2000);
        Arbitrary<Double> halfway = Arbitraries.integers().between(0, 2_000_000).map(n -> n / 1000.0 + 0.0005);
        Arbitrary<Double> thousandths = Arbitraries.integers().between(0, 2_000_000).map(n -> n / 1000.0);
        return Arbitraries.oneOf(any, halfway, thousandths);
    }
}
