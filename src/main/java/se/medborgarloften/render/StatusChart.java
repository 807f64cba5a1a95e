package se.medborgarloften.render;

import org.jsoup.nodes.Entities;
import se.medborgarloften.model.PromisePeriod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's commitments by follow-up status as one stacked bar, drawn as SVG at build time. Colours come
 * from the stylesheet's classes; each part has a title with its count, and the table beside it has the
 * same numbers, so nothing depends on colour alone.
 */
final class StatusChart {

    static final List<String> STATUSES = List.of("done", "partly-done", "not-done", "ongoing", "not-followed-up");

    private static final int WIDTH = 300;
    private static final int HEIGHT = 18;

    private StatusChart() {
    }

    static Map<String, Integer> counts(PromisePeriod period) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.forEach(status -> counts.put(status, 0));
        period.promise().commitments().forEach(c -> counts.merge(period.statusOf(c.id()), 1, Integer::sum));
        return counts;
    }

    static String svg(PromisePeriod period, PageContext page) {
        Map<String, Integer> counts = counts(period);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder svg = new StringBuilder("<svg class=\"status-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-hidden=\"true\" focusable=\"false\">");
        double x = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getValue() == 0 || total == 0) {
                continue;
            }
            double width = WIDTH * entry.getValue() / (double) total;
            svg.append("<rect class=\"status-chart__").append(entry.getKey()).append("\" x=\"")
                    .append(SvgNumbers.fixed(x, 2)).append("\" y=\"0\" width=\"")
                    .append(SvgNumbers.fixed(width, 2)).append("\" height=\"").append(HEIGHT).append("\"><title>")
                    .append(Entities.escape(page.msg("status." + entry.getKey()))).append(": ").append(entry.getValue()).append("</title></rect>");
            x += width;
        }
        return svg.append("</svg>").toString();
    }
}
