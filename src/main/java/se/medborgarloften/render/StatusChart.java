package se.medborgarloften.render;

import org.jsoup.nodes.Entities;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.render.view.StatusCounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A period's commitments by follow-up status as one stacked bar, drawn as SVG at build time. Colours come
 * from the stylesheet's classes; each part has a title with its count, and the table beside it has the
 * same numbers, so nothing depends on colour alone. Commitments without a status (no published follow-up, or
 * none for them in it) are counted apart, by what the archive holds instead, and drawn after the statuses.
 */
final class StatusChart {

    static final List<String> STATUSES = StatusCounts.STATUSES;
    static final List<String> WITHOUT_STATUS = StatusCounts.WITHOUT_STATUS;

    private static final int WIDTH = 300;
    private static final int HEIGHT = 18;

    private StatusChart() {
    }

    static Map<String, Integer> counts(PromisePeriod period, LocalDate asOf) {
        return StatusCounts.of(period, asOf);
    }

    /** The states without a status that some commitment of these periods is in, in the overview's order. */
    static List<String> withoutStatus(List<PromisePeriod> periods, LocalDate asOf) {
        return WITHOUT_STATUS.stream().filter(state -> periods.stream()
                .anyMatch(period -> counts(period, asOf).get(state) > 0)).toList();
    }

    static String svg(Map<String, Integer> counts, I18n i18n) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder svg = new StringBuilder("<svg class=\"status-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-hidden=\"true\" focusable=\"false\">");
        double x = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getValue() == 0 || total == 0) {
                continue;
            }
            String label = i18n.msg((STATUSES.contains(entry.getKey()) ? "status." : "commitmentState.") + entry.getKey());
            double width = WIDTH * entry.getValue() / (double) total;
            svg.append("<rect class=\"status-chart__").append(entry.getKey()).append("\" x=\"")
                    .append(SvgNumbers.fixed(x, 2)).append("\" y=\"0\" width=\"")
                    .append(SvgNumbers.fixed(width, 2)).append("\" height=\"").append(HEIGHT).append("\"><title>")
                    .append(Entities.escape(label)).append(": ").append(entry.getValue()).append("</title></rect>");
            x += width;
        }
        return svg.append("</svg>").toString();
    }
}
